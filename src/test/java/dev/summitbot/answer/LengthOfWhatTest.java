package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("\"How long was that interview\": a length answers only when it is the length of the thing asked about")
final class LengthOfWhatTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge: the talks' lengths, and no flight's length

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how long was the narrow format conversation | 2 hours and 45 minutes
            how long was the three on three meeting     | almost three hours
            """)
    @DisplayName("the length of the meeting asked about answers")
    void lengthOfTheThingAsked(String asked, String expected) {
        // WHEN asked how long a meeting the sources time was
        Answer answer = answering.answer(Question.of(asked));

        // THEN its length answers
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains(expected));
    }

    @Test
    @DisplayName("\"how many hours was putin's flight\": the length of the talks, which the sources tell, is not the flight's")
    void lengthOfAnotherThingIsNoAnswer() {
        // WHEN asked the length of a flight the sources never time
        Answer answer = answering.answer(Question.of("how many hours was putin's flight from moscow to anchorage"));

        // THEN the talks' length does not answer it
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
    }

    @Test
    @DisplayName("asked how far, a number of fighters or a length of time is no distance: the bot says its sources don't say how far, not \"how many\": the measure asked for, in its words")
    void partialSaysTheMeasureAsked() {
        // GIVEN the base the F-35s came from, which the sources give no distance to
        // WHEN how far it is from Anchorage is asked
        Answer answer = answering.answer(Question.of("how far is eielson air force base from anchorage"));

        // THEN the bot says they don't say how far, then what they do say
        assertThat(answer).isInstanceOfSatisfying(Answer.Partial.class, p -> {
            assertThat(p.missing()).isEqualTo("how far");
            assertThat(p.text()).startsWith("My sources don't say how far. What they do say: ").contains("Eielson");
        });
    }
}
