package dev.summitbot.discord;

import dev.summitbot.discord.standin.JdaLogGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The frame of every Discord end-to-end test: a fresh work folder for the bot's files, the
 * {@link JdaLogGuard}, and the {@link BotHarness} the test starts. After each test it closes the harness
 * (the bot, then the stand-in, checking that JDA called no unknown route) and only then checks the log
 * guard, so that JDA's shutdown is covered too.
 *
 * <pre>{@code
 * @RegisterExtension
 * final DiscordEndToEnd endToEnd = new DiscordEndToEnd();
 *
 * BotHarness discord = endToEnd.start(bot -> bot.qaChannel("help"));
 * }</pre>
 */
final class DiscordEndToEnd implements BeforeEachCallback, AfterEachCallback {

    private final JdaLogGuard jdaLog = JdaLogGuard.failOnWarnings();
    private Path work;
    private BotHarness harness;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        work = Files.createTempDirectory("summitbot-discord-");
        jdaLog.start();
    }

    /** The bot on the standard guild, with the real knowledge and default settings. */
    BotHarness start() throws Exception {
        return start(bot -> bot);
    }

    /** The bot as {@code configure} sets it up; its audit and feedback files go to {@link #work()}. */
    BotHarness start(UnaryOperator<BotHarness.Builder> configure) throws Exception {
        if (harness != null) {
            throw new IllegalStateException("one bot per test: this test has started one already");
        }
        harness = configure.apply(BotHarness.builder(work)).start();
        return harness;
    }

    /** This test's work folder, deleted after it. */
    Path work() {
        return work;
    }

    /** Allows a JDA WARN/ERROR line containing {@code fragment} in this test only. */
    void allowJdaLog(String fragment) {
        jdaLog.allowInThisTest(fragment);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Throwable failure = null;
        try {
            if (harness != null) {
                harness.close();
            }
        } catch (RuntimeException | AssertionError e) {
            failure = e;
        } finally {
            harness = null;
            jdaLog.stop();
        }
        try {
            jdaLog.assertClean();
        } catch (AssertionError e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        } finally {
            delete(work);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof AssertionError e) {
            throw e;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test's work folder " + folder, e);
        }
    }
}
