package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * @param folder the knowledge folder
 * @param watch reload automatically when files in the folder change
 * @param watchDebounceMillis quiet time after the last change before a watched reload starts
 */
public record KnowledgeConfig(
        @JsonProperty("folder") String folder,
        @JsonProperty("watch") Boolean watch,
        @JsonProperty("watchDebounceMillis") Integer watchDebounceMillis) {

    public static final KnowledgeConfig DEFAULT = new KnowledgeConfig(null, null, null);

    public KnowledgeConfig {
        folder = Objects.requireNonNullElse(folder, "knowledge");
        if (folder.isBlank()) {
            throw new IllegalArgumentException("knowledge.folder must not be empty");
        }
        watch = Objects.requireNonNullElse(watch, false);
        watchDebounceMillis = Objects.requireNonNullElse(watchDebounceMillis, 500);
        if (watchDebounceMillis < 50 || watchDebounceMillis > 60_000) {
            throw new IllegalArgumentException("knowledge.watchDebounceMillis must be 50–60000, was " + watchDebounceMillis);
        }
    }
}
