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
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Slow
@DisplayName("Audit and feedback logs: several processes appending to one file never tear or interleave a line")
final class JsonLinesConcurrencyTest {

    private static final int LINES = 300;

    @Test
    @DisplayName("another JVM and two threads of this one append 12 KB lines at once: every line is whole, parses, and none is lost")
    void twoProcessesAndTwoThreads(@TempDir Path dir) throws Exception {
        // GIVEN one file that another process and two threads of this one append to
        Path file = dir.resolve("shared/reload-audit.jsonl");
        Process other = new ProcessBuilder(TestJvm.command(List.of(), JsonLinesWriter.class.getName(), file.toString(), "process",
                Integer.toString(LINES)))
                .redirectErrorStream(true).redirectOutput(dir.resolve("writer.txt").toFile()).start();
        try {
            // WHEN all of them write at the same time, each through its own JsonLines
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (String writer : List.of("thread-a", "thread-b")) {
                Thread thread = new Thread(() -> {
                    try {
                        JsonLinesWriter.write(new JsonLines(file), writer, LINES);
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }, writer);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(120));
            }
            assertThat(other.waitFor(120, TimeUnit.SECONDS)).as("the other process finished").isTrue();
            assertThat(other.exitValue()).as("its output: %s", Files.readString(dir.resolve("writer.txt"))).isZero();
            assertThat(failures).isEmpty();

            // THEN every line of the file is one whole JSON object, and each writer's lines are all there, in order
            ObjectMapper json = new ObjectMapper();
            Map<String, List<Integer>> byWriter = new HashMap<>();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).endsWith("\n");
            for (String line : text.split("\n", -1)) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String writer = node.path("writer").asText();
                assertThat(node.path("padding").asText()).hasSize(12_000).matches(writer.substring(0, 1) + "+");
                byWriter.computeIfAbsent(writer, w -> new ArrayList<>()).add(node.path("n").asInt());
            }
            List<Integer> expected = IntStream.range(0, LINES).boxed().toList();
            assertThat(byWriter).containsOnlyKeys("process", "thread-a", "thread-b");
            byWriter.values().forEach(numbers -> assertThat(numbers).isEqualTo(expected));
            assertThat(text.split("\n")).hasSize(3 * LINES);
        } finally {
            other.destroyForcibly();
        }
    }
}
