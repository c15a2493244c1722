package dev.summitbot.discord.standin;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out unique, increasing Discord snowflakes for the current time. JDA derives an interaction's
 * 15-minute expiry from its id, so ids for injected events must be current-time snowflakes.
 */
final class Snowflakes {
    static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    Snowflakes(Clock clock) {
        this.clock = clock;
    }

    long next() {
        long now = (clock.millis() - DISCORD_EPOCH_MILLIS) << 22;
        return last.updateAndGet(previous -> Math.max(previous + 1, now));
    }
}
