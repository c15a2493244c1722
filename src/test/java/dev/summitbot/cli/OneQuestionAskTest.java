package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.summitbot.Fixtures;
import dev.summitbot.service.KnowledgeService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@DisplayName("ask with one question on the command line answers it without warming up first; a batch on standard input warms up")
final class OneQuestionAskTest {

    private final Logger service = (Logger) LoggerFactory.getLogger(KnowledgeService.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level before;

    @BeforeEach
    void listen() {
        before = service.getLevel();
        service.setLevel(Level.INFO);
        logged.start();
        service.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        service.detachAppender(logged);
        service.setLevel(before);
    }

    private List<String> warmUps() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("warmed up")).toList();
    }

    @Test
    @DisplayName("one question: answered, and no warm-up ran before it")
    void oneQuestionIsNotDelayedByAWarmUp() {
        // GIVEN the article's knowledge
        // WHEN one question is asked on the command line
        JsonContractTest.Run run = JsonContractTest.run("", "ask", "--knowledge", Fixtures.articleKnowledge().toString(),
                "Where was the summit held?");

        // THEN it is answered, and the service was started cold
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Alaska");
        assertThat(warmUps()).isEmpty();
    }

    @Test
    @DisplayName("questions on standard input: the service warms up before the first")
    void batchIsWarmedUp() {
        // WHEN questions come one a line on standard input
        JsonContractTest.Run run = JsonContractTest.run("Where was the summit held?\nwho is witkoff\n", "ask", "--knowledge",
                Fixtures.articleKnowledge().toString());

        // THEN both are answered, after one warm-up
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(warmUps()).hasSize(1);
    }
}
