package dev.summitbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The cluster state folder: whole files, stale statuses, bad files ignored, request generations in order")
final class StateFolderTest {

    private static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("a status is written whole through a hidden temporary file, replaced whole, and no temporary file is left")
    void atomicStatus() throws IOException {
        // GIVEN a state folder
        StateFolder folder = StateFolder.open(dir.resolve("state"));

        // WHEN a process writes its status twice
        folder.writeStatus(status("a", "aaaaaaaaaa@20261127T060000Z", 0, T0));
        folder.writeStatus(status("a", "bbbbbbbbbb@20261127T060100Z", 3, T0.plusSeconds(60)));

        // THEN one file holds the second status, and nothing else is in the folder
        assertThat(folder.statuses()).singleElement().satisfies(s -> {
            assertThat(s.knowledgeHash()).isEqualTo("bbbbbbbbbb");
            assertThat(s.generation()).isEqualTo(3);
        });
        try (Stream<Path> files = Files.list(dir.resolve("state"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("process-a.json");
        }
    }

    @Test
    @DisplayName("a status not rewritten for longer than the stale period is stale; one within it is not")
    void stale() {
        // GIVEN a status written at T0, and a stale period of 3 s
        ProcessStatus status = status("a", "aaaaaaaaaa@x", 0, T0);
        Duration staleAfter = Duration.ofSeconds(3);

        // WHEN / THEN
        assertThat(status.staleAt(T0.plusSeconds(3), staleAfter)).isFalse();
        assertThat(status.staleAt(T0.plusSeconds(4), staleAfter)).isTrue();
        assertThat(ClusterText.describe(List.of(status), "b", T0.plusSeconds(10), staleAfter))
                .startsWith("Processes: 0 live, 1 stale").contains("a: STALE, no heartbeat for 10 s");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "{", "not json at all", "{\"process\":\"x\"}", "{\"process\":\"x\",\"knowledge\":\"k\",\"updatedAt\":\"yesterday\"}",
            "[1,2,3]", "\u0000\u00ff"})
    @DisplayName("a corrupt status or request file is ignored; the good files are still read")
    void corruptIgnored(String content) throws IOException {
        // GIVEN a good status, a corrupt status and a corrupt request
        StateFolder folder = StateFolder.open(dir);
        folder.writeStatus(status("good", "aaaaaaaaaa@x", 1, T0));
        Files.writeString(dir.resolve("process-bad.json"), content, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve(StateFolder.REQUEST), content, StandardCharsets.ISO_8859_1);

        // WHEN / THEN
        assertThat(folder.statuses()).extracting(ProcessStatus::process).containsExactly("good");
        assertThat(folder.request()).isEmpty();
    }

    @Test
    @DisplayName("each request is one generation above the last; after a corrupt request file, above every process's generation")
    void generations() throws IOException {
        // GIVEN
        StateFolder folder = StateFolder.open(dir);

        // WHEN / THEN requests count up
        assertThat(folder.request()).isEmpty();
        assertThat(folder.nextRequest("a", "console", T0).generation()).isEqualTo(1);
        assertThat(folder.nextRequest("b", "123", T0).generation()).isEqualTo(2);
        assertThat(folder.request()).hasValueSatisfying(r -> {
            assertThat(r.generation()).isEqualTo(2);
            assertThat(r.process()).isEqualTo("b");
            assertThat(r.actor()).isEqualTo("123");
        });

        // AND WHEN the request file is lost or garbled while a process has acted on generation 7
        folder.writeStatus(status("c", "aaaaaaaaaa@x", 7, T0));
        Files.writeString(dir.resolve(StateFolder.REQUEST), "garbage", StandardCharsets.UTF_8);

        // THEN the next request is still newer than anything a process has seen
        assertThat(folder.nextRequest("a", "signal", T0).generation()).isEqualTo(8);
    }

    @Test
    @DisplayName("requests made at the same moment from many threads all get different generations")
    void concurrentRequests() throws Exception {
        // GIVEN two views of one folder, as two processes would have
        StateFolder first = StateFolder.open(dir);
        StateFolder second = StateFolder.open(dir);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            // WHEN 200 requests are made at once
            List<Future<Long>> made = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                StateFolder folder = i % 2 == 0 ? first : second;
                made.add(threads.submit(() -> folder.nextRequest("p", "console", T0).generation()));
            }
            List<Long> generations = new ArrayList<>();
            for (Future<Long> f : made) {
                generations.add(f.get());
            }

            // THEN generations 1 to 200, each once, and the file holds the last
            assertThat(generations).doesNotHaveDuplicates().hasSize(200).allMatch(g -> g >= 1 && g <= 200);
            assertThat(first.request()).hasValueSatisfying(r -> assertThat(r.generation()).isEqualTo(200));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @DisplayName("a state folder that cannot be created is a clear error naming it")
    void cannotCreate() throws IOException {
        // GIVEN a file where the folder should be
        Path file = Files.writeString(dir.resolve("taken"), "x", StandardCharsets.UTF_8);

        // WHEN / THEN
        assertThatThrownBy(() -> StateFolder.open(file.resolve("state")))
                .isInstanceOf(IOException.class).hasMessageContaining("cannot create the cluster state folder " + file.resolve("state"));
        assertThatThrownBy(() -> StateFolder.open(file))
                .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
    }

    static ProcessStatus status(String process, String knowledge, long generation, Instant at) {
        return new ProcessStatus(process, 4242, "0-1 of 4", knowledge, true, "CONNECTED", "none", generation, at.toString());
    }
}
