package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGHUP for tests: a harmless Java handler under the one tested, so that a handler that fails to
 * install cannot end the test JVM, and a way for the process to signal itself. Skips the test
 * where SIGHUP cannot be handled (or is ignored, under nohup); closing restores the original handler.
 */
final class HangupHarness implements AutoCloseable {

    private static final Signal HUP = new Signal("HUP");

    private final SignalHandler original;

    private HangupHarness(SignalHandler original) {
        this.original = original;
    }

    static HangupHarness install() {
        SignalHandler original;
        try {
            original = Signal.handle(HUP, signal -> { });
        } catch (IllegalArgumentException e) {
            assumeTrue(false, "SIGHUP cannot be handled in this JVM: " + e.getMessage());
            throw new IllegalStateException("unreachable");
        }
        assumeTrue(original != SignalHandler.SIG_IGN, "SIGHUP is ignored by this process (started with nohup?)");
        return new HangupHarness(original);
    }

    /** The process sends itself SIGHUP with {@code kill}; the test is skipped where there is no {@code kill}. */
    void send() throws InterruptedException {
        Process kill;
        try {
            kill = new ProcessBuilder("kill", "-HUP", Long.toString(ProcessHandle.current().pid())).start();
        } catch (IOException e) {
            assumeTrue(false, "`kill` is not available: " + e.getMessage());
            return;
        }
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    @Override
    public void close() {
        Signal.handle(HUP, original);
    }
}
