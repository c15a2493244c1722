package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Discord's JSON shapes for the entities of a {@link GuildModel}, with the fields JDA 6.5 reads. */
final class DiscordJson {
    /** Fixed join date of every member: the stand-in's world has no history. */
    static final Instant JOINED_AT = Instant.parse("2024-01-01T00:00:00Z");

    private DiscordJson() {}

    static ObjectNode user(StandInUser user) {
        return Json.object()
                .put("id", Long.toString(user.id()))
                .put("username", user.username())
                .put("global_name", user.username())
                .put("discriminator", "0")
                .putNull("avatar")
                .put("bot", user.bot())
                .put("public_flags", 0);
    }

    /** The user of {@code GET /users/@me}. */
    static ObjectNode selfUser(StandInUser bot) {
        return user(bot).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    /** A member without its user, as messages carry it beside {@code author}. */
    static ObjectNode partialMember(StandInMember member) {
        ObjectNode json = Json.object();
        ArrayNode roles = json.putArray("roles");
        member.roleIds().forEach(id -> roles.add(Long.toString(id)));
        return json.put("joined_at", JOINED_AT.toString())
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .putNull("nick")
                .putNull("premium_since")
                .putNull("communication_disabled_until");
    }

    static ObjectNode member(StandInMember member) {
        ObjectNode json = partialMember(member);
        json.set("user", user(member.user()));
        return json;
    }

    /** A member as interactions carry it: with its computed guild permissions. */
    static ObjectNode interactionMember(GuildModel model, StandInMember member) {
        return member(member).put("permissions", Long.toString(model.permissionsOf(member)));
    }

    static ObjectNode role(StandInRole role, int position, Long botId) {
        ObjectNode json = Json.object()
                .put("id", Long.toString(role.id()))
                .put("name", role.name())
                .put("position", position)
                .put("permissions", Long.toString(role.permissions()))
                .put("color", 0)
                .put("hoist", false)
                .put("managed", botId != null)
                .put("mentionable", false)
                .put("flags", 0)
                .putNull("icon")
                .putNull("unicode_emoji");
        json.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        if (botId != null) {
            json.putObject("tags").put("bot_id", Long.toString(botId));
        }
        return json;
    }

    static ObjectNode textChannel(long guildId, StandInChannel channel, int position) {
        ObjectNode json = Json.object()
                .put("id", Long.toString(channel.id()))
                .put("type", 0)
                .put("guild_id", Long.toString(guildId))
                .put("name", channel.name())
                .put("position", position)
                .putNull("parent_id")
                .putNull("topic")
                .put("nsfw", false)
                .putNull("last_message_id")
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        json.putArray("permission_overwrites");
        return json;
    }

    /** The {@code guild} object of an interaction. */
    static ObjectNode interactionGuild(GuildModel model) {
        ObjectNode json = Json.object().put("id", Long.toString(model.guildId())).put("locale", "en-US");
        json.putArray("features");
        return json;
    }

    /** A message with every list empty; callers fill content, embeds, components and so on. */
    static ObjectNode message(long id, long channelId, long guildId, StandInUser author, Instant timestamp) {
        ObjectNode json = Json.object()
                .put("id", Long.toString(id))
                .put("type", 0)
                .put("channel_id", Long.toString(channelId))
                .put("guild_id", Long.toString(guildId))
                .put("content", "")
                .put("timestamp", timestamp.toString())
                .putNull("edited_timestamp")
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("flags", 0);
        json.set("author", user(author));
        json.putArray("mentions");
        json.putArray("mention_roles");
        json.putArray("attachments");
        json.putArray("embeds");
        json.putArray("components");
        return json;
    }
}
