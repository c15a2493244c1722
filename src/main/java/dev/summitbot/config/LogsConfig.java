package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * @param reloadAudit JSON Lines file with one line per reload attempt
 * @param feedback JSON Lines file with one line per 👍/👎 vote
 * @param pinnedSummaries JSON file of the summaries the bot pinned and keeps up to date, so that a restart keeps them
 * @param gaps JSON Lines file with one line per question declined or answered partially (no user ids)
 * @param gapsRetentionDays how many days a line of {@link #gaps} is kept ({@value #MAX_RETENTION_DAYS} at most)
 */
public record LogsConfig(@JsonProperty("reloadAudit") String reloadAudit, @JsonProperty("feedback") String feedback,
        @JsonProperty("pinnedSummaries") String pinnedSummaries, @JsonProperty("gaps") String gaps,
        @JsonProperty("gapsRetentionDays") Integer gapsRetentionDays) {

    public static final LogsConfig DEFAULT = new LogsConfig(null, null, null, null, null);
    public static final int DEFAULT_RETENTION_DAYS = 90;
    /** Ten years: a longer retention is a typo, not a policy. */
    public static final int MAX_RETENTION_DAYS = 3650;

    public LogsConfig {
        reloadAudit = Objects.requireNonNullElse(reloadAudit, "data/reload-audit.jsonl");
        feedback = Objects.requireNonNullElse(feedback, "data/feedback.jsonl");
        pinnedSummaries = Objects.requireNonNullElse(pinnedSummaries, "data/pinned-summaries.json");
        gaps = Objects.requireNonNullElse(gaps, "data/gaps.jsonl");
        gapsRetentionDays = Objects.requireNonNullElse(gapsRetentionDays, DEFAULT_RETENTION_DAYS);
        if (reloadAudit.isBlank() || feedback.isBlank() || pinnedSummaries.isBlank() || gaps.isBlank()) {
            throw new IllegalArgumentException("logs.reloadAudit, logs.feedback, logs.pinnedSummaries and logs.gaps must not be empty");
        }
        if (gapsRetentionDays < 1 || gapsRetentionDays > MAX_RETENTION_DAYS) {
            throw new IllegalArgumentException("logs.gapsRetentionDays must be a whole number of days from 1 to "
                    + MAX_RETENTION_DAYS + ", not " + gapsRetentionDays);
        }
    }
}
