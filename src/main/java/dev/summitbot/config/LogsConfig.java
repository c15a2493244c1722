package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * @param reloadAudit JSON Lines file with one line per reload attempt
 * @param feedback JSON Lines file with one line per 👍/👎 vote
 */
public record LogsConfig(@JsonProperty("reloadAudit") String reloadAudit, @JsonProperty("feedback") String feedback) {

    public static final LogsConfig DEFAULT = new LogsConfig(null, null);

    public LogsConfig {
        reloadAudit = Objects.requireNonNullElse(reloadAudit, "data/reload-audit.jsonl");
        feedback = Objects.requireNonNullElse(feedback, "data/feedback.jsonl");
        if (reloadAudit.isBlank() || feedback.isBlank()) {
            throw new IllegalArgumentException("logs.reloadAudit and logs.feedback must not be empty");
        }
    }
}
