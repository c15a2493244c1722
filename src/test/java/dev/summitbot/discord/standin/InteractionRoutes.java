package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Interaction responses: the initial callback and everything done later through the interaction's
 * webhook (follow-ups, editing, fetching and deleting the original response).
 */
final class InteractionRoutes {
    private static final int MESSAGE = 4;
    private static final int DEFERRED_MESSAGE = 5;
    private static final int UPDATE_MESSAGE = 7;
    private static final int FLAG_LOADING = 128;
    private static final int FLAG_EPHEMERAL = 64;

    private final MessageStore messages;
    private final Map<Long, InjectedInteraction> byId = new HashMap<>();
    private final Map<String, InjectedInteraction> byToken = new HashMap<>();
    private final Map<String, Long> originals = new HashMap<>();
    private final Set<Long> acknowledged = new HashSet<>();

    InteractionRoutes(MessageStore messages) {
        this.messages = messages;
    }

    synchronized void register(InjectedInteraction interaction) {
        byId.put(interaction.id(), interaction);
        byToken.put(interaction.token(), interaction);
    }

    List<RestRoute> routes() {
        String message = "/webhooks/\\d+/([^/]+)/messages/(@original|\\d+)";
        return List.of(
                RestRoute.of("POST", "/interactions/(\\d+)/([^/]+)/callback", this::callback),
                RestRoute.of("POST", "/webhooks/\\d+/([^/]+)", this::followUp),
                RestRoute.of("GET", message, (m, r) -> webhookMessage(m).map(RestAnswer::ok)
                        .orElseGet(RestAnswer::unknownMessage)),
                RestRoute.of("PATCH", message, this::editWebhookMessage),
                RestRoute.of("DELETE", message, (m, r) -> webhookMessageId(m)
                        .filter(messages::delete).map(id -> RestAnswer.noContent())
                        .orElseGet(RestAnswer::unknownMessage)));
    }

    private synchronized RestAnswer callback(Matcher path, RecordedRequest request) {
        InjectedInteraction interaction = byId.get(Long.parseLong(path.group(1)));
        if (interaction == null || !interaction.token().equals(path.group(2))) {
            return RestAnswer.error(404, 10062, "Unknown interaction");
        }
        if (!acknowledged.add(interaction.id())) {
            return RestAnswer.error(400, 40060, "Interaction has already been acknowledged.");
        }
        int type = request.body().path("type").asInt();
        JsonNode data = request.body().path("data");
        ObjectNode resource = Json.object().put("type", type);
        ObjectNode created = null;
        if (type == MESSAGE) {
            created = messages.createFromBot(interaction.channelId(), data, true);
        } else if (type == DEFERRED_MESSAGE) {
            ObjectNode loading = Json.object().put("flags", data.path("flags").asInt(0) | FLAG_LOADING);
            originals.put(interaction.token(), messages.createFromBot(interaction.channelId(), loading, true)
                    .get("id").asLong());
        } else if (type == UPDATE_MESSAGE) {
            created = messages.edit(interaction.messageId(), data).orElse(null);
        }
        if (created != null) {
            originals.put(interaction.token(), created.get("id").asLong());
            resource.set("message", created);
        }
        if (!"true".equals(request.query().get("with_response"))) {
            return RestAnswer.noContent();
        }
        ObjectNode body = Json.object();
        ObjectNode summary = body.putObject("interaction")
                .put("id", Long.toString(interaction.id()))
                .put("type", interaction.type());
        Long original = originals.get(interaction.token());
        if (original != null) {
            int flags = messages.find(original).map(m -> m.path("flags").asInt()).orElse(0);
            summary.put("response_message_id", Long.toString(original))
                    .put("response_message_loading", (flags & FLAG_LOADING) != 0)
                    .put("response_message_ephemeral", (flags & FLAG_EPHEMERAL) != 0);
        }
        body.set("resource", resource);
        return RestAnswer.ok(body);
    }

    private RestAnswer followUp(Matcher path, RecordedRequest request) {
        InjectedInteraction interaction = interaction(path.group(1)).orElse(null);
        if (interaction == null) {
            return RestAnswer.error(404, 10015, "Unknown Webhook");
        }
        ObjectNode message = messages.createFromBot(interaction.channelId(), request.body(), true);
        return "true".equals(request.query().get("wait")) ? RestAnswer.ok(message) : RestAnswer.noContent();
    }

    private RestAnswer editWebhookMessage(Matcher path, RecordedRequest request) {
        Optional<Long> id = webhookMessageId(path);
        if (id.isEmpty()) {
            return RestAnswer.unknownMessage();
        }
        ObjectNode edit = request.body().deepCopy();
        boolean original = "@original".equals(path.group(2));
        if (original) {
            int flags = messages.find(id.get()).map(m -> m.path("flags").asInt()).orElse(0);
            edit.put("flags", edit.path("flags").asInt(flags) & ~FLAG_LOADING);
        }
        return messages.edit(id.get(), edit).map(RestAnswer::ok).orElseGet(RestAnswer::unknownMessage);
    }

    private Optional<ObjectNode> webhookMessage(Matcher path) {
        return webhookMessageId(path).flatMap(messages::find);
    }

    private synchronized Optional<Long> webhookMessageId(Matcher path) {
        if (!byToken.containsKey(path.group(1))) {
            return Optional.empty();
        }
        String which = path.group(2);
        return "@original".equals(which)
                ? Optional.ofNullable(originals.get(path.group(1)))
                : Optional.of(Long.parseLong(which));
    }

    /** The id of the message the interaction's response created or deferred (its {@code @original}), if any yet. */
    synchronized Optional<Long> original(InjectedInteraction interaction) {
        return Optional.ofNullable(originals.get(interaction.token()));
    }

    private synchronized Optional<InjectedInteraction> interaction(String token) {
        return Optional.ofNullable(byToken.get(token));
    }
}
