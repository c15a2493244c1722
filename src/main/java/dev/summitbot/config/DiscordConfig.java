package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * @param tokenFile a file holding the bot token (keep it outside the repository); the
 *     {@code DISCORD_TOKEN} environment variable wins over it
 * @param guildIds guilds to register slash commands in instantly; empty registers them globally
 * @param qaChannelIds channels where every human message is a question (needs the MESSAGE_CONTENT intent)
 * @param moderatorRoleIds roles that may pin summaries, besides members with Manage Messages
 * @param adminRoleIds roles that may reload knowledge, besides Administrator and Manage Server
 * @param restBaseUrl Discord REST API base, for a proxy or a test stand-in (ends with {@code /api/v10/})
 * @param gatewayUrl Discord gateway address, for a proxy or a test stand-in
 * @param shards how many shards the bot has and which this process runs; none by default
 */
public record DiscordConfig(
        @JsonProperty("tokenFile") String tokenFile,
        @JsonProperty("guildIds") List<String> guildIds,
        @JsonProperty("qaChannelIds") List<String> qaChannelIds,
        @JsonProperty("moderatorRoleIds") List<String> moderatorRoleIds,
        @JsonProperty("adminRoleIds") List<String> adminRoleIds,
        @JsonProperty("restBaseUrl") String restBaseUrl,
        @JsonProperty("gatewayUrl") String gatewayUrl,
        @JsonProperty("rateLimit") RateLimitConfig rateLimit,
        @JsonProperty("shards") ShardsConfig shards) {

    public static final DiscordConfig DEFAULT = new DiscordConfig(null, null, null, null, null, null, null, null, null);
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

    public DiscordConfig {
        guildIds = ids("discord.guildIds", guildIds);
        qaChannelIds = ids("discord.qaChannelIds", qaChannelIds);
        moderatorRoleIds = ids("discord.moderatorRoleIds", moderatorRoleIds);
        adminRoleIds = ids("discord.adminRoleIds", adminRoleIds);
        restBaseUrl = url("discord.restBaseUrl", restBaseUrl, "http", "https");
        gatewayUrl = url("discord.gatewayUrl", gatewayUrl, "ws", "wss");
        rateLimit = Objects.requireNonNullElse(rateLimit, RateLimitConfig.DEFAULT);
        shards = Objects.requireNonNullElse(shards, ShardsConfig.NONE);
    }

    public Optional<String> tokenFileOption() {
        return Optional.ofNullable(tokenFile).filter(s -> !s.isBlank());
    }

    /** The same configuration with the proxy addresses replaced where the arguments are present. */
    public DiscordConfig withEndpoints(Optional<String> rest, Optional<String> gateway) {
        return new DiscordConfig(tokenFile, guildIds, qaChannelIds, moderatorRoleIds, adminRoleIds,
                rest.orElse(restBaseUrl), gateway.orElse(gatewayUrl), rateLimit, shards);
    }

    /** The same configuration with other shard settings. */
    public DiscordConfig withShards(ShardsConfig shards) {
        return new DiscordConfig(tokenFile, guildIds, qaChannelIds, moderatorRoleIds, adminRoleIds, restBaseUrl, gatewayUrl,
                rateLimit, shards);
    }

    private static List<String> ids(String field, List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        for (String id : ids) {
            if (id == null || !SNOWFLAKE.matcher(id).matches()) {
                throw new IllegalArgumentException(field + " must hold Discord ids (digits, in quotes), found `" + id + "`");
            }
        }
        return List.copyOf(ids);
    }

    private static String url(String field, String value, String... schemes) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (List.of(schemes).contains(uri.getScheme()) && uri.getHost() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(field + " must be a " + String.join(":// or ", schemes) + ":// address, was `" + value + "`");
    }
}
