package dev.summitbot.answer;

import dev.summitbot.Fixtures;
import java.io.IOException;
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

    @AfterAll
    static void close() throws IOException {
        answering.close();
    }
}
