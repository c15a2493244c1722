package dev.summitbot.answer;

import dev.summitbot.Fixtures;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that answer from the whole real knowledge, notes on reports included: one index per test class. */
abstract class RealKnowledgeAnswering {

    static Answering answering;

    @BeforeAll
    static void build() {
        // GIVEN the whole real knowledge, notes on reports included
        answering = Fixtures.answering(Fixtures.load(Fixtures.realKnowledge()));
    }

    /** The answer to {@code followUp}, asked in one conversation right after {@code before} was answered. */
    static Answer afterAnswering(String before, String followUp) {
        return afterAnswering(answering, before, followUp);
    }

    /** The same, answered by {@code by}. */
    static Answer afterAnswering(Answering by, String before, String followUp) {
        Conversation conversation = new Conversation(Clock.systemUTC());
        Question first = conversation.follow(Question.of(before));
        conversation.answered(first, by.answer(first).text(), by.pronouns());
        return by.answer(conversation.follow(Question.of(followUp)));
    }

    @AfterAll
    static void close() throws IOException {
        answering.close();
    }
}
