package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.assertNoPings;
import static dev.summitbot.discord.Bodies.description;
import static dev.summitbot.discord.Bodies.embed;
import static dev.summitbot.discord.Bodies.ephemeral;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("/sources, /help and /about answer ephemerally")
final class InfoCommandsEndToEndTest {

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("/sources lists the loaded sources with their titles and the knowledge version")
    void sources() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();

        // WHEN
        JsonNode reply = discord.callbackData(discord.slash(CommandCatalog.SOURCES, Map.of(), "alice"));

        // THEN
        assertThat(ephemeral(reply)).isTrue();
        assertThat(embed(reply).path("title").asText()).isEqualTo("Sources (1)");
        assertThat(description(reply)).startsWith("• **Putin accorded to secure safeguards for Ukraine");
        assertThat(embed(reply).path("footer").path("text").asText()).isEqualTo("knowledge " + discord.version());
        assertNoPings(reply);
    }

    @Test
    @DisplayName("/help explains every way to ask, Q&A channels included when configured")
    void help() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(bot -> bot.qaChannel("help"));

        // WHEN
        JsonNode reply = discord.callbackData(discord.slash(CommandCatalog.HELP, Map.of(), "alice"));

        // THEN
        assertThat(ephemeral(reply)).isTrue();
        assertThat(description(reply)).contains("**/ask**", "**@SummitBot**", "**Ask SummitBot**", "Q&A channels",
                "**/summary**", "**/reload**");
        assertNoPings(reply);
    }

    @Test
    @DisplayName("/about gives the knowledge version, counts, last reload and uptime")
    void about() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();

        // WHEN
        JsonNode reply = discord.callbackData(discord.slash(CommandCatalog.ABOUT, Map.of(), "alice"));

        // THEN
        assertThat(ephemeral(reply)).isTrue();
        assertThat(description(reply)).contains("Knowledge " + discord.version() + ": 1 sources")
                .contains("Last reload: none").contains("Uptime: 0 s");
        assertNoPings(reply);
    }
}
