package dev.summitbot.discord.standin;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test on any WARN or ERROR that JDA (loggers {@code net.dv8tion...}) logs during it: JDA only
 * logs a payload it cannot parse, or a failed request, and drops the event.
 *
 * <pre>{@code @RegisterExtension final JdaLogGuard jdaLog = JdaLogGuard.failOnWarnings();}</pre>
 *
 * <p>Its check runs after the test's {@code @AfterEach} methods, so shut JDA down there to cover
 * shutdown too. Allow an expected line with {@link #allowInThisTest(String)} (a fragment of the
 * message), or for every test with {@link #failOnWarnings(String...)}.
 */
public final class JdaLogGuard implements BeforeEachCallback, AfterEachCallback {
    private static final String JDA_LOGGERS = "net.dv8tion";

    private final List<String> alwaysAllowed;
    private final List<String> allowed = new CopyOnWriteArrayList<>();
    private final List<ILoggingEvent> offending = new CopyOnWriteArrayList<>();
    private final Appender appender = new Appender();
    private Level previousLevel;

    private JdaLogGuard(List<String> alwaysAllowed) {
        this.alwaysAllowed = List.copyOf(alwaysAllowed);
    }

    /** A guard that allows only lines containing one of {@code allowedFragments}. */
    public static JdaLogGuard failOnWarnings(String... allowedFragments) {
        return new JdaLogGuard(List.of(allowedFragments));
    }

    /** Allows WARN/ERROR lines containing {@code fragment} until the current test ends. */
    public JdaLogGuard allowInThisTest(String fragment) {
        allowed.add(fragment);
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
        assertClean();
    }

    /** Starts watching (for use without JUnit's extension model). */
    public void start() {
        offending.clear();
        allowed.clear();
        allowed.addAll(alwaysAllowed);
        Logger jda = jdaLogger();
        if (!jda.isWarnEnabled()) {
            previousLevel = jda.getLevel();
            jda.setLevel(Level.WARN);
        }
        appender.setContext(jda.getLoggerContext());
        appender.start();
        jda.addAppender(appender);
    }

    public void stop() {
        Logger jda = jdaLogger();
        jda.detachAppender(appender);
        appender.stop();
        if (previousLevel != null) {
            jda.setLevel(previousLevel);
            previousLevel = null;
        }
    }

    /** The WARN/ERROR lines logged so far that no allowed fragment matches. */
    public List<ILoggingEvent> offending() {
        return new ArrayList<>(offending);
    }

    public void assertClean() {
        if (!offending.isEmpty()) {
            throw new AssertionError("JDA logged " + offending.size() + " WARN/ERROR line(s):"
                    + offending.stream().map(JdaLogGuard::describe).collect(Collectors.joining()));
        }
    }

    private static Logger jdaLogger() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        return context.getLogger(JDA_LOGGERS);
    }

    private static String describe(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        String cause = thrown == null ? "" : " [" + thrown.getClassName() + ": " + thrown.getMessage() + "]";
        return "\n  " + event.getLevel() + " " + event.getLoggerName() + " (" + event.getThreadName() + "): "
                + event.getFormattedMessage() + cause;
    }

    private final class Appender extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
                return;
            }
            String message = event.getFormattedMessage();
            if (allowed.stream().noneMatch(message::contains)) {
                offending.add(event);
            }
        }
    }
}
