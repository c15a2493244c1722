package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.assertNoPings;
import static dev.summitbot.discord.Bodies.customId;
import static dev.summitbot.discord.Bodies.description;
import static dev.summitbot.discord.Bodies.ephemeral;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.summitbot.discord.standin.GatewayOp;
import dev.summitbot.discord.standin.InjectedInteraction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("SummitBot keeps answering through gateway reconnects and failures inside a command")
final class ResilienceEndToEndTest {

    private static final String WHERE = "Where was the summit held?";
    private static final String WHO = "Who did Trump meet at the summit?";

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("after a gateway RECONNECT mid-conversation, JDA resumes and the next /ask is answered")
    void reconnect() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        assertThat(description(discord.callbackData(discord.ask(WHERE, "alice")))).contains("Alaska");

        // WHEN
        discord.standIn.sendReconnect();
        InjectedInteraction next = discord.ask(WHO, "alice");

        // THEN
        assertThat(description(discord.callbackData(next))).contains("Putin");
        GatewayOp resume = discord.standIn.awaitGatewayOp(GatewayOp::isResume);
        assertThat(resume.connection()).isEqualTo(2);
        assertThat(resume.data().path("token").asText()).isEqualTo(BotHarness.TOKEN);
        assertThat(discord.standIn.gatewayOps()).filteredOn(GatewayOp::isIdentify).hasSize(1);
    }

    @Test
    @DisplayName("after the server closes the socket with 4000 mid-conversation, JDA resumes and the next /ask is answered")
    void closedSocket() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        endToEnd.allowJdaLog("WebSocket connection closed due to server error! 4000");
        assertThat(description(discord.callbackData(discord.ask(WHERE, "alice")))).contains("Alaska");

        // WHEN
        discord.standIn.closeSocket(4000);
        InjectedInteraction next = discord.ask(WHO, "alice");

        // THEN
        assertThat(description(discord.callbackData(next))).contains("Putin");
        assertThat(discord.standIn.awaitGatewayOp(GatewayOp::isResume).connection()).isEqualTo(2);
        assertThat(discord.standIn.gatewayOps()).filteredOn(GatewayOp::isIdentify).hasSize(1);
    }

    @Test
    @DisplayName("a command that fails gets a short ephemeral error, and the bot keeps working")
    void failureInsideCommand() throws Exception {
        // GIVEN: the feedback file is a directory, so recording a vote fails
        Path feedback = Files.createDirectory(endToEnd.work().resolve("feedback-is-a-directory"));
        BotHarness discord = endToEnd.start(bot -> bot.feedbackFile(feedback));
        InjectedInteraction ask = discord.ask(WHERE, "alice");
        String up = customId(discord.callbackData(ask), Renderer.VOTE_UP);
        long message = discord.standIn.responseMessageId(ask);

        // WHEN
        JsonNode failed = discord.callbackData(discord.click(up, message, "alice"));
        JsonNode answered = discord.callbackData(discord.ask(WHO, "alice"));
        Files.delete(feedback);
        JsonNode retried = discord.callbackData(discord.click(up, message, "alice"));

        // THEN
        assertThat(ephemeral(failed)).isTrue();
        assertThat(failed.path("content").asText()).isEqualTo(Guard.FAILURE).contains("something went wrong");
        assertNoPings(failed);
        assertThat(description(answered)).contains("Putin");
        assertThat(retried.path("content").asText()).as("the failed vote was not counted")
                .isEqualTo("Thanks — your 👍 is recorded.");
        assertThat(Files.readAllLines(feedback, StandardCharsets.UTF_8)).singleElement()
                .satisfies(line -> assertThat(line).contains("\"vote\":1"));
    }
}
