package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Poll;
import dev.summitbot.answer.Answer;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGHUP from the start: a real signal sent to this JVM before any knowledge service exists is
 * caught and held, then becomes exactly one reload when the service is handed over.
 */
@DisplayName("SIGHUP before the service exists is queued, not fatal")
final class HangupSignalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @TempDir
    Path logs;

    @Test
    @DisplayName("signals that come before the service are one reload by \"signal\" once it is there")
    void queuedUntilTheServiceExists() throws Exception {
        // GIVEN a Java handler under the one tested, so that a failure cannot end the test JVM
        try (HangupHarness signals = HangupHarness.install()) {
            HangupSignal hangups = HangupSignal.install();
            try {
                // WHEN two SIGHUPs come before there is any knowledge service
                signals.send();
                Poll.until(hangups::pending, Duration.ofSeconds(10), () -> "the first signal was not held");
                signals.send();

                // …and the service then starts, on knowledge that has changed since
                KnowledgeFixture.at(folder).summitIn("Alaska");
                Path audit = logs.resolve("reloads.jsonl");
                try (KnowledgeService service = KnowledgeService.start(folder, new KnowledgeLoader(), CLOCK, AuditLog.to(audit))) {
                    KnowledgeFixture.at(folder).summitIn("Helsinki");
                    hangups.deliverTo(service);

                    // THEN one reload by "signal" swaps the new knowledge in
                    Poll.until(() -> auditLines(audit) == 1, Duration.ofSeconds(10), () -> "no audit line");
                    assertThat(service.lastReload().orElseThrow().actor()).isEqualTo("signal");
                    assertThat(service.lastReload().orElseThrow().ok()).isTrue();
                    assertThat(service.ask(Question.of(KnowledgeFixture.QUESTION)).answer())
                            .isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Helsinki"));
                    assertThat(Files.readAllLines(audit, StandardCharsets.UTF_8)).hasSize(1);
                    assertThat(hangups.pending()).isFalse();
                    hangups.stopDelivering(service);
                }
            } finally {
                hangups.uninstall();
            }
        }
    }

    private static int auditLines(Path audit) {
        try {
            return Files.exists(audit) ? (int) Files.readAllLines(audit, StandardCharsets.UTF_8).stream().filter(l -> l.endsWith("}")).count() : 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
