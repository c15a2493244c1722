package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.assertNoPings;
import static dev.summitbot.discord.Bodies.description;
import static dev.summitbot.discord.Bodies.embed;
import static dev.summitbot.discord.Bodies.ephemeral;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.discord.standin.InjectedInteraction;
import dev.summitbot.discord.standin.InjectedMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The gaps log on Discord: declined and partial questions logged by channel, and the admin-only /gaps")
final class GapsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("questions asked by /ask and by mention are logged with guild and channel, never the member; an admin's /gaps lists them by topic")
    void logsAndLists() throws Exception {
        // GIVEN the bot, and members asking what the knowledge declines (twice, in other words), answers in part, and answers
        BotHarness discord = endToEnd.start();
        discord.callbackData(discord.ask("What is the weather in **Paris**?", "alice"));
        discord.callbackData(discord.ask("When is Zelenskyy's meeting with Trump?", "alice"));
        discord.callbackData(discord.ask("Where was the summit held?", "mod"));
        InjectedMessage mention = discord.mentionBot("general", "mod", "@everyone weather in paris <@" + discord.member("alice").id() + ">");
        discord.awaitReplyTo(mention);

        // WHEN an admin asks for the gaps
        InjectedInteraction gaps = discord.slash(CommandCatalog.GAPS, Map.of(), "root");

        // THEN the reply is deferred ephemerally, then edited in
        JsonNode deferred = discord.standIn.awaitCallback(gaps).body();
        assertThat(deferred.path("type").asInt()).isEqualTo(5);
        assertThat(ephemeral(deferred.path("data"))).isTrue();
        JsonNode reply = discord.standIn.awaitRequest("PATCH",
                "/webhooks/\\d+/" + gaps.token() + Pattern.quote("/messages/@original")).body();
        assertThat(embed(reply).path("title").asText()).isEqualTo("What the knowledge lacks: 2 topics");
        assertThat(description(reply)).startsWith("**1.** ×2 “What is the weather in \\*\\*Paris\\*\\*?”\n`pari weather` · 2 declined · 1 channel")
                .contains("**2.** ×1 “When is Zelenskyy's meeting with Trump?”", "1 partial (when ×1)")
                .doesNotContain("@everyone", "<@");
        assertThat(embed(reply).path("footer").path("text").asText()).isEqualTo("last 90 days · 3 questions");
        assertNoPings(reply);
        // AND the log holds guild and channel ids, and no member's id or name
        String raw = Files.readString(discord.gapsFile(), StandardCharsets.UTF_8);
        List<JsonNode> lines = raw.lines().map(GapsEndToEndTest::parse).toList();
        assertThat(lines).hasSize(3).allSatisfy(line -> {
            assertThat(line.path("from").asText()).isEqualTo("discord");
            assertThat(line.path("guild").asText()).isEqualTo(Long.toString(discord.model().guildId()));
            assertThat(line.path("channel").asText()).isEqualTo(Long.toString(discord.channelId("general")));
            assertThat(line.path("at").asText()).isEqualTo(BotHarness.NOW.toString());
        });
        assertThat(lines.get(2).path("question").asText()).isEqualTo("weather in paris");
        for (String member : List.of("alice", "mod", "root")) {
            assertThat(raw).doesNotContain(Long.toString(discord.member(member).id())).doesNotContain("\"" + member + "\"");
        }
    }

    @Test
    @DisplayName("/gaps by a member who is not an admin is refused ephemerally; a configured admin role may list")
    void adminsOnly() throws Exception {
        // GIVEN a bot whose moderator role is also an admin role for it
        BotHarness discord = endToEnd.start(bot -> bot.adminRole("moderator"));

        // WHEN a plain member, then a member with the admin role, asks for the gaps of the last 7 days
        JsonNode refusal = discord.callbackData(discord.slash(CommandCatalog.GAPS, Map.of(), "alice"));
        InjectedInteraction allowed = discord.slash(CommandCatalog.GAPS, Map.of(CommandCatalog.DAYS, 7, CommandCatalog.LIMIT, 5), "mod");

        // THEN
        assertThat(ephemeral(refusal)).isTrue();
        assertThat(refusal.path("content").asText()).startsWith("Only admins");
        assertNoPings(refusal);
        JsonNode reply = discord.standIn.awaitRequest("PATCH",
                "/webhooks/\\d+/" + allowed.token() + Pattern.quote("/messages/@original")).body();
        assertThat(description(reply)).isEqualTo("No question was declined or answered in part in the last 7 days.");
        assertNoPings(reply);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
