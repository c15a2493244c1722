package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real launcher, {@code ./summitbot}, as a new process from the project folder: the
 * command a fresh clone starts with. The launcher builds the jar first when it is missing or
 * older than the sources, which needs Maven on the PATH; without it these tests are skipped.
 */
@DisplayName("The ./summitbot launcher, end to end")
final class CommandLineEndToEndTest {

    private static final long TIMEOUT_MINUTES = 5;

    private static Path root;

    @BeforeAll
    static void needsMaven() {
        root = Fixtures.projectRoot();
        assumeThat(onPath("mvn")).as("mvn on the PATH (the launcher may need to build the jar)").isTrue();
        assumeThat(Files.isExecutable(root.resolve("summitbot"))).as("an executable ./summitbot").isTrue();
    }

    /** One finished launcher process. */
    record Result(int exit, String out, String err) {}

    @Test
    @DisplayName("./summitbot ask \"Where was the summit held?\" answers Alaska and exits 0")
    void askAnswersAlaska(@TempDir Path temp) throws Exception {
        // GIVEN / WHEN the command from the README
        Result result = launch(temp, "", List.of(), "ask", "Where was the summit held?");

        // THEN
        assertThat(result.exit()).as("exit code; stderr:%n%s", result.err()).isZero();
        assertThat(result.out()).contains("Alaska").contains("[1]").contains("summit-article");
    }

    @Test
    @DisplayName("./summitbot ask --json from standard input: pure JSON lines on stdout, logs on stderr")
    void askJsonBatchWithLogs(@TempDir Path temp) throws Exception {
        // GIVEN two questions on standard input and logging turned up to INFO
        String stdin = "Where was the summit held?\n\n";

        // WHEN
        Result result = launch(temp, stdin, List.of("SUMMITBOT_LOG_LEVEL=INFO"), "ask", "--json");

        // THEN stdout holds exactly one JSON object per input line, and the log lines went to stderr
        assertThat(result.exit()).as("exit code; stderr:%n%s", result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        JsonNode second = json.readTree(lines.get(1));
        assertThat(first.get("answered").booleanValue()).isTrue();
        assertThat(first.get("answer").asText()).contains("Alaska");
        assertThat(second.get("question").asText()).isEmpty();
        assertThat(second.get("answered").booleanValue()).isFalse();
        assertThat(result.err()).contains("INFO").contains("loaded");
    }

    private static Result launch(Path temp, String stdin, List<String> env, String... args)
            throws IOException, InterruptedException {
        Path in = Files.writeString(temp.resolve("stdin.txt"), stdin, StandardCharsets.UTF_8);
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("./summitbot"), Stream.of(args)).toList())
                .directory(root.toFile())
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("DISCORD_TOKEN");
        for (String assignment : env) {
            String[] kv = assignment.split("=", 2);
            builder.environment().put(kv[0], kv[1]);
        }
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./summitbot " + String.join(" ", args) + " did not finish in " + TIMEOUT_MINUTES
                    + " minutes; stderr so far:\n" + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }
}
