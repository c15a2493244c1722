package dev.summitbot.cluster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one process last wrote about itself into the state folder ({@code process-<id>.json}).
 *
 * @param process the process's id in the cluster
 * @param pid its operating-system process id
 * @param shards the Discord shards it runs ("0-1 of 4", "all", "console")
 * @param knowledge the label of the knowledge version answering there
 * @param healthy what its {@code /healthz} would say: gateway connected and knowledge loaded
 * @param gateway the gateway's status as JDA names it ({@code CONNECTED}, …), or {@code STARTING} / {@code NONE}
 * @param lastReload its last reload ("2026-11-26T12:00:00Z by console (ok)"), or "none"
 * @param generation the last reload request it has acted on
 * @param updatedAt when it wrote this (ISO-8601)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcessStatus(String process, long pid, String shards, String knowledge, boolean healthy, String gateway,
        String lastReload, long generation, String updatedAt) {

    public ProcessStatus {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Instant.parse(updatedAt);
    }

    /** The content hash of its knowledge version: the same files give the same hash in every process. */
    public String knowledgeHash() {
        int at = knowledge.indexOf('@');
        return at < 0 ? knowledge : knowledge.substring(0, at);
    }

    public Instant updated() {
        return Instant.parse(updatedAt);
    }

    /** Not rewritten for longer than {@code staleAfter}: the process is gone, hung or cut off from the folder. */
    public boolean staleAt(Instant now, Duration staleAfter) {
        return Duration.between(updated(), now).compareTo(staleAfter) > 0;
    }
}
