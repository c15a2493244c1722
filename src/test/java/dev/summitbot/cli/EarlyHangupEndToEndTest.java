package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.summitbot.TestJvm;
import dev.summitbot.knowledge.KnowledgeFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code main} in a new JVM, sent SIGHUP while it is still starting. To send the signal
 * at a known point rather than after a guessed delay, the JVM logs the classes it loads, and the
 * signal goes as soon as picocli is loaded: after {@code main} has begun, well before the
 * knowledge is loaded.
 */
@DisplayName("A SIGHUP during start-up does not end the process")
final class EarlyHangupEndToEndTest {

    private static final long TIMEOUT_SECONDS = 60;

    @Test
    @DisplayName("console sent SIGHUP as its command line is parsed keeps running, then reloads by \"signal\"")
    void hangupDuringStartUp(@TempDir Path home) throws Exception {
        // GIVEN a console about to start on a fixture folder, from the test's class path
        Path knowledge = home.resolve("knowledge");
        KnowledgeFixture.at(knowledge).summitIn("Alaska");
        ProcessBuilder builder = new ProcessBuilder(TestJvm.command(List.of("-Xlog:class+load=info:stdout", "-Dsummitbot.home=" + home),
                "dev.summitbot.App", "console", "--json", "--knowledge", knowledge.toString()))
                .redirectError(home.resolve("stderr.txt").toFile());
        builder.environment().remove("DISCORD_TOKEN");
        Process process = builder.start();
        try {
            CountDownLatch parsing = new CountDownLatch(1);
            StringBuilder out = new StringBuilder();
            Thread reader = new Thread(() -> readLines(process, parsing, out), "console-stdout");
            reader.setDaemon(true);
            reader.start();
            assertThat(parsing.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("picocli loaded").isTrue();

            // WHEN SIGHUP comes while the command line is parsed, before the knowledge is loaded
            Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assumeThat(kill.exitValue()).as("kill -HUP works here").isZero();

            // THEN the process lives on and, once started, reloads for that signal
            Path audit = home.resolve("data/reload-audit.jsonl");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!(Files.exists(audit) && Files.readString(audit).contains("\"actor\":\"signal\""))) {
                // a process started under nohup passes its ignored SIGHUP on, and the bot says it cannot reload by signal
                assumeThat(Files.readString(home.resolve("stderr.txt"))).as("SIGHUP is not ignored here (nohup)")
                        .doesNotContain("SIGHUP is ignored by this process");
                assertThat(process.isAlive()).as("alive; stderr:%n%s", Files.readString(home.resolve("stderr.txt"))).isTrue();
                assertThat(System.nanoTime()).as("a reload by signal within %d s", TIMEOUT_SECONDS).isLessThan(deadline);
                Thread.sleep(50);
            }
            try (OutputStream in = process.getOutputStream()) {
                in.write("Where was the test summit held?\n/quit\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            assertThat(process.exitValue()).as("exit code; stderr:%n%s", Files.readString(home.resolve("stderr.txt"))).isZero();
            synchronized (out) {
                assertThat(out.toString()).contains("\"answered\":true").contains("Alaska");
            }
        } finally {
            process.destroyForcibly();
        }
    }

    private static void readLines(Process process, CountDownLatch parsing, StringBuilder out) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.contains(" picocli.CommandLine ")) {
                    parsing.countDown();
                }
                synchronized (out) {
                    out.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}
