package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Everything SummitBot reads from {@code config/summitbot.yaml}; every field has a default, so
 * an empty file (or none) is a working configuration. Relative paths resolve against the
 * project's home folder.
 */
public record BotConfig(
        @JsonProperty("knowledge") KnowledgeConfig knowledge,
        @JsonProperty("logs") LogsConfig logs,
        @JsonProperty("discord") DiscordConfig discord,
        @JsonProperty("health") HealthConfig health,
        @JsonProperty("cluster") ClusterConfig cluster) {

    public static final BotConfig DEFAULT = new BotConfig(null, null, null, null, null);

    public BotConfig {
        knowledge = Objects.requireNonNullElse(knowledge, KnowledgeConfig.DEFAULT);
        logs = Objects.requireNonNullElse(logs, LogsConfig.DEFAULT);
        discord = Objects.requireNonNullElse(discord, DiscordConfig.DEFAULT);
        health = Objects.requireNonNullElse(health, HealthConfig.DEFAULT);
        cluster = Objects.requireNonNullElse(cluster, ClusterConfig.NONE);
    }

    /** The same configuration with another cluster section (the environment's overrides). */
    public BotConfig withCluster(ClusterConfig cluster) {
        return new BotConfig(knowledge, logs, discord, health, cluster);
    }
}
