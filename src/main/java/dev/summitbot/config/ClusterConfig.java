package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Several bot processes sharing one knowledge version: off unless {@code stateDir} is set.
 *
 * @param stateDir a folder every process can read and write (a shared volume): each process's status,
 *     and the last reload request; absent (the default) for one process on its own
 * @param processId this process's name in that folder; absent for the host name and process id
 * @param heartbeatMillis how often a process looks for reload requests and rewrites its status (100–60000);
 *     a status not rewritten for three periods shows as stale
 */
public record ClusterConfig(
        @JsonProperty("stateDir") String stateDir,
        @JsonProperty("processId") String processId,
        @JsonProperty("heartbeatMillis") Integer heartbeatMillis) {

    public static final ClusterConfig NONE = new ClusterConfig(null, null, null);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ClusterConfig {
        stateDir = stateDir == null || stateDir.isBlank() ? null : stateDir.strip();
        processId = processId == null || processId.isBlank() ? null : processId.strip();
        if (processId != null && !ID.matcher(processId).matches()) {
            throw new IllegalArgumentException("cluster.processId must be 1–64 letters, digits, `.`, `_` or `-`, "
                    + "starting with a letter or digit, was `" + processId + "`");
        }
        heartbeatMillis = Objects.requireNonNullElse(heartbeatMillis, 2000);
        if (heartbeatMillis < 100 || heartbeatMillis > 60_000) {
            throw new IllegalArgumentException("cluster.heartbeatMillis must be 100–60000, was " + heartbeatMillis);
        }
    }

    /** Whether this process shares its knowledge version with others. */
    public boolean enabled() {
        return stateDir != null;
    }

    public Optional<String> processIdOption() {
        return Optional.ofNullable(processId);
    }

    /** The same with either value replaced where present (environment variables over the file). */
    public ClusterConfig with(Optional<String> stateDir, Optional<String> processId) {
        return new ClusterConfig(stateDir.orElse(this.stateDir), processId.orElse(this.processId), heartbeatMillis);
    }
}
