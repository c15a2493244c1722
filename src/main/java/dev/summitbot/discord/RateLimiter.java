package dev.summitbot.discord;

import dev.summitbot.config.RateLimitConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sliding-window limits on questions, per member and per channel. */
final class RateLimiter {

    /** Members tracked before idle ones are dropped: bounds memory under a flood of distinct members. */
    static final int PRUNE_AT = 10_000;

    private final RateLimitConfig config;
    private final Clock clock;
    private final Map<String, Deque<Long>> users = new HashMap<>();
    private final Map<String, Deque<Long>> channels = new HashMap<>();

    RateLimiter(RateLimitConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Counts the question when allowed; otherwise how long until the member may ask again. */
    synchronized Optional<Duration> acquire(String userId, String channelId) {
        long now = clock.millis();
        long window = config.windowSeconds() * 1000L;
        Deque<Long> user = users.computeIfAbsent(userId, k -> new ArrayDeque<>());
        Deque<Long> channel = channels.computeIfAbsent(channelId, k -> new ArrayDeque<>());
        prune(user, now - window);
        prune(channel, now - window);
        long waitUser = user.size() >= config.perUser() ? user.peekFirst() + window - now : 0;
        long waitChannel = channel.size() >= config.perChannel() ? channel.peekFirst() + window - now : 0;
        long wait = Math.max(waitUser, waitChannel);
        if (wait > 0) {
            return Optional.of(Duration.ofMillis(wait));
        }
        user.addLast(now);
        channel.addLast(now);
        if (users.size() > PRUNE_AT) {
            users.values().removeIf(d -> d.isEmpty() || d.peekLast() < now - window);
            channels.values().removeIf(d -> d.isEmpty() || d.peekLast() < now - window);
        }
        return Optional.empty();
    }

    private static void prune(Deque<Long> times, long before) {
        while (!times.isEmpty() && times.peekFirst() <= before) {
            times.removeFirst();
        }
    }
}
