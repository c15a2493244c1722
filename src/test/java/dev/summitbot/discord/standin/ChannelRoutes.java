package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;

/** Channel messages: create, fetch, edit, delete, pin and unpin, react, typing. */
final class ChannelRoutes {
    private static final String CHANNEL = "/channels/(\\d+)";
    private static final String MESSAGE = CHANNEL + "/messages/(\\d+)";

    private final MessageStore messages;
    private final Clock clock;

    ChannelRoutes(MessageStore messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    List<RestRoute> routes() {
        return List.of(
                RestRoute.of("POST", CHANNEL + "/messages", (m, r) ->
                        RestAnswer.ok(messages.createFromBot(channel(m), r.body(), false))),
                RestRoute.of("GET", CHANNEL + "/messages/pins", (m, r) -> pins(channel(m))),
                RestRoute.of("GET", CHANNEL + "/pins", (m, r) -> legacyPins(channel(m))),
                RestRoute.of("PUT", CHANNEL + "/(?:messages/)?pins/(\\d+)", (m, r) -> pin(m, true)),
                RestRoute.of("DELETE", CHANNEL + "/(?:messages/)?pins/(\\d+)", (m, r) -> pin(m, false)),
                RestRoute.of("GET", MESSAGE, (m, r) -> messages.find(message(m))
                        .filter(found -> inChannel(found, m)).map(RestAnswer::ok)
                        .orElseGet(RestAnswer::unknownMessage)),
                RestRoute.of("PATCH", MESSAGE, (m, r) -> messages.edit(message(m), r.body()).map(RestAnswer::ok)
                        .orElseGet(RestAnswer::unknownMessage)),
                RestRoute.of("DELETE", MESSAGE, (m, r) -> messages.delete(message(m))
                        ? RestAnswer.noContent() : RestAnswer.unknownMessage()),
                RestRoute.of("PUT|DELETE", MESSAGE + "/reactions/[^/]+/@me", (m, r) -> RestAnswer.noContent()),
                RestRoute.of("POST", CHANNEL + "/typing", (m, r) -> RestAnswer.noContent()));
    }

    private RestAnswer pin(Matcher path, boolean pinned) {
        return messages.setPinned(message(path), pinned) ? RestAnswer.noContent() : RestAnswer.unknownMessage();
    }

    /** JDA 6.5's pin list: {@code {items: [{pinned_at, message}], has_more}}. */
    private RestAnswer pins(long channelId) {
        ObjectNode body = Json.object().put("has_more", false);
        ArrayNode items = body.putArray("items");
        String now = clock.instant().toString();
        messages.pinned(channelId).forEach(message -> items.addObject().put("pinned_at", now).set("message", message));
        return RestAnswer.ok(body);
    }

    private RestAnswer legacyPins(long channelId) {
        ArrayNode list = Json.array();
        messages.pinned(channelId).forEach(list::add);
        return RestAnswer.ok(list);
    }

    private static boolean inChannel(ObjectNode message, Matcher path) {
        return message.path("channel_id").asLong() == channel(path);
    }

    private static long channel(Matcher path) {
        return Long.parseLong(path.group(1));
    }

    private static long message(Matcher path) {
        return Long.parseLong(path.group(2));
    }
}
