package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every message the stand-in knows: those the bot posted through REST and those tests injected. Messages
 * are Discord message objects; callers get copies.
 */
final class MessageStore {
    private static final int TYPE_REPLY = 19;
    private static final List<String> EDITABLE = List.of("content", "embeds", "components", "flags", "attachments");

    private final Guilds guilds;
    private final GuildModel model;
    private final Snowflakes snowflakes;
    private final Clock clock;
    private final Map<Long, ObjectNode> messages = new HashMap<>();

    MessageStore(Guilds guilds, Snowflakes snowflakes, Clock clock) {
        this.guilds = guilds;
        this.model = guilds.primary();
        this.snowflakes = snowflakes;
        this.clock = clock;
    }

    /** A new, unsaved message by {@code author} in {@code channelId}, with a fresh id. */
    ObjectNode blank(long channelId, StandInUser author) {
        return DiscordJson.message(snowflakes.next(), channelId, guilds.byChannel(channelId).guildId(), author, clock.instant());
    }

    /** Creates and saves the bot's message from a create-message request body (or interaction data). */
    synchronized ObjectNode createFromBot(long channelId, JsonNode request, boolean viaWebhook) {
        ObjectNode message = blank(channelId, model.botUser());
        if (viaWebhook) {
            message.put("webhook_id", Long.toString(model.applicationId()));
            message.put("application_id", Long.toString(model.applicationId()));
        }
        apply(message, request);
        message.put("tts", request.path("tts").asBoolean(false));
        JsonNode reference = request.path("message_reference");
        if (reference.hasNonNull("message_id")) {
            long repliedTo = reference.get("message_id").asLong();
            linkReply(message, channelId, repliedTo);
        }
        messages.put(message.get("id").asLong(), message);
        return message.deepCopy();
    }

    /** Turns {@code message} into a reply to {@code repliedTo} (type 19 with reference and referenced message). */
    synchronized void linkReply(ObjectNode message, long channelId, long repliedTo) {
        message.put("type", TYPE_REPLY);
        message.putObject("message_reference")
                .put("type", 0)
                .put("message_id", Long.toString(repliedTo))
                .put("channel_id", Long.toString(channelId))
                .put("guild_id", Long.toString(guilds.byChannel(channelId).guildId()));
        ObjectNode referenced = messages.get(repliedTo);
        if (referenced != null) {
            ObjectNode copy = referenced.deepCopy();
            copy.remove("referenced_message");
            message.set("referenced_message", copy);
        }
    }

    synchronized void save(ObjectNode message) {
        messages.put(message.get("id").asLong(), message.deepCopy());
    }

    synchronized Optional<ObjectNode> find(long id) {
        return Optional.ofNullable(messages.get(id)).map(ObjectNode::deepCopy);
    }

    /** Applies an edit (content, embeds, components, flags, attachments) and stamps the edit time. */
    synchronized Optional<ObjectNode> edit(long id, JsonNode request) {
        ObjectNode message = messages.get(id);
        if (message == null) {
            return Optional.empty();
        }
        apply(message, request);
        message.put("edited_timestamp", clock.instant().toString());
        return Optional.of(message.deepCopy());
    }

    synchronized boolean delete(long id) {
        return messages.remove(id) != null;
    }

    synchronized boolean setPinned(long id, boolean pinned) {
        ObjectNode message = messages.get(id);
        if (message != null) {
            message.put("pinned", pinned);
        }
        return message != null;
    }

    synchronized List<ObjectNode> pinned(long channelId) {
        List<ObjectNode> pinned = new ArrayList<>();
        for (ObjectNode message : messages.values()) {
            if (message.path("pinned").asBoolean() && message.path("channel_id").asLong() == channelId) {
                pinned.add(message.deepCopy());
            }
        }
        return pinned;
    }

    private void apply(ObjectNode message, JsonNode request) {
        for (String field : EDITABLE) {
            JsonNode value = request.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            switch (field) {
                case "embeds" -> message.set(field, embeds(value));
                case "attachments" -> message.set(field, attachments(value));
                default -> message.set(field, value.deepCopy());
            }
        }
    }

    /** Discord answers with typed embeds; JDA refuses an embed without {@code type}. */
    private static ArrayNode embeds(JsonNode requested) {
        ArrayNode embeds = Json.array();
        for (JsonNode embed : requested) {
            ObjectNode copy = embed.deepCopy();
            if (!copy.hasNonNull("type")) {
                copy.put("type", "rich");
            }
            embeds.add(copy);
        }
        return embeds;
    }

    private ArrayNode attachments(JsonNode requested) {
        ArrayNode attachments = Json.array();
        for (JsonNode attachment : requested) {
            String id = Long.toString(snowflakes.next());
            String name = attachment.path("filename").asText("file");
            String url = "https://cdn.invalid/attachments/" + id + "/" + name;
            attachments.addObject().put("id", id).put("filename", name).put("size", 0)
                    .put("url", url).put("proxy_url", url);
        }
        return attachments;
    }
}
