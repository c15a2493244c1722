package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A quality compared (\"longer\") or done with (\"seriously\") is found where the sources say the quality (\"twice as long\", \"serious\"), and after \"that\" it names no thing; a noun in \"-er\" is no quality and no verb")
final class ComparedQualityTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge: "Putin spoke for more than twice as long as Trump"

    @Test
    @DisplayName("\"who talked longer at the press conference, putin or trump\" is answered with who spoke twice as long")
    void comparativeFindsItsQuality() {
        // WHEN asked with a comparative the sources never use
        Answer answer = answering.answer(Question.of("who talked longer at the press conference, putin or trump"));

        // THEN the statement saying the quality answers
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("twice as long"));
    }

    @Test
    @DisplayName("\"did ushakov say russia was taking the talks seriously\" is answered with \"the Russian side was serious\": an adverb of manner is its quality")
    void adverbOfMannerFindsItsQuality() {
        // WHEN asked with the adverb the sources never use
        Answer answer = answering.answer(Question.of("did ushakov say russia was taking the talks seriously"));

        // THEN the statement saying the quality answers
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("serious"));
    }

    @Test
    @DisplayName("\"was that longer than helsinki\" after the talks' length is answered with Helsinki's, though it names neither leader")
    void thatBeforeAQualityPointsAtNothing() {
        // GIVEN the talks' length answered / WHEN "that" is compared
        Answer next = afterAnswering("how long did the trump putin talks go on", "was that longer than helsinki");

        // THEN the comparison with Helsinki answers
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Helsinki"));
    }

    @Test
    @DisplayName("\"whats the name of putins interpreter\" is not answered by \"is considered an attack on all\": an interpreter is no more of interpreting (construing, considering)")
    void nounInErIsNoComparative() {
        // WHEN asked a name the sources do not give, with a noun in "-er" that WordNet knows as a noun
        Answer answer = answering.answer(Question.of("whats the name of putins interpreter in the one on one"));

        // THEN it is not answered: the statement found through "interpret"'s related "consider" is no answer
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
    }
}
