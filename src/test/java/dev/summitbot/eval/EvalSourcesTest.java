package dev.summitbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.service.AuditLog;
import dev.summitbot.service.KnowledgeService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The sources a set was written from: read from its file, and checked against the knowledge")
final class EvalSourcesTest {

    @Test
    @DisplayName("one id a line, comments and blank lines skipped; no file means every source")
    void writtenFrom(@TempDir Path dir) throws Exception {
        // GIVEN
        Path file = dir.resolve("sources.txt");
        Files.writeString(file, "# the article\n\nsummit-article\n  notes-x  \n", StandardCharsets.UTF_8);

        // WHEN / THEN
        assertThat(Evaluator.writtenFrom(file)).containsExactlyInAnyOrder("summit-article", "notes-x");
        assertThat(Evaluator.writtenFrom(dir.resolve("missing.txt"))).isEmpty();
    }

    @Test
    @DisplayName("an id the knowledge has no source for is named, so that a mistyped file cannot make every answer a refusal")
    void unknownSources(@TempDir Path folder) throws Exception {
        // GIVEN the fixture's one source, loaded for two ids of which one does not exist
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Set<String> wanted = Set.of("test-report", "no-such-report");
        try (KnowledgeService service = KnowledgeService.start(folder, KnowledgeLoader.onlySources(wanted), Clock.systemUTC(),
                AuditLog.none())) {
            // WHEN / THEN
            assertThat(Evaluator.unknownSources(wanted, service)).containsExactly("no-such-report");
            assertThat(Evaluator.unknownSources(Set.of("test-report"), service)).isEmpty();
        }
    }
}
