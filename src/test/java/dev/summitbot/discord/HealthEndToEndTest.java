package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.description;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.Poll;
import dev.summitbot.discord.standin.DiscordStandIn;
import dev.summitbot.discord.standin.GatewayOp;
import dev.summitbot.discord.standin.InjectedInteraction;
import dev.summitbot.health.HttpGet;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The health endpoint of a bot connected through the real JDA client to the Discord stand-in")
final class HealthEndToEndTest {

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("/healthz is 200 while the gateway is connected with knowledge loaded, and 503 once the bot has shut down")
    void healthz() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(BotHarness.Builder::health);

        // WHEN
        HttpResponse<String> connected = HttpGet.get(discord.healthUri().resolve("/healthz"));
        discord.bot().close();
        HttpResponse<String> shutDown = HttpGet.get(discord.healthUri().resolve("/healthz"));

        // THEN
        assertThat(connected.statusCode()).isEqualTo(200);
        JsonNode up = new ObjectMapper().readTree(connected.body());
        assertThat(up.path("status").asText()).isEqualTo("ok");
        assertThat(up.path("gateway").asText()).isEqualTo("CONNECTED");
        assertThat(up.path("knowledge").asText()).isEqualTo(discord.version());
        assertThat(shutDown.statusCode()).isEqualTo(503);
        JsonNode down = new ObjectMapper().readTree(shutDown.body());
        assertThat(down.path("status").asText()).isEqualTo("unavailable");
        assertThat(down.path("gateway").asText()).isEqualTo("SHUTDOWN");
    }

    @Test
    @DisplayName("/healthz is 503 with no knowledge once the knowledge service is closed, though the gateway is connected")
    void noKnowledge() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(BotHarness.Builder::health);

        // WHEN
        discord.knowledge.close();
        HttpResponse<String> response = HttpGet.get(discord.healthUri().resolve("/healthz"));

        // THEN
        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.path("gateway").asText()).isEqualTo("CONNECTED");
        assertThat(body.path("knowledge").isNull()).isTrue();
    }

    @Test
    @DisplayName("/metrics counts questions by outcome with their latency, reloads by result and gateway reconnects")
    void metrics() throws Exception {
        // GIVEN
        Path knowledge = BotHarness.copyOfRealKnowledge(endToEnd.work().resolve("knowledge"));
        BotHarness discord = endToEnd.start(bot -> bot.knowledge(knowledge).health());

        // WHEN three questions, one per outcome
        assertThat(description(discord.callbackData(discord.ask("Where was the summit held?", "alice")))).contains("Alaska");
        assertThat(description(discord.callbackData(discord.ask("When is Zelenskyy's meeting with Trump?", "alice"))))
                .contains("don't say when");
        assertThat(description(discord.callbackData(discord.ask("What did Macron say about the summit?", "alice"))))
                .contains("do not cover");
        // AND a reload that works, then one refused
        reload(discord);
        Files.writeString(knowledge.resolve("facts/broken.yaml"), "- id: broken\n  subject: x\n", StandardCharsets.UTF_8);
        reload(discord);
        // AND a gateway RECONNECT, which JDA resumes
        discord.standIn.sendReconnect();
        discord.standIn.awaitGatewayOp(GatewayOp::isResume);
        Poll.until(() -> metricsText(discord).contains("summitbot_gateway_reconnects_total 1"), DiscordStandIn.TIMEOUT,
                () -> "no reconnect counted:\n" + metricsText(discord));
        HttpResponse<String> response = HttpGet.get(discord.healthUri().resolve("/metrics"));

        // THEN
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        assertThat(lines).contains(
                "summitbot_questions_total{outcome=\"answered\"} 1",
                "summitbot_questions_total{outcome=\"partial\"} 1",
                "summitbot_questions_total{outcome=\"declined\"} 1",
                "summitbot_answer_latency_seconds_bucket{le=\"+Inf\"} 3",
                "summitbot_answer_latency_seconds_count 3",
                "summitbot_reloads_total{result=\"ok\"} 1",
                "summitbot_reloads_total{result=\"failed\"} 1",
                "summitbot_gateway_reconnects_total 1");
        // AND the health check still passes after the reconnect
        assertThat(HttpGet.get(discord.healthUri().resolve("/healthz")).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("without health() in the configuration no endpoint is started, and the bot works as before")
    void offByDefault() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();

        // WHEN
        JsonNode answer = discord.callbackData(discord.ask("Where was the summit held?", "alice"));

        // THEN
        assertThat(description(answer)).contains("Alaska");
        assertThat(discord.app.config().health().enabled()).isFalse();
        assertThat(discord.app.healthServer(discord.metrics, discord.knowledge, discord.bot())).isEmpty();
        assertThat(discord.metrics.render()).contains("summitbot_questions_total{outcome=\"answered\"} 1");
    }

    private static void reload(BotHarness discord) throws InterruptedException {
        InjectedInteraction reload = discord.slash(CommandCatalog.RELOAD, Map.of(), "root");
        discord.standIn.awaitRequest("PATCH", "/webhooks/\\d+/" + reload.token() + Pattern.quote("/messages/@original"));
    }

    private static String metricsText(BotHarness discord) {
        try {
            return HttpGet.get(discord.healthUri().resolve("/metrics")).body();
        } catch (java.io.IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
