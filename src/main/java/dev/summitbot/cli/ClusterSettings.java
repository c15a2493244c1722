package dev.summitbot.cli;

import dev.summitbot.config.ClusterConfig;
import dev.summitbot.config.DiscordConfig;
import java.util.Map;
import java.util.Optional;

/** The cluster section with the environment's overrides, and how a process describes its shards to the others. */
final class ClusterSettings {

    static final String STATE_DIR = "SUMMITBOT_CLUSTER_STATE_DIR";
    static final String PROCESS_ID = "SUMMITBOT_CLUSTER_PROCESS_ID";

    private ClusterSettings() {}

    /**
     * {@value #STATE_DIR} and {@value #PROCESS_ID} over {@code cluster.stateDir} and {@code cluster.processId}.
     *
     * @throws IllegalArgumentException when the resulting process id is not a valid name
     */
    static ClusterConfig effective(ClusterConfig file, Map<String, String> environment) {
        return file.with(env(environment, STATE_DIR), env(environment, PROCESS_ID));
    }

    /** "0-1 of 4", "all 4", "all (auto)", or "all" for an unsharded bot. */
    static String shards(DiscordConfig config) {
        if (!config.shards().sharded()) {
            return "all";
        }
        String total = config.shards().total();
        return config.shards().range().map(r -> (r[0] == r[1] ? r[0] + "" : r[0] + "-" + r[1]) + " of " + total)
                .orElse(total.equals("auto") ? "all (auto)" : "all " + total);
    }

    private static Optional<String> env(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }
}
