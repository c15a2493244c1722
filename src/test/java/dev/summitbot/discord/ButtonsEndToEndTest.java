package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.assertNoPings;
import static dev.summitbot.discord.Bodies.buttons;
import static dev.summitbot.discord.Bodies.customId;
import static dev.summitbot.discord.Bodies.description;
import static dev.summitbot.discord.Bodies.ephemeral;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.discord.standin.InjectedInteraction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The buttons under SummitBot's answers: Quotes, 👍/👎 and suggested questions")
final class ButtonsEndToEndTest {

    private static final String WHERE = "Where was the summit held?";
    private static final String QUOTE = "a summit between President Donald Trump and Russian leader Vladimir Putin in Alaska";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("Quotes shows, only to the clicker, the verbatim quote behind each citation")
    void quotes() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        InjectedInteraction ask = discord.ask(WHERE, "alice");
        JsonNode answer = discord.callbackData(ask);
        long message = discord.standIn.responseMessageId(ask);

        // WHEN
        JsonNode quotes = discord.callbackData(discord.click(customId(answer, Renderer.QUOTES), message, "mod"));

        // THEN
        assertThat(ephemeral(quotes)).isTrue();
        assertThat(description(quotes)).startsWith("**[1] Putin accorded to secure safeguards for Ukraine")
                .contains("\n> " + QUOTE);
        assertNoPings(quotes);
    }

    @Test
    @DisplayName("👍 is recorded, and a second 👍 by the same member withdraws it; the JSON Lines file keeps both")
    void voteAndWithdraw() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        InjectedInteraction ask = discord.ask(WHERE, "alice");
        String up = customId(discord.callbackData(ask), Renderer.VOTE_UP);
        long message = discord.standIn.responseMessageId(ask);

        // WHEN
        JsonNode first = discord.callbackData(discord.click(up, message, "alice"));
        JsonNode second = discord.callbackData(discord.click(up, message, "alice"));

        // THEN
        assertThat(ephemeral(first)).isTrue();
        assertThat(first.path("content").asText()).isEqualTo("Thanks — your 👍 is recorded.");
        assertThat(ephemeral(second)).isTrue();
        assertThat(second.path("content").asText()).isEqualTo("Your 👍 is withdrawn.");
        List<JsonNode> lines = feedbackLines(discord);
        assertThat(lines).extracting(l -> l.path("vote").asInt()).containsExactly(1, 0);
        JsonNode line = lines.get(0);
        assertThat(line.path("answer").asLong()).isEqualTo(message);
        assertThat(line.path("user").asLong()).isEqualTo(discord.member("alice").id());
        assertThat(line.path("question").asText()).isEqualTo(WHERE);
        assertThat(line.path("reply").asText()).contains("Alaska").contains("[1]");
        assertThat(line.path("answered").asBoolean()).isTrue();
        assertThat(line.path("version").asText()).isEqualTo(discord.version());
        assertThat(line.path("at").asText()).isEqualTo(BotHarness.NOW.toString());
    }

    @Test
    @DisplayName("👎 after 👍 changes the vote; another member's vote on the same answer is separate")
    void changeVote() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        InjectedInteraction ask = discord.ask(WHERE, "alice");
        JsonNode answer = discord.callbackData(ask);
        long message = discord.standIn.responseMessageId(ask);
        discord.callbackData(discord.click(customId(answer, Renderer.VOTE_UP), message, "alice"));

        // WHEN
        JsonNode changed = discord.callbackData(discord.click(customId(answer, Renderer.VOTE_DOWN), message, "alice"));
        JsonNode other = discord.callbackData(discord.click(customId(answer, Renderer.VOTE_DOWN), message, "mod"));

        // THEN
        assertThat(changed.path("content").asText()).isEqualTo("Thanks — your vote is now 👎.");
        assertThat(other.path("content").asText()).isEqualTo("Thanks — your 👎 is recorded.");
        assertThat(feedbackLines(discord)).extracting(l -> l.path("user").asLong() + ":" + l.path("vote").asInt())
                .containsExactly(discord.member("alice").id() + ":1", discord.member("alice").id() + ":-1",
                        discord.member("mod").id() + ":-1");
    }

    @Test
    @DisplayName("a declined question says so honestly and offers up to three questions as buttons; one click answers it")
    void declinedWithSuggestions() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        InjectedInteraction ask = discord.ask("What is the price of oil today?", "alice");
        JsonNode declined = discord.callbackData(ask);
        long message = discord.standIn.responseMessageId(ask);

        // WHEN
        String suggestion = customId(declined, Renderer.SUGGESTION);
        JsonNode answered = discord.callbackData(discord.click(suggestion, message, "alice"));

        // THEN
        assertThat(description(declined)).startsWith("My sources do not cover that.");
        assertThat(buttons(declined)).hasSizeBetween(1, 3)
                .allSatisfy(b -> assertThat(b.path("label").asText()).endsWith("?").doesNotContain("…").hasSizeLessThanOrEqualTo(80));
        assertThat(buttons(declined)).noneMatch(b -> b.path("custom_id").asText().startsWith(Renderer.QUOTES));
        assertThat(ephemeral(answered)).isFalse();
        assertThat(description(answered)).doesNotStartWith("My sources").contains("[1]");
        assertNoPings(declined);
        assertNoPings(answered);
    }

    @Test
    @DisplayName("a button of an answer the bot no longer remembers gets an ephemeral explanation")
    void forgottenAnswer() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        InjectedInteraction ask = discord.ask(WHERE, "alice");
        long message = discord.standIn.responseMessageId(ask);

        // WHEN a 👍 of an answer it forgot is clicked
        JsonNode reply = discord.callbackData(discord.click(Renderer.VOTE_UP + ":gone", message, "alice"));
        // AND, as a sentinel, a vote on the answer the bot remembers: votes are written before they are acknowledged
        String up = customId(discord.callbackData(ask), Renderer.VOTE_UP);
        discord.callbackData(discord.click(up, message, "mod"));

        // THEN only the sentinel's vote is in the feedback file
        assertThat(ephemeral(reply)).isTrue();
        assertThat(reply.path("content").asText()).isEqualTo(ButtonHandler.EXPIRED);
        assertThat(feedbackLines(discord)).singleElement()
                .satisfies(line -> assertThat(line.path("user").asLong()).isEqualTo(discord.member("mod").id()));
    }

    private static List<JsonNode> feedbackLines(BotHarness discord) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(discord.feedbackFile(), StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
