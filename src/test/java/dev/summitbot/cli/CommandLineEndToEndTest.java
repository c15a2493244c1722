package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.Fixtures;
import dev.summitbot.Slow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real launcher, {@code ./summitbot}, as a new process from the project folder: the
 * command a fresh clone starts with, on the jar {@code mvn package} has just built.
 *
 * <p>It runs in failsafe's {@code integration-test} phase, after {@code package}, which passes the
 * jar's path as the system property {@value #JAR_PROPERTY}. It never builds: the launcher builds
 * when {@code target/summitbot.jar} is missing or older than the sources, and a nested
 * {@code mvn package} into the {@code target/} of the build running this test would overwrite its
 * classes. So when the launcher would build (the jar was packaged elsewhere, with
 * {@code -Dbuild.dir}, or a source changed since), the test runs the packaged jar the way the
 * launcher's last line does instead.
 */
@Slow
@DisplayName("The ./summitbot launcher, end to end, on the packaged jar")
final class CommandLineEndToEndTest {

    static final String JAR_PROPERTY = "summitbot.jar";
    private static final long TIMEOUT_MINUTES = 2;

    private static Path root;
    /** The command that starts the packaged bot: the launcher, or java -jar when the launcher would build. */
    private static List<String> command;

    @BeforeAll
    static void packagedJar() throws IOException {
        root = Fixtures.projectRoot();
        String property = System.getProperty(JAR_PROPERTY);
        assumeThat(property).as("the packaged jar, passed by failsafe after `package`: run this test with `mvn verify`")
                .isNotNull();
        Path jar = Path.of(property).toAbsolutePath().normalize();
        assertThat(jar).as("the jar `package` built").isRegularFile();
        Path launchersJar = root.resolve("target/summitbot.jar");
        command = launchersJar.equals(jar) && !isOlderThanSources(jar) && Files.isExecutable(root.resolve("summitbot"))
                ? List.of("./summitbot")
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dsummitbot.home=" + root,
                        "-jar", jar.toString());
        // In target/failsafe-reports: which of the two ran.
        System.out.println("starting the packaged bot with: " + String.join(" ", command));
    }

    /** The launcher's own test for "needs a build": a file under pom.xml or src/main newer than the jar. */
    private static boolean isOlderThanSources(Path jar) throws IOException {
        FileTime built = Files.getLastModifiedTime(jar);
        try (Stream<Path> sources = Stream.concat(Stream.of(root.resolve("pom.xml")), Files.walk(root.resolve("src/main")))) {
            return sources.anyMatch(file -> {
                try {
                    return Files.getLastModifiedTime(file).compareTo(built) > 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
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
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(command.stream(), Stream.of(args)).toList())
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
            throw new AssertionError(String.join(" ", command) + " " + String.join(" ", args) + " did not finish in " + TIMEOUT_MINUTES
                    + " minutes; stderr so far:\n" + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
