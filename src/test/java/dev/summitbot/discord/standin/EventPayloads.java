package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Builds the {@code d} of INTERACTION_CREATE and MESSAGE_CREATE dispatches with the fields JDA 6.5 needs. */
final class EventPayloads {
    static final int COMMAND = 2;
    static final int COMPONENT = 3;
    static final int AUTOCOMPLETE = 4;
    static final int SLASH = 1;
    static final int MESSAGE_COMMAND = 3;
    private static final int BUTTON = 2;

    private final Guilds guilds;

    EventPayloads(Guilds guilds) {
        this.guilds = guilds;
    }

    /** The fields every guild interaction has; {@code data} is the type-specific part. */
    ObjectNode interaction(InjectedInteraction ids, StandInMember member, ObjectNode data) {
        GuildModel model = guilds.byChannel(ids.channelId());
        StandInChannel channel = model.channel(ids.channelId());
        String permissions = Long.toString(model.permissionsOf(member));
        ObjectNode json = Json.object()
                .put("id", Long.toString(ids.id()))
                .put("application_id", Long.toString(model.applicationId()))
                .put("type", ids.type())
                .put("token", ids.token())
                .put("version", 1)
                .put("guild_id", Long.toString(model.guildId()))
                .put("channel_id", Long.toString(channel.id()))
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("app_permissions", Long.toString(model.permissionsOf(model.botMember())))
                .put("context", 0)
                .put("attachment_size_limit", 10_485_760);
        json.set("guild", DiscordJson.interactionGuild(model));
        json.set("channel", DiscordJson.textChannel(model.guildId(), channel, model.channels().indexOf(channel))
                .put("permissions", permissions));
        json.set("member", DiscordJson.interactionMember(model, member));
        json.putObject("authorizing_integration_owners").put("0", Long.toString(model.guildId()));
        json.putArray("entitlements");
        json.set("data", data);
        return json;
    }

    static ObjectNode commandData(long commandId, String name, int commandType) {
        return Json.object().put("id", Long.toString(commandId)).put("name", name).put("type", commandType);
    }

    /** Slash command options: String is type 3, Boolean 5, Integer/Long 4, Double 10. */
    static ArrayNode options(Map<String, ?> values, String focused) {
        ArrayNode options = Json.array();
        values.forEach((name, value) -> {
            ObjectNode option = options.addObject().put("name", name);
            if (value instanceof String text) {
                option.put("type", 3).put("value", text);
            } else if (value instanceof Boolean flag) {
                option.put("type", 5).put("value", flag);
            } else if (value instanceof Integer || value instanceof Long) {
                option.put("type", 4).put("value", ((Number) value).longValue());
            } else if (value instanceof Double number) {
                option.put("type", 10).put("value", number);
            } else {
                throw new IllegalArgumentException("unsupported option type for " + name + ": " + value);
            }
            if (name.equals(focused)) {
                option.put("focused", true);
            }
        });
        if (focused != null && !values.containsKey(focused)) {
            throw new IllegalArgumentException("focused option " + focused + " is not among " + values.keySet());
        }
        return options;
    }

    static ObjectNode buttonData(String customId) {
        return Json.object().put("custom_id", customId).put("component_type", BUTTON);
    }

    /** Turns a stored message into a MESSAGE_CREATE from {@code author}, mentioning {@code mentions}. */
    ObjectNode messageCreate(ObjectNode message, StandInMember author, List<StandInMember> mentions) {
        message.set("member", DiscordJson.partialMember(author));
        ArrayNode mentioned = message.putArray("mentions");
        for (StandInMember member : mentions) {
            ObjectNode user = DiscordJson.user(member.user());
            user.set("member", DiscordJson.partialMember(member));
            mentioned.add(user);
        }
        return message;
    }
}
