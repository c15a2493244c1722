package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The optional HTTP endpoint with {@code /healthz} and {@code /metrics}; off unless enabled.
 *
 * @param enabled serve the endpoint while the Discord bot runs
 * @param host the address to listen on; {@code 127.0.0.1} keeps it on the machine (a container needs {@code 0.0.0.0})
 * @param port the port, 1–65535 (0 picks a free one, which the log names)
 */
public record HealthConfig(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("host") String host,
        @JsonProperty("port") Integer port) {

    public static final HealthConfig DEFAULT = new HealthConfig(null, null, null);

    public HealthConfig {
        enabled = Objects.requireNonNullElse(enabled, false);
        host = Objects.requireNonNullElse(host, "127.0.0.1");
        if (host.isBlank() || !host.strip().equals(host)) {
            throw new IllegalArgumentException("health.host must be an address such as 127.0.0.1 or 0.0.0.0, was `" + host + "`");
        }
        port = Objects.requireNonNullElse(port, 8081);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("health.port must be 0–65535 (0 picks a free port), was " + port);
        }
    }
}
