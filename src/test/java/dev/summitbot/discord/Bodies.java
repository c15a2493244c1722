package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.summitbot.discord.standin.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the message bodies JDA sends: embeds, buttons and allowed mentions. */
final class Bodies {

    static final int EPHEMERAL = 64;

    private Bodies() {}

    static JsonNode embed(JsonNode message) {
        assertThat(message.path("embeds").size()).as("embeds in " + message).isEqualTo(1);
        return message.path("embeds").get(0);
    }

    static String description(JsonNode message) {
        return embed(message).path("description").asText();
    }

    static String field(JsonNode message, String name) {
        for (JsonNode field : embed(message).path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field.path("value").asText();
            }
        }
        throw new AssertionError("no embed field " + name + " in " + message);
    }

    static boolean ephemeral(JsonNode message) {
        return (message.path("flags").asInt() & EPHEMERAL) != 0;
    }

    /** Every button of the message's action rows, in order. */
    static List<JsonNode> buttons(JsonNode message) {
        List<JsonNode> buttons = new ArrayList<>();
        for (JsonNode row : message.path("components")) {
            row.path("components").forEach(buttons::add);
        }
        return buttons;
    }

    /** A button's label, or its emoji when it has no label. */
    static String face(JsonNode button) {
        return button.has("label") ? button.path("label").asText() : button.path("emoji").path("name").asText();
    }

    /** The custom id of the button whose id starts with {@code action + ":"}. */
    static String customId(JsonNode message, String action) {
        return buttons(message).stream().map(b -> b.path("custom_id").asText())
                .filter(id -> id.startsWith(action + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " button in " + message));
    }

    /**
     * The message a request carries, if it carries one: a channel message, an interaction response of
     * type 4 (its {@code data}), a follow-up or an edit through the interaction webhook.
     */
    static Optional<JsonNode> message(RecordedRequest request) {
        if (request.is("POST", "/channels/\\d+/messages") || request.is("PATCH", "/channels/\\d+/messages/\\d+")
                || request.is("POST", "/webhooks/\\d+/[^/]+") || request.is("PATCH", "/webhooks/\\d+/[^/]+/messages/.+")) {
            return Optional.of(request.body());
        }
        if (request.is("POST", "/interactions/\\d+/[^/]+/callback") && request.body().path("type").asInt() == 4) {
            return Optional.of(request.body().path("data"));
        }
        return Optional.empty();
    }

    /** No mention may ping: nothing to parse, no users or roles listed, no ping of a replied-to author. */
    static void assertNoPings(JsonNode message) {
        JsonNode allowed = message.path("allowed_mentions");
        assertThat(allowed.isObject()).as("allowed_mentions present in " + message).isTrue();
        assertThat(allowed.path("parse").isArray()).as("allowed_mentions.parse is a list").isTrue();
        assertThat(allowed.path("parse")).as("allowed_mentions.parse").isEmpty();
        assertThat(allowed.path("users")).as("allowed_mentions.users").isEmpty();
        assertThat(allowed.path("roles")).as("allowed_mentions.roles").isEmpty();
        assertThat(allowed.path("replied_user").asBoolean(false)).as("allowed_mentions.replied_user").isFalse();
    }
}
