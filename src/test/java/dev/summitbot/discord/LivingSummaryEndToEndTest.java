package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.description;
import static dev.summitbot.discord.Bodies.embed;
import static dev.summitbot.discord.Bodies.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.summitbot.Poll;
import dev.summitbot.discord.standin.DiscordStandIn;
import dev.summitbot.discord.standin.InjectedInteraction;
import dev.summitbot.discord.standin.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Living pinned summaries: edited in place after each reload that changes knowledge, across restarts")
final class LivingSummaryEndToEndTest {

    private static final Map<String, Object> PIN = Map.of(CommandCatalog.PIN, true);
    private static final String FIRST_FACT = """
            - id: extra-nato-mirror
              subject: "This provision"
              relation: "mirrors"
              object: "NATO's collective defense policy"
              source: summit-article
              quote: "This provision mirrors NATO's collective defense policy"
            """;
    private static final String SECOND_FACT = """
            - id: extra-attack-on-all
              subject: "An attack on one member"
              relation: "is considered"
              object: "an attack on all"
              source: summit-article
              quote: "an attack on one member is considered an attack on all"
            """;

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("pin, reload changed knowledge: the pinned message is edited with the new version and what changed; after a restart the next reload edits it again")
    void editedInPlaceAcrossRestart() throws Exception {
        // GIVEN a pinned summary over a copy of the real knowledge
        Pinned pin = pinSummary();
        Path knowledge = pin.knowledge();
        BotHarness discord = pin.discord();
        long general = pin.general();
        long pinned = pin.pinned();
        String first = pin.discord().version();

        // WHEN the knowledge changes and an admin reloads
        changeAndReload(pin);

        // THEN the pinned message is edited in place: the new summary, what changed, the new version
        String second = discord.version();
        assertThat(second).isNotEqualTo(first);
        JsonNode edited = awaitEdit(discord, general, pinned, 1);
        assertThat(embed(edited).path("title").asText()).isEqualTo("Summary");
        assertThat(description(edited)).startsWith("• ").contains("[1]");
        assertThat(field(edited, "What changed")).contains("1 fact added").contains(first);
        assertThat(embed(edited).path("footer").path("text").asText()).isEqualTo("knowledge " + second);
        assertThat(edited.path("allowed_mentions").path("parse")).as("an edit that cannot ping").isEmpty();
        assertThat(discord.standIn.message(pinned).path("pinned").asBoolean()).isTrue();

        // AND WHEN the bot restarts, the knowledge changes again and is reloaded
        discord.restartBot();
        Files.writeString(knowledge.resolve("facts/extra-2.yaml"), SECOND_FACT, StandardCharsets.UTF_8);
        reload(discord);

        // THEN the same message is edited again, with the third version
        JsonNode again = awaitEdit(discord, general, pinned, 2);
        assertThat(embed(again).path("footer").path("text").asText()).isEqualTo("knowledge " + discord.version());
        assertThat(field(again, "What changed")).contains(second);
    }

    @Test
    @DisplayName("a summary unpinned by hand is dropped at the next reload and never edited")
    void unpinnedByHandIsDropped() throws Exception {
        // GIVEN a pinned summary, then unpinned by someone in the client
        Pinned pin = pinSummary();
        BotHarness discord = pin.discord();
        long general = pin.general();
        long pinned = pin.pinned();
        Path state = pin.state();
        discord.bot().jda().getTextChannelById(general).unpinMessageById(pinned).complete();

        // WHEN the knowledge changes and is reloaded
        changeAndReload(pin);

        // THEN the bot looks at the message, finds it unpinned, forgets it, and does not edit it
        discord.standIn.awaitRequest("GET", "/channels/" + general + "/messages/" + pinned);
        Poll.until(() -> !read(state).contains(Long.toString(pinned)), DiscordStandIn.TIMEOUT, () -> "still kept: " + read(state));
        assertThat(edits(discord, general, pinned)).isEmpty();
    }

    @Test
    @DisplayName("a pinned summary deleted by hand is dropped at the next reload (Discord answers unknown message)")
    void deletedIsDropped() throws Exception {
        // GIVEN a pinned summary, then deleted by someone in the client
        Pinned pin = pinSummary();
        BotHarness discord = pin.discord();
        long general = pin.general();
        long pinned = pin.pinned();
        Path state = pin.state();
        discord.bot().jda().getTextChannelById(general).deleteMessageById(pinned).complete();

        // WHEN the knowledge changes and is reloaded
        changeAndReload(pin);

        // THEN the bot finds it gone, forgets it, and edits nothing
        Poll.until(() -> !read(state).contains(Long.toString(pinned)), DiscordStandIn.TIMEOUT, () -> "still kept: " + read(state));
        assertThat(edits(discord, general, pinned)).isEmpty();
    }

    @Test
    @DisplayName("/summary pin:false by a moderator stops the channel's updates: the next reload edits nothing")
    void pinFalseStopsUpdates() throws Exception {
        // GIVEN a pinned summary
        Pinned pin = pinSummary();
        Path knowledge = pin.knowledge();
        BotHarness discord = pin.discord();
        long general = pin.general();
        long pinned = pin.pinned();
        Path state = pin.state();

        // WHEN a moderator runs /summary pin:false in the channel, then the knowledge changes and is reloaded
        InjectedInteraction stop = discord.slash(CommandCatalog.SUMMARY, Map.of(CommandCatalog.PIN, false), "mod");
        RecordedRequest notice = discord.standIn.awaitRequest("POST", "/webhooks/\\d+/" + Pattern.quote(stop.token()));
        changeAndReload(pin);
        // AND, as a sentinel, a new pinned summary that the next reload does edit
        long sentinel = discord.standIn.responseMessageId(discord.slash(CommandCatalog.SUMMARY, PIN, "mod"));
        discord.awaitSummaryPinned(general, sentinel, 2);
        Files.writeString(knowledge.resolve("facts/extra-2.yaml"), SECOND_FACT, StandardCharsets.UTF_8);
        reload(discord);
        awaitEdit(discord, general, sentinel, 1);

        // THEN the moderator was told, the channel's old summary was never edited, and only the sentinel is kept
        assertThat(notice.body().path("content").asText()).contains("no longer updated");
        assertThat(notice.body().path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(edits(discord, general, pinned)).isEmpty();
        assertThat(read(state)).contains(Long.toString(sentinel)).doesNotContain(Long.toString(pinned));
    }

    private static void reload(BotHarness discord) throws InterruptedException {
        InjectedInteraction reload = discord.slash(CommandCatalog.RELOAD, Map.of(), "root");
        discord.standIn.awaitRequest("PATCH", "/webhooks/\\d+/" + reload.token() + Pattern.quote("/messages/@original"));
    }

    private static JsonNode awaitEdit(BotHarness discord, long channel, long message, int n) throws InterruptedException {
        discord.awaitRequests(r -> r.is("PATCH", "/channels/" + channel + "/messages/" + message), n);
        List<RecordedRequest> edits = edits(discord, channel, message);
        return edits.get(n - 1).body();
    }

    private static List<RecordedRequest> edits(BotHarness discord, long channel, long message) {
        return discord.standIn.requests().stream().filter(r -> r.is("PATCH", "/channels/" + channel + "/messages/" + message)).toList();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** The knowledge changes (one fact added) and an admin reloads. */
    private static void changeAndReload(Pinned pin) throws Exception {
        Files.writeString(pin.knowledge().resolve("facts/extra.yaml"), FIRST_FACT, StandardCharsets.UTF_8);
        reload(pin.discord());
    }

    /** A bot over a copy of the real knowledge, with a summary a moderator pinned in #general, recorded in the state file. */
    private record Pinned(Path knowledge, BotHarness discord, long general, long pinned, Path state) {}

    private Pinned pinSummary() throws Exception {
        Path knowledge = BotHarness.copyOfRealKnowledge(endToEnd.work().resolve("knowledge"));
        BotHarness discord = endToEnd.start(bot -> bot.knowledge(knowledge));
        long general = discord.channelId("general");
        long pinned = discord.standIn.responseMessageId(discord.slash(CommandCatalog.SUMMARY, PIN, "mod"));
        discord.awaitSummaryPinned(general, pinned, 1);
        Path state = endToEnd.work().resolve("pinned-summaries.json");
        Poll.until(() -> read(state).contains(Long.toString(pinned)), DiscordStandIn.TIMEOUT, () -> "not recorded: " + read(state));
        return new Pinned(knowledge, discord, general, pinned, state);
    }
}
