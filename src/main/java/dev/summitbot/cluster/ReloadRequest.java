package dev.summitbot.cluster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Objects;

/**
 * The last reload asked for anywhere in the cluster ({@code reload-request.json}): every process that has
 * acted on a lower generation reloads once when it sees it.
 *
 * @param generation one more than the generation before it
 * @param process the process where it was asked for
 * @param actor who asked there (a Discord user id, "console", "signal", "watcher")
 * @param at when (ISO-8601)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReloadRequest(long generation, String process, String actor, String at) {

    public ReloadRequest {
        if (generation < 1) {
            throw new IllegalArgumentException("generation must be 1 or more, was " + generation);
        }
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(actor, "actor");
        Instant.parse(Objects.requireNonNull(at, "at"));
    }
}
