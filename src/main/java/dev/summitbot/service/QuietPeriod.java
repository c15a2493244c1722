package dev.summitbot.service;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The watcher's debounce: changes that follow each other within the quiet period collapse into one
 * reload, due once the period has passed since the last of them; a change after that makes another.
 * Time comes from a monotonic ticker in nanoseconds ({@link System#nanoTime} in production), so that
 * a test can move it instead of sleeping. Used by the watcher thread only.
 */
final class QuietPeriod {

    private final long quietNanos;
    private final LongSupplier ticker;
    private boolean pending;
    private long lastChange;

    QuietPeriod(Duration quiet, LongSupplier ticker) {
        this.quietNanos = quiet.toNanos();
        this.ticker = ticker;
    }

    /** A change was seen now: a reload is due one quiet period from now, unless another change comes first. */
    void changed() {
        pending = true;
        lastChange = ticker.getAsLong();
    }

    boolean pending() {
        return pending;
    }

    /** How long to wait for further changes before the pending reload is due; zero when it is due. */
    Duration left() {
        long left = quietNanos - (ticker.getAsLong() - lastChange);
        return pending && left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** True, once, when a change is pending and a quiet period has passed since the last one. */
    boolean takeDue() {
        if (pending && ticker.getAsLong() - lastChange >= quietNanos) {
            pending = false;
            return true;
        }
        return false;
    }
}
