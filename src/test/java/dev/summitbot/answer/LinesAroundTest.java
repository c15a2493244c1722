package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A line of notes is found by what the lines of its paragraph say of it: \"At the press conference Putin …\", then \"He agreed that Ukraine's security should be ensured\"")
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
}
