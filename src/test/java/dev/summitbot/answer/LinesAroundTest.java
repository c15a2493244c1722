package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A line of notes is found by what the lines of its paragraph say of it: \"At the press conference Putin …\", then \"He agreed that Ukraine's security should be ensured\"; asked why, or what went on there, the next line tells")
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

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what car did trump and putin ride in together | what were they doing in there | laughing and talking
            what was zelensky wearing at the white house  | instead of what               | military clothing
            """)
    @DisplayName("a follow-up whose own words name no topic, after an answer from notes, gets the next line of its paragraph; one echoing a word of the answer gets that answer")
    void goingOnFromTheAnswerBefore(String before, String followUp, String expected) {
        // WHEN the follow-up asks what went on there, or about a word the answer just given used
        Answer next = afterAnswering(before, followUp);

        // THEN the next line tells what went on ("They were seen laughing and talking in the car …"); the echo is answered by
        // the answer before ("… a black suit instead of his usual military clothing")
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains(expected));
    }
}
