package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The session payloads of the gateway: HELLO, READY and GUILD_CREATE for a {@link GuildModel}. */
final class GatewayPayloads {
    static final int DISPATCH = 0;
    static final int HEARTBEAT = 1;
    static final int IDENTIFY = 2;
    static final int RESUME = 6;
    static final int RECONNECT = 7;
    static final int INVALID_SESSION = 9;
    static final int HELLO = 10;
    static final int HEARTBEAT_ACK = 11;

    private GatewayPayloads() {}

    static ObjectNode op(int op) {
        return Json.object().put("op", op).putNull("d").putNull("s").putNull("t");
    }

    static ObjectNode hello(int heartbeatIntervalMillis) {
        ObjectNode json = op(HELLO);
        json.putObject("d").put("heartbeat_interval", heartbeatIntervalMillis);
        return json;
    }

    static ObjectNode invalidSession(boolean resumable) {
        return op(INVALID_SESSION).put("d", resumable);
    }

    static ObjectNode dispatch(String type, int seq, ObjectNode data) {
        ObjectNode json = Json.object().put("op", DISPATCH).put("s", seq).put("t", type);
        json.set("d", data);
        return json;
    }

    static ObjectNode ready(GuildModel model, String sessionId, String resumeGatewayUrl) {
        return ready(model, sessionId, resumeGatewayUrl, true);
    }

    /** READY, listing the guild only for the shard that holds it. */
    static ObjectNode ready(GuildModel model, String sessionId, String resumeGatewayUrl, boolean withGuild) {
        ObjectNode d = Json.object()
                .put("v", 10)
                .put("session_id", sessionId)
                .put("session_type", "normal")
                .put("resume_gateway_url", resumeGatewayUrl);
        d.set("user", DiscordJson.selfUser(model.botUser()));
        ArrayNode guilds = d.putArray("guilds");
        if (withGuild) {
            guilds.addObject().put("id", Long.toString(model.guildId())).put("unavailable", true);
        }
        d.putArray("private_channels");
        d.putArray("relationships");
        d.putArray("presences");
        d.putObject("application").put("id", Long.toString(model.applicationId())).put("flags", 0);
        d.putArray("_trace").add("discord-stand-in");
        return d;
    }

    static ObjectNode guildCreate(GuildModel model) {
        ObjectNode d = Json.object()
                .put("id", Long.toString(model.guildId()))
                .put("name", model.guildName())
                .put("owner_id", Long.toString(model.ownerId()))
                .put("afk_timeout", 300)
                .put("member_count", model.members().size())
                .put("large", false)
                .put("unavailable", false)
                .put("joined_at", DiscordJson.JOINED_AT.toString())
                .put("preferred_locale", "en-US")
                .put("verification_level", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("explicit_content_filter", 0)
                .put("default_message_notifications", 0)
                .put("system_channel_flags", 0);
        d.putArray("features");
        roles(model, d.putArray("roles"));
        List<StandInChannel> channels = model.channels();
        ArrayNode channelArray = d.putArray("channels");
        for (int i = 0; i < channels.size(); i++) {
            channelArray.add(DiscordJson.textChannel(model.guildId(), channels.get(i), i));
        }
        ArrayNode members = d.putArray("members");
        model.members().forEach(m -> members.add(DiscordJson.member(m)));
        for (String empty : List.of("threads", "presences", "emojis", "stickers", "voice_states",
                "guild_scheduled_events", "soundboard_sounds", "stage_instances")) {
            d.putArray(empty);
        }
        return d;
    }

    private static void roles(GuildModel model, ArrayNode target) {
        StandInRole everyone = new StandInRole(model.guildId(), "@everyone", model.everyonePermissions());
        target.add(DiscordJson.role(everyone, 0, null));
        List<Long> botRoles = model.botMember().roleIds();
        List<StandInRole> roles = model.roles();
        for (int i = 0; i < roles.size(); i++) {
            StandInRole role = roles.get(i);
            Long botId = botRoles.contains(role.id()) ? model.botUser().id() : null;
            target.add(DiscordJson.role(role, i + 1, botId));
        }
    }
}
