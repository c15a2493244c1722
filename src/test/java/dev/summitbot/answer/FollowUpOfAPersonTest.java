package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A follow-up asking something new of the person its pronoun stands for is not answered by what another person did")
final class FollowUpOfAPersonTest {

    private static Answering answering;

    @BeforeAll
    static void build() {
        // GIVEN the knowledge the article's evaluation is asked against: the article and its facts
        answering = Fixtures.answering(Fixtures.load(Fixtures.articleKnowledge()));
    }

    @AfterAll
    static void close() throws IOException {
        answering.close();
    }

    private static Answer followUp(String first, String next) {
        Conversation conversation = new Conversation(Clock.systemUTC());
        Question asked = conversation.follow(Question.of(first));
        Answer answer = answering.answer(asked);
        conversation.answered(asked, answer.text(), answering.pronouns());
        return answering.answer(conversation.follow(Question.of(next)));
    }

    @Test
    @DisplayName("\"what was her reaction\" after von der Leyen was named: her welcome again, not Zelenskyy's thanks")
    void herReaction() {
        Answer answer = followUp("Who is the President of the European Commission?", "What was her reaction to the summit?");

        assertThat(answer.text()).startsWith("European Commission President Ursula von der Leyen welcomed");
    }

    @Test
    @DisplayName("\"is she meeting trump\": a statement naming her, though another person opens it")
    void statementNamingHer() {
        Answer answer = followUp("who is the president of the european commission", "is she meeting trump?");

        assertThat(answer.text()).contains("joined by").contains("von der Leyen");
    }
}
