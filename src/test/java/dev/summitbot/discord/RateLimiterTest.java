package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.MutableClock;
import dev.summitbot.config.RateLimitConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RateLimiter limits questions per member and per channel in a sliding window")
final class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));

    @Test
    @DisplayName("a member over the limit waits until the oldest question leaves the window")
    void perUser() {
        // GIVEN
        RateLimiter limiter = new RateLimiter(new RateLimitConfig(2, 100, 60), clock);
        assertThat(limiter.acquire("alice", "general")).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.acquire("alice", "general")).isEmpty();

        // WHEN
        clock.advance(Duration.ofSeconds(5));

        // THEN
        assertThat(limiter.acquire("alice", "general")).contains(Duration.ofSeconds(45));
        assertThat(limiter.acquire("bob", "general")).as("other members are not limited").isEmpty();
        clock.advance(Duration.ofSeconds(45));
        assertThat(limiter.acquire("alice", "general")).as("the first question left the window").isEmpty();
        assertThat(limiter.acquire("alice", "general")).contains(Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("refused questions do not count, so asking again does not push the wait further")
    void refusalsDoNotCount() {
        // GIVEN
        RateLimiter limiter = new RateLimiter(new RateLimitConfig(1, 100, 60), clock);
        limiter.acquire("alice", "general");

        // WHEN
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            limiter.acquire("alice", "general");
        }
        clock.advance(Duration.ofSeconds(10));

        // THEN
        assertThat(limiter.acquire("alice", "general")).isEmpty();
    }

    @Test
    @DisplayName("a busy channel is limited for everyone in it, and only that channel")
    void perChannel() {
        // GIVEN
        RateLimiter limiter = new RateLimiter(new RateLimitConfig(10, 3, 30), clock);
        limiter.acquire("alice", "general");
        limiter.acquire("bob", "general");
        limiter.acquire("carol", "general");

        // WHEN / THEN
        assertThat(limiter.acquire("dave", "general")).contains(Duration.ofSeconds(30));
        assertThat(limiter.acquire("dave", "help")).isEmpty();
    }

    @Test
    @DisplayName("the wait is the longer of the member's and the channel's")
    void longerWait() {
        // GIVEN
        RateLimiter limiter = new RateLimiter(new RateLimitConfig(1, 2, 60), clock);
        limiter.acquire("alice", "general");
        clock.advance(Duration.ofSeconds(20));
        limiter.acquire("bob", "general");

        // WHEN
        clock.advance(Duration.ofSeconds(20));

        // THEN: alice's own wait is 20 s, the channel's too (its oldest is alice's); bob's is 40 s
        assertThat(limiter.acquire("alice", "general")).contains(Duration.ofSeconds(20));
        assertThat(limiter.acquire("bob", "help")).contains(Duration.ofSeconds(40));
    }
}
