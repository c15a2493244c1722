package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.discord.PinnedSummaryStore.Pinned;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("PinnedSummaryStore: the pinned summaries kept up to date, in a JSON file that survives a restart")
final class PinnedSummaryStoreTest {

    @Test
    @DisplayName("what one store records, a store opened later on the same file reads; removals stick too")
    void survivesRestart(@TempDir Path temp) {
        // GIVEN
        Path file = temp.resolve("data/pinned-summaries.json");
        PinnedSummaryStore first = new PinnedSummaryStore(file);

        // WHEN
        first.add(new Pinned("1", "10", Optional.empty()));
        first.add(new Pinned("1", "11", Optional.of("rubio")));
        first.add(new Pinned("2", "20", Optional.empty()));
        first.remove("10");

        // THEN
        assertThat(new PinnedSummaryStore(file).all()).containsExactly(
                new Pinned("1", "11", Optional.of("rubio")), new Pinned("2", "20", Optional.empty()));
        assertThat(first.removeChannel("1")).isEqualTo(1);
        assertThat(new PinnedSummaryStore(file).all()).containsExactly(new Pinned("2", "20", Optional.empty()));
        assertThat(temp.resolve("data")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    @DisplayName("an unreadable file is logged and read as empty, and the next change writes a good one")
    void unreadableFile(@TempDir Path temp) throws IOException {
        // GIVEN
        Path file = Files.writeString(temp.resolve("pinned-summaries.json"), "{not json", StandardCharsets.UTF_8);

        // WHEN
        PinnedSummaryStore store = new PinnedSummaryStore(file);
        store.add(new Pinned("1", "10", Optional.empty()));

        // THEN
        assertThat(new PinnedSummaryStore(file).all()).containsExactly(new Pinned("1", "10", Optional.empty()));
    }
}
