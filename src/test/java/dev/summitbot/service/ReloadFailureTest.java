package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.answer.Answer;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLimits;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.question.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No failure of a reload, of any kind, ends the process or goes unrecorded: an {@link Error} thrown
 * while the folder is read (here injected at the loader's file-read hook, standing in for an
 * {@link OutOfMemoryError} in the synonym parser) is a refused reload with an audit line.
 */
@DisplayName("Reloads survive Errors, and record them")
final class ReloadFailureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @TempDir
    Path logs;

    @Test
    @DisplayName("an OutOfMemoryError during a reload refuses it, keeps the old knowledge, sets lastReload and writes the audit line")
    void errorDuringReload() throws Exception {
        // GIVEN a service whose loader runs out of memory once armed
        KnowledgeFixture.at(folder).summitIn("Alaska");
        AtomicBoolean failing = new AtomicBoolean();
        KnowledgeLoader loader = new KnowledgeLoader(KnowledgeLimits.DEFAULT, file -> {
            if (failing.get()) {
                throw new OutOfMemoryError("Java heap space (injected)");
            }
        });
        Path audit = logs.resolve("reloads.jsonl");
        try (KnowledgeService service = KnowledgeService.start(folder, loader, CLOCK, AuditLog.to(audit))) {
            KnowledgeFixture.at(folder).summitIn("Helsinki");
            failing.set(true);

            // WHEN a reload is asked for, as SIGHUP asks
            ReloadResult result = service.reload("signal");

            // THEN it is refused with the cause, and recorded everywhere
            assertThat(result.ok()).isFalse();
            assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("OutOfMemoryError"));
            assertThat(service.lastReload()).contains(result);
            List<String> lines = Files.readAllLines(audit, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(1);
            JsonNode line = new ObjectMapper().readTree(lines.get(0));
            assertThat(line.get("actor").asText()).isEqualTo("signal");
            assertThat(line.get("ok").asBoolean()).isFalse();
            assertThat(service.ask(Question.of(KnowledgeFixture.QUESTION)).answer())
                    .isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Alaska"));

            // WHEN the failure is gone, THEN the next reload works
            failing.set(false);
            assertThat(service.reload("console").ok()).isTrue();
        }
    }

    @Test
    @DisplayName("an Error during check is a failed check, not a crash")
    void errorDuringCheck() {
        // GIVEN a loader that fails with an Error
        KnowledgeFixture.at(folder).summitIn("Alaska");
        KnowledgeLoader loader = new KnowledgeLoader(KnowledgeLimits.DEFAULT, file -> {
            throw new OutOfMemoryError("Java heap space (injected)");
        });
        // WHEN / THEN
        ReloadResult result = KnowledgeService.check(folder, loader, CLOCK);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("OutOfMemoryError"));
    }
}
