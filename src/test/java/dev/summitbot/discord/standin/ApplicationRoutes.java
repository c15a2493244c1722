package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** The bot's own user, the gateway address, and the application's registered commands. */
final class ApplicationRoutes {
    private static final String GLOBAL = "global";

    private final Guilds guilds;
    private final GuildModel model;
    private final Snowflakes snowflakes;
    private final Supplier<String> gatewayUrl;
    /** Registered commands by scope ("global" or a guild id), as last PUT, with ids. */
    private final Map<String, ArrayNode> commands = new HashMap<>();

    ApplicationRoutes(Guilds guilds, Snowflakes snowflakes, Supplier<String> gatewayUrl) {
        this.guilds = guilds;
        this.model = guilds.primary();
        this.snowflakes = snowflakes;
        this.gatewayUrl = gatewayUrl;
    }

    List<RestRoute> routes() {
        return List.of(
                RestRoute.of("GET", "/users/@me", (m, r) -> RestAnswer.ok(DiscordJson.selfUser(model.botUser()))),
                RestRoute.of("GET", "/gateway", (m, r) -> RestAnswer.ok(Json.object().put("url", gatewayUrl.get()))),
                RestRoute.of("GET", "/gateway/bot", (m, r) -> gatewayBot()),
                RestRoute.of("PUT", "/applications/\\d+/commands", (m, r) -> replace(GLOBAL, r.body())),
                RestRoute.of("PUT", "/applications/\\d+/guilds/(\\d+)/commands", (m, r) -> replace(m.group(1), r.body())),
                RestRoute.of("GET", "/applications/\\d+/commands", (m, r) -> list(GLOBAL)),
                RestRoute.of("GET", "/applications/\\d+/guilds/(\\d+)/commands", (m, r) -> list(m.group(1))));
    }

    /** The id of the registered command {@code name} (guild commands first), if any. */
    synchronized OptionalLong commandId(String name) {
        List<String> scopes = new ArrayList<>();
        guilds.all().forEach(g -> scopes.add(Long.toString(g.guildId())));
        scopes.add(GLOBAL);
        for (String scope : scopes) {
            for (JsonNode command : commands.getOrDefault(scope, Json.array())) {
                if (command.path("name").asText().equals(name)) {
                    return OptionalLong.of(command.path("id").asLong());
                }
            }
        }
        return OptionalLong.empty();
    }

    /** One shard recommended; a max_concurrency of 16 lets JDA identify several shards at once instead of 5 s apart. */
    private RestAnswer gatewayBot() {
        ObjectNode body = Json.object().put("url", gatewayUrl.get()).put("shards", 1);
        body.putObject("session_start_limit")
                .put("total", 1000).put("remaining", 1000).put("reset_after", 0).put("max_concurrency", 16);
        return RestAnswer.ok(body);
    }

    private synchronized RestAnswer replace(String scope, JsonNode requested) {
        if (!requested.isArray()) {
            return RestAnswer.error(400, 50035, "Invalid Form Body: expected an array of commands");
        }
        ArrayNode registered = Json.array();
        for (JsonNode command : requested) {
            ObjectNode copy = command.deepCopy();
            String id = Long.toString(snowflakes.next());
            copy.put("id", id).put("version", id).put("application_id", Long.toString(model.applicationId()));
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            if (!GLOBAL.equals(scope)) {
                copy.put("guild_id", scope);
            }
            registered.add(copy);
        }
        commands.put(scope, registered);
        return RestAnswer.ok(registered.deepCopy());
    }

    private synchronized RestAnswer list(String scope) {
        return RestAnswer.ok(commands.getOrDefault(scope, Json.array()).deepCopy());
    }
}
