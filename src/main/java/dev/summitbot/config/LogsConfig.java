package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * @param reloadAudit JSON Lines file with one line per reload attempt
 * @param feedback JSON Lines file with one line per 👍/👎 vote
 * @param pinnedSummaries JSON file of the summaries the bot pinned and keeps up to date, so that a restart keeps them
 */
public record LogsConfig(@JsonProperty("reloadAudit") String reloadAudit, @JsonProperty("feedback") String feedback,
        @JsonProperty("pinnedSummaries") String pinnedSummaries) {

    public static final LogsConfig DEFAULT = new LogsConfig(null, null, null);

    public LogsConfig {
        reloadAudit = Objects.requireNonNullElse(reloadAudit, "data/reload-audit.jsonl");
        feedback = Objects.requireNonNullElse(feedback, "data/feedback.jsonl");
        pinnedSummaries = Objects.requireNonNullElse(pinnedSummaries, "data/pinned-summaries.json");
        if (reloadAudit.isBlank() || feedback.isBlank() || pinnedSummaries.isBlank()) {
            throw new IllegalArgumentException("logs.reloadAudit, logs.feedback and logs.pinnedSummaries must not be empty");
        }
    }
}
