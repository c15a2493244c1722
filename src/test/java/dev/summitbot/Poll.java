package dev.summitbot;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something another thread does: checks a condition every 10 ms until it holds or time runs out. */
public final class Poll {

    private static final long INTERVAL_MILLIS = 10;

    private Poll() {}

    /** Returns once {@code condition} holds; fails with {@code failure}'s text after {@code timeout}. */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> failure) throws InterruptedException {
        if (!holdsWithin(condition, timeout)) {
            throw new AssertionError("waited " + timeout + ": " + failure.get());
        }
    }

    /** Whether {@code condition} comes to hold within {@code timeout}. */
    public static boolean holdsWithin(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(INTERVAL_MILLIS);
        }
        return true;
    }
}
