package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.answer.Answer;
import dev.summitbot.config.KnowledgeConfig;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.question.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploy tools often replace a folder whole: {@code mv knowledge knowledge.old && cp -a other knowledge}.
 * The watcher must notice the new folder, reload from it, and keep watching it.
 */
@DisplayName("Watch mode follows a knowledge folder replaced as a whole")
final class WatchReplacedFolderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    @DisplayName("a replaced folder is reloaded, and later edits inside the new one are seen")
    void replacedFolderIsFollowed() throws Exception {
        // GIVEN a watched knowledge folder answering "Alaska", and another one ready beside it
        Path folder = temp.resolve("knowledge");
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Path staged = temp.resolve("staging/knowledge");
        KnowledgeFixture.at(staged).summitIn("Helsinki");
        try (KnowledgeService service = KnowledgeService.start(folder, new KnowledgeLoader(), CLOCK, AuditLog.none());
                ReloadTriggers triggers = ReloadTriggers.install(service, new KnowledgeConfig(folder.toString(), true, 200))) {

            // WHEN the folder is moved away and the other one moved into its place
            Files.move(folder, temp.resolve("knowledge.old"));
            Files.move(staged, folder);

            // THEN the watcher reloads from the new folder
            awaitTrue(() -> answers(service, "Helsinki"), Duration.ofSeconds(15));
            // The new knowledge answers a moment before the reload's result is recorded.
            awaitTrue(() -> service.lastReload().isPresent(), Duration.ofSeconds(15));
            assertThat(service.lastReload().orElseThrow().actor()).isEqualTo("watcher");

            // WHEN a file inside the new folder is edited
            KnowledgeFixture.at(folder).summitIn("Oslo");

            // THEN that is seen too
            awaitTrue(() -> answers(service, "Oslo"), Duration.ofSeconds(15));
        }
    }

    private static boolean answers(KnowledgeService service, String city) {
        return service.ask(Question.of(KnowledgeFixture.QUESTION)).answer() instanceof Answer.Answered a && a.text().contains(city);
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
