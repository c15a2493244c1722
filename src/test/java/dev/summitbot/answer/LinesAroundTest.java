package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A line of notes is found by what the lines of its paragraph say of it: \"At the press conference Putin …\", then \"He agreed that Ukraine's security should be ensured\"; asked why, the next line gives the reason")
final class LinesAroundTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge, notes written a sentence a line

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what did putin say about ukraine's security at the press conference | security should be ensured
            what did trump say he'd advise zelensky to do                       | make a deal
            """)
    @DisplayName("the line that answers does not repeat what a line before it said")
    void foundByItsParagraph(String asked, String expected) {
        // WHEN asked about what the paragraph's other lines set the scene for
        Answer answer = answering.answer(Question.of(asked));

        // THEN the line that answers is found
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            why were zelensky and the europeans wary of a deal without an immediate ceasefire | Russia could take more Ukrainian territory
            why were zelensky n the europeans worried about no ceasefire                      | Russia could take more Ukrainian territory
            """)
    @DisplayName("asked why, a line that only says the thing is so is followed by the next line of its paragraph when that one gives the reason")
    void reasonFromTheNextLine(String asked, String reason) {
        // WHEN asked why the leaders were doubtful: "… were doubtful about any arrangement without an immediate ceasefire."
        Answer answer = answering.answer(Question.of(asked));

        // THEN the next line, "Their worry was that …", answers too
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("were doubtful")
                .contains(reason));
    }
}
