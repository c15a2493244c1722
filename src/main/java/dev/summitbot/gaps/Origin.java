package dev.summitbot.gaps;

import java.util.Objects;

/**
 * Where a question was asked: a Discord channel (by guild and channel id) or the console. Never who
 * asked: the gaps log holds no user id or name.
 *
 * @param kind {@code discord} or {@code console}
 * @param guildId the Discord server's id; null for the console and for direct messages
 * @param channelId the Discord channel's id; null for the console
 */
public record Origin(String kind, String guildId, String channelId) {

    public static final String DISCORD = "discord";
    public static final Origin CONSOLE = new Origin("console", null, null);

    public Origin {
        Objects.requireNonNull(kind, "kind");
    }

    public static Origin discord(String guildId, String channelId) {
        return new Origin(DISCORD, guildId, channelId);
    }

    /** One name per place a question can come from, for counting distinct channels. */
    String place() {
        return kind + ":" + Objects.toString(guildId, "") + ":" + Objects.toString(channelId, "");
    }
}
