package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** What a route answers: a status and a JSON body ({@link NullNode} for none, e.g. 204). */
record RestAnswer(int status, JsonNode body) {

    static RestAnswer ok(JsonNode body) {
        return new RestAnswer(200, body);
    }

    static RestAnswer noContent() {
        return new RestAnswer(204, NullNode.getInstance());
    }

    /** A Discord-style error, e.g. 404 with code 10008 "Unknown Message". */
    static RestAnswer error(int status, int code, String message) {
        return new RestAnswer(status, Json.object().put("message", message).put("code", code));
    }

    static RestAnswer unknownMessage() {
        return error(404, 10008, "Unknown Message");
    }
}
