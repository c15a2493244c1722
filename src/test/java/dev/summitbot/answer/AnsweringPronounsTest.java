package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Conversation;
import dev.summitbot.question.Question;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Answering learns from the whole real knowledge whom its sources call \"she\", and a follow-up's \"he\" is not her")
final class AnsweringPronounsTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge, notes on reports included ("Ursula von der Leyen said she would join …")

    @Test
    @DisplayName("von der Leyen and Brennan are \"she\", Rubio \"he\"")
    void learnedFromTheSources() {
        assertThat(answering.pronouns().fits("Ursula von der Leyen", "he")).isFalse();
        assertThat(answering.pronouns().fits("Ursula von der Leyen", "she")).isTrue();
        assertThat(answering.pronouns().fits("Brennan", "he")).isFalse();
        assertThat(answering.pronouns().fits("Marco Rubio", "she")).isFalse();
    }

    @Test
    @DisplayName("\"what did he say\" after an answer naming Zelenskyy and von der Leyen asks what Zelenskyy said")
    void heIsNotHer() {
        // GIVEN who meets Trump with the European leaders, answered: Zelenskyy, joined by … von der Leyen
        Conversation conversation = new Conversation(Clock.systemUTC());
        Question who = conversation.follow(Question.of("who is meeting trump together with european leaders"));
        Answer first = answering.answer(who);
        assertThat(first.text()).contains("Zelenskyy").contains("von der Leyen");
        conversation.answered(who, first.text(), answering.pronouns());

        // WHEN asked what he said
        Answer answer = answering.answer(conversation.follow(Question.of("what did he say about the us offer")));

        // THEN Zelenskyy's words, not her welcome
        assertThat(answer.text()).startsWith("Ukrainian President Volodymyr Zelenskyy");
    }
}
