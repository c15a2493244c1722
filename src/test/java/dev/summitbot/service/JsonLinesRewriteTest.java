package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.Slow;
import dev.summitbot.TestJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("JsonLines.keepOnly: an atomic rewrite under the append lock, losing no line appended meanwhile")
final class JsonLinesRewriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Lines per writer. Every rewrite copies the whole file (12 KB a line), so the work grows with the
     * square of this: 200 took 14–22 s on a quiet machine and over two minutes on a busy one.
     */
    private static final int LINES = 50;
    /** The pruner's pause between rewrites: without it, it can starve the other process of the file lock. */
    private static final long PRUNER_PAUSE_MILLIS = 2;

    @Test
    @DisplayName("keeps the lines the filter accepts, drops torn lines, and leaves a missing file missing")
    void keepsWhatTheFilterAccepts(@TempDir Path dir) throws Exception {
        // GIVEN a file with two lines, one torn line and one to drop
        Path file = Files.writeString(dir.resolve("log.jsonl"), "{\"n\":1}\n{\"n\":2,\"to\n{\"n\":3}\n{\"n\":4}\n", StandardCharsets.UTF_8);
        JsonLines lines = new JsonLines(file);

        // WHEN
        JsonLines.Kept kept = lines.keepOnly(line -> line.path("n").asInt() != 3);

        // THEN
        assertThat(kept).isEqualTo(new JsonLines.Kept(2, 2));
        assertThat(Files.readString(file)).isEqualTo("{\"n\":1}\n{\"n\":4}\n");
        assertThat(dir.toFile().list()).as("no temporary file left").containsExactly("log.jsonl");
        assertThat(new JsonLines(dir.resolve("missing.jsonl")).keepOnly(line -> false)).isEqualTo(new JsonLines.Kept(0, 0));
        assertThat(dir.resolve("missing.jsonl")).doesNotExist();
    }

    @Test
    @DisplayName("readCounted counts the lines it cannot read")
    void countsUnreadableLines(@TempDir Path dir) throws Exception {
        // GIVEN
        Path file = Files.writeString(dir.resolve("log.jsonl"), "{\"n\":1}\nnot json\n\n{\"n\":2\n", StandardCharsets.UTF_8);

        // WHEN
        JsonLines.Read read = new JsonLines(file).readCounted();

        // THEN
        assertThat(read.lines()).hasSize(1);
        assertThat(read.skipped()).isEqualTo(2);
    }

    @Test
    @Slow
    @DisplayName("another JVM appends and rewrites, two threads append and a third rewrites, all at once: no appended line is lost")
    void appendsDuringRewrites(@TempDir Path dir) throws Exception {
        // GIVEN one file that another process (rewriting it after each line) and two threads append to
        Path file = dir.resolve("shared/gaps.jsonl");
        Files.createDirectories(file.getParent());
        Process other = new ProcessBuilder(TestJvm.command(List.of(), JsonLinesWriter.class.getName(), file.toString(), "process",
                Integer.toString(LINES), "rewrite"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("writer.txt").toFile()).start();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger rewrites = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        try {
            // AND a thread that adds a line to drop and rewrites the file without it, until the writers are done
            Thread pruner = thread("pruner", failures, () -> {
                JsonLines lines = new JsonLines(file);
                while (writing.get() || rewrites.get() < 3) {
                    lines.append(JSON.createObjectNode().put("writer", "expired"));
                    if (lines.keepOnly(line -> !line.path("writer").asText().equals("expired")).dropped() > 0) {
                        rewrites.incrementAndGet();
                    }
                    Thread.sleep(PRUNER_PAUSE_MILLIS);
                }
            });
            List<Thread> writers = new ArrayList<>();
            for (String writer : List.of("thread-a", "thread-b")) {
                writers.add(thread(writer, failures, () -> JsonLinesWriter.write(new JsonLines(file), writer, LINES)));
            }

            // WHEN all of them run at once
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(120));
            }
            assertThat(other.waitFor(120, TimeUnit.SECONDS)).as("the other process finished").isTrue();
            writing.set(false);
            pruner.join(TimeUnit.SECONDS.toMillis(120));
            assertThat(other.exitValue()).as("its output: %s", Files.readString(dir.resolve("writer.txt"))).isZero();
            assertThat(failures).isEmpty();

            // THEN the file was rewritten, and every writer's lines are all there, whole and in order
            assertThat(rewrites.get()).isGreaterThanOrEqualTo(3);
            Map<String, List<Integer>> byWriter = new HashMap<>();
            for (JsonNode node : new JsonLines(file).read()) {
                byWriter.computeIfAbsent(node.path("writer").asText(), w -> new ArrayList<>()).add(node.path("n").asInt());
            }
            List<Integer> expected = IntStream.range(0, LINES).boxed().toList();
            assertThat(byWriter).containsOnlyKeys("process", "thread-a", "thread-b");
            byWriter.values().forEach(numbers -> assertThat(numbers).isEqualTo(expected));
            assertThat(new JsonLines(file).readCounted().skipped()).isZero();
        } finally {
            writing.set(false);
            other.destroyForcibly();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Thread thread(String name, List<Throwable> failures, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Exception | AssertionError e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        }, name);
        thread.start();
        return thread;
    }
}
