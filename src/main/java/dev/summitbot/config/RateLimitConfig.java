package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * @param perUser questions one member may ask per window
 * @param perChannel questions one channel may receive per window
 * @param windowSeconds length of the window
 */
public record RateLimitConfig(
        @JsonProperty("perUser") Integer perUser,
        @JsonProperty("perChannel") Integer perChannel,
        @JsonProperty("windowSeconds") Integer windowSeconds) {

    public static final RateLimitConfig DEFAULT = new RateLimitConfig(null, null, null);

    public RateLimitConfig {
        perUser = Objects.requireNonNullElse(perUser, 5);
        perChannel = Objects.requireNonNullElse(perChannel, 20);
        windowSeconds = Objects.requireNonNullElse(windowSeconds, 60);
        if (perUser < 1 || perChannel < 1 || windowSeconds < 1 || windowSeconds > 86_400) {
            throw new IllegalArgumentException("discord.rateLimit needs perUser ≥ 1, perChannel ≥ 1 and windowSeconds 1–86400; was "
                    + perUser + ", " + perChannel + ", " + windowSeconds);
        }
    }
}
