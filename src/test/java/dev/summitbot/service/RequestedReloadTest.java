package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.answer.Answer;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.question.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads requested from front ends run on the service's reload thread, one at a time, and
 * requests made while one waits share it. The reload thread is replaced by a queue the test runs
 * by hand, so "while one waits" is exact, not a race.
 */
@DisplayName("Requested reloads: one at a time, later requests join the waiting one")
final class RequestedReloadTest {

    @TempDir
    Path folder;

    @TempDir
    Path logs;

    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final Executor byHand = queued::add;
    private Path auditFile;
    private KnowledgeService service;

    @BeforeEach
    void startOnAlaska() throws Exception {
        KnowledgeFixture.at(folder).summitIn("Alaska");
        auditFile = logs.resolve("reloads.jsonl");
        service = KnowledgeService.start(folder, new KnowledgeLoader(), Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"),
                ZoneOffset.UTC), AuditLog.to(auditFile), byHand);
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    @DisplayName("three requests before the reload starts share one reload and one result")
    void requestsJoinTheWaitingReload() throws Exception {
        // GIVEN a change on disk
        KnowledgeFixture.at(folder).summitIn("Helsinki");

        // WHEN three admins ask for a reload before it starts
        CompletableFuture<ReloadResult> first = service.requestReload("1");
        CompletableFuture<ReloadResult> second = service.requestReload("2");
        CompletableFuture<ReloadResult> third = service.requestReload("3");

        // THEN one reload is queued, nothing has run yet, and all three wait for it
        assertThat(queued).hasSize(1);
        assertThat(first).isNotDone();
        assertThat(second).isSameAs(first);
        assertThat(third).isSameAs(first);

        // WHEN it runs
        queued.poll().run();

        // THEN all three see its one result, the new knowledge answers, and the audit has one line
        assertThat(first.get().ok()).isTrue();
        assertThat(first.get().changes().any()).isTrue();
        assertThat(service.ask(Question.of(KnowledgeFixture.QUESTION)).answer())
                .isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Helsinki"));
        assertThat(Files.readAllLines(auditFile, StandardCharsets.UTF_8)).hasSize(1);
    }

    @Test
    @DisplayName("a request after a reload has started gets the next reload, which reads the files again")
    void aLaterRequestGetsTheNextReload() throws Exception {
        // GIVEN a requested reload that has started (taken off the queue) and finished
        CompletableFuture<ReloadResult> first = service.requestReload("1");
        queued.poll().run();
        assertThat(first.get().changes().any()).as("nothing had changed").isFalse();

        // WHEN the files change and another reload is requested
        KnowledgeFixture.at(folder).summitIn("Helsinki");
        CompletableFuture<ReloadResult> second = service.requestReload("2");

        // THEN it is a new reload, which sees the change
        assertThat(second).isNotSameAs(first);
        assertThat(queued).hasSize(1);
        queued.poll().run();
        assertThat(second.get().changes().any()).isTrue();
        assertThat(second.get().actor()).isEqualTo("2");
    }

    @Test
    @DisplayName("a change to the synonyms alone is reported as a change")
    void synonymsAloneAreAChange() throws Exception {
        // GIVEN only the synonyms change
        KnowledgeFixture.at(folder).file("synonyms.txt", "summit, meeting, gathering\n");

        // WHEN the knowledge is reloaded
        ReloadResult result = service.reload("console");

        // THEN the result says the synonyms changed, and nothing else did
        assertThat(result.ok()).isTrue();
        assertThat(result.version()).isNotEqualTo(result.previousVersion());
        assertThat(result.changes().any()).isTrue();
        assertThat(result.changes().synonyms()).isTrue();
        assertThat(result.changes().describe()).endsWith(", synonyms changed");
        assertThat(result.changes().facts().any()).isFalse();
    }
}
