package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.assertNoPings;
import static dev.summitbot.discord.Bodies.description;
import static dev.summitbot.discord.Bodies.embed;
import static dev.summitbot.discord.Bodies.ephemeral;
import static dev.summitbot.discord.Bodies.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.discord.standin.GuildModel;
import dev.summitbot.discord.standin.InjectedInteraction;
import dev.summitbot.discord.standin.InjectedMessage;
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

@DisplayName("/summary (posting and pinning) and /reload, with their permission checks")
final class SummaryAndReloadEndToEndTest {

    private static final Map<String, Object> PIN = Map.of(CommandCatalog.PIN, true);
    private static final String NEW_FACT = """
            - id: extra-nato-mirror
              subject: "This provision"
              relation: "mirrors"
              object: "NATO's collective defense policy"
              source: summit-article
              quote: "This provision mirrors NATO's collective defense policy"
            """;
    private static final String BROKEN_FACT = """
            - id: broken-fact
              subject: "The summit"
              relation: "was held on"
              object: "the moon"
              source: summit-article
              quote: "a summit on the moon"
            """;

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("/summary without pin posts a public cited summary with the version, and pins nothing")
    void summary() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();

        long general = discord.channelId("general");

        // WHEN
        JsonNode summary = discord.callbackData(discord.slash(CommandCatalog.SUMMARY, Map.of(), "alice"));
        // AND, as a sentinel, a pinned summary after it: its pin goes through the same bucket, after any pin of the first
        long sentinel = discord.standIn.responseMessageId(discord.slash(CommandCatalog.SUMMARY, PIN, "mod"));
        discord.awaitSummaryPinned(general, sentinel, 1);

        // THEN
        assertThat(ephemeral(summary)).isFalse();
        assertThat(embed(summary).path("title").asText()).isEqualTo("Summary");
        assertThat(description(summary)).startsWith("• ").contains("[1]");
        assertThat(field(summary, "Sources")).as("the source once, its quotes under it")
                .startsWith("**Putin accorded").contains("\n> [1] ", "\n> [2] ")
                .satisfies(f -> assertThat(f.split("Putin accorded", -1)).hasSize(2));
        assertThat(embed(summary).path("footer").path("text").asText()).isEqualTo("knowledge " + discord.version());
        assertNoPings(summary);
        assertThat(discord.standIn.requests()).as("the only pin is the sentinel's, and nothing was unpinned")
                .filteredOn(r -> r.path().contains("/pins/")).extracting(RecordedRequest::toString)
                .singleElement().asString().startsWith("PUT /channels/" + general + "/messages/pins/" + sentinel);
    }

    @Test
    @DisplayName("/summary pin:true by a moderator posts through the deferred @original and pins it; the next one unpins it")
    void pinByModerator() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        long general = discord.channelId("general");

        // WHEN
        InjectedInteraction first = discord.slash(CommandCatalog.SUMMARY, PIN, "mod");
        long firstId = discord.standIn.responseMessageId(first);
        discord.awaitSummaryPinned(general, firstId, 1);
        InjectedInteraction second = discord.slash(CommandCatalog.SUMMARY, PIN, "mod");
        long secondId = discord.standIn.responseMessageId(second);
        discord.awaitSummaryPinned(general, secondId, 2);

        // THEN
        RecordedRequest deferred = discord.standIn.awaitCallback(first);
        assertThat(deferred.body().path("type").asInt()).as("DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(5);
        assertThat(ephemeral(deferred.body().path("data"))).as("a pinned summary must be public").isFalse();
        JsonNode posted = discord.standIn.awaitRequest("PATCH",
                "/webhooks/\\d+/" + first.token() + Pattern.quote("/messages/@original")).body();
        assertThat(embed(posted).path("title").asText()).isEqualTo("Summary");
        assertThat(description(posted)).contains("[1]");
        assertNoPings(posted);
        discord.standIn.awaitRequest("DELETE", "/channels/" + general + "/messages/pins/" + firstId);
        assertThat(discord.standIn.message(firstId).path("pinned").asBoolean()).isFalse();
        assertThat(discord.standIn.message(secondId).path("pinned").asBoolean()).isTrue();
        assertThat(unpinnedAfterSentinel(discord, general, secondId)).as("unpinned, in order").containsExactly(firstId, secondId);
    }

    @Test
    @DisplayName("after a restart, pinning a summary still unpins the bot's earlier one, and leaves other pins alone")
    void pinAfterRestart() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        long general = discord.channelId("general");
        InjectedMessage notice = discord.say("general", "mod", "House rules");
        discord.bot().jda().getTextChannelById(general).pinMessageById(notice.id()).complete();
        long firstId = discord.standIn.responseMessageId(discord.slash(CommandCatalog.SUMMARY, PIN, "mod"));
        discord.awaitSummaryPinned(general, firstId, 1);
        discord.restartBot();

        // WHEN
        long secondId = discord.standIn.responseMessageId(discord.slash(CommandCatalog.SUMMARY, PIN, "mod"));

        // THEN
        discord.awaitSummaryPinned(general, secondId, 2);
        discord.standIn.awaitRequest("DELETE", "/channels/" + general + "/messages/pins/" + firstId);
        assertThat(discord.standIn.message(secondId).path("pinned").asBoolean()).isTrue();
        assertThat(unpinnedAfterSentinel(discord, general, secondId)).as("unpinned, in order").containsExactly(firstId, secondId);
        assertThat(discord.standIn.message(notice.id()).path("pinned").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("a member with a configured moderator role may pin too")
    void pinByModeratorRole() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(bot -> bot.moderatorRole("member"));

        // WHEN
        InjectedInteraction pin = discord.slash(CommandCatalog.SUMMARY, PIN, "alice");

        // THEN
        discord.awaitSummaryPinned(discord.channelId("general"), discord.standIn.responseMessageId(pin), 1);
    }

    @Test
    @DisplayName("/summary pin:true by a plain member is refused ephemerally, and nothing is posted or pinned")
    void pinByMember() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();

        // WHEN
        JsonNode refusal = discord.callbackData(discord.slash(CommandCatalog.SUMMARY, PIN, "alice"));
        JsonNode sentinel = discord.callbackData(discord.ask("Where was the summit held?", "alice"));

        // THEN
        assertThat(ephemeral(refusal)).isTrue();
        assertThat(refusal.path("content").asText()).startsWith("Only moderators");
        assertThat(refusal.path("embeds")).isEmpty();
        assertThat(description(sentinel)).contains("Alaska");
        assertThat(discord.standIn.requests()).noneMatch(r -> r.path().contains("/pins") || r.path().startsWith("/webhooks/"));
    }

    @Test
    @DisplayName("/summary pin:true when the bot lacks Pin Messages names the missing permission")
    void botCannotPin() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(bot -> bot.model(GuildModel.builder().botCanPin(false).build()));

        // WHEN
        JsonNode refusal = discord.callbackData(discord.slash(CommandCatalog.SUMMARY, PIN, "mod"));
        JsonNode sentinel = discord.callbackData(discord.ask("Where was the summit held?", "mod"));

        // THEN
        assertThat(ephemeral(refusal)).isTrue();
        assertThat(refusal.path("content").asText()).contains("missing the Pin Messages permission");
        assertThat(description(sentinel)).contains("Alaska");
        assertThat(discord.standIn.requests()).noneMatch(r -> r.path().contains("/pins") || r.path().startsWith("/webhooks/"));
    }

    @Test
    @DisplayName("/reload by an admin swaps in changed knowledge, says what changed, and writes the audit log")
    void reload() throws Exception {
        // GIVEN
        Path knowledge = BotHarness.copyOfRealKnowledge(endToEnd.work().resolve("knowledge"));
        BotHarness discord = endToEnd.start(bot -> bot.knowledge(knowledge));
        String before = discord.version();
        Files.writeString(knowledge.resolve("facts/extra.yaml"), NEW_FACT, StandardCharsets.UTF_8);

        // WHEN
        InjectedInteraction reload = discord.slash(CommandCatalog.RELOAD, Map.of(), "root");

        // THEN
        RecordedRequest deferred = discord.standIn.awaitCallback(reload);
        assertThat(deferred.body().path("type").asInt()).isEqualTo(5);
        assertThat(ephemeral(deferred.body().path("data"))).isTrue();
        JsonNode reply = discord.standIn.awaitRequest("PATCH",
                "/webhooks/\\d+/" + reload.token() + Pattern.quote("/messages/@original")).body();
        String after = discord.version();
        assertThat(after).isNotEqualTo(before);
        assertThat(embed(reply).path("title").asText()).isEqualTo("Knowledge reloaded");
        assertThat(description(reply)).contains("Now answering: **" + after + "** (was " + before + ")")
                .contains("facts +1 −0 ~0").containsPattern("Took \\d+ ms");
        assertNoPings(reply);
        List<String> audit = Files.readAllLines(discord.auditFile(), StandardCharsets.UTF_8);
        assertThat(audit).singleElement().satisfies(line -> {
            JsonNode entry = new ObjectMapper().readTree(line);
            assertThat(entry.path("actor").asText()).isEqualTo(Long.toString(discord.member("root").id()));
            assertThat(entry.path("ok").asBoolean()).isTrue();
            assertThat(entry.path("version").asText()).isEqualTo(after);
            assertThat(entry.path("at").asText()).isEqualTo(BotHarness.NOW.toString());
        });
    }

    @Test
    @DisplayName("/reload of broken knowledge lists the errors with file:line, and the old version keeps answering")
    void reloadBroken() throws Exception {
        // GIVEN
        Path knowledge = BotHarness.copyOfRealKnowledge(endToEnd.work().resolve("knowledge"));
        BotHarness discord = endToEnd.start(bot -> bot.knowledge(knowledge));
        String before = discord.version();
        Files.writeString(knowledge.resolve("facts/broken.yaml"), BROKEN_FACT, StandardCharsets.UTF_8);

        // WHEN
        InjectedInteraction reload = discord.slash(CommandCatalog.RELOAD, Map.of(), "root");
        JsonNode reply = discord.standIn.awaitRequest("PATCH",
                "/webhooks/\\d+/" + reload.token() + Pattern.quote("/messages/@original")).body();
        JsonNode answer = discord.callbackData(discord.ask("Where was the summit held?", "alice"));

        // THEN
        assertThat(embed(reply).path("title").asText()).isEqualTo("Reload refused: 1 problem(s)");
        assertThat(description(reply)).contains("The previous knowledge **" + before + "** is still answering.")
                .contains("facts/broken.yaml:1: the quote of fact `broken-fact` does not occur verbatim");
        assertNoPings(reply);
        assertThat(description(answer)).contains("Alaska");
        assertThat(embed(answer).path("footer").path("text").asText()).contains("knowledge " + before);
        assertThat(Files.readString(discord.auditFile(), StandardCharsets.UTF_8)).contains("\"ok\":false")
                .contains("broken.yaml");
    }

    @Test
    @DisplayName("/reload by a member who is not an admin is refused ephemerally and nothing is reloaded")
    void reloadByNonAdmin() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();

        // WHEN
        JsonNode refusal = discord.callbackData(discord.slash(CommandCatalog.RELOAD, Map.of(), "mod"));
        // AND, as a sentinel, a reload by an admin after it: reloads are audited in the order they run
        InjectedInteraction sentinel = discord.slash(CommandCatalog.RELOAD, Map.of(), "root");
        discord.standIn.awaitRequest("PATCH", "/webhooks/\\d+/" + sentinel.token() + Pattern.quote("/messages/@original"));

        // THEN
        assertThat(ephemeral(refusal)).isTrue();
        assertThat(refusal.path("content").asText()).startsWith("Only admins");
        assertThat(discord.knowledge.lastReload()).hasValueSatisfying(r -> assertThat(r.actor()).isEqualTo(root(discord)));
        assertThat(Files.readAllLines(discord.auditFile(), StandardCharsets.UTF_8)).as("the audit log")
                .singleElement().asString().contains("\"actor\":\"" + root(discord) + "\"");
    }

    @Test
    @DisplayName("a member with a configured admin role may reload")
    void reloadByAdminRole() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(bot -> bot.adminRole("moderator"));

        // WHEN
        InjectedInteraction reload = discord.slash(CommandCatalog.RELOAD, Map.of(), "mod");

        // THEN
        JsonNode reply = discord.standIn.awaitRequest("PATCH",
                "/webhooks/\\d+/" + reload.token() + Pattern.quote("/messages/@original")).body();
        assertThat(description(reply)).contains("Nothing changed.");
        assertThat(discord.knowledge.lastReload()).hasValueSatisfying(r -> assertThat(r.ok()).isTrue());
    }

    private static String root(BotHarness discord) {
        return Long.toString(discord.member("root").id());
    }

    /**
     * Pins one more summary, as a sentinel, and waits until it has unpinned {@code latestId}: the unpins of one
     * channel go through one bucket in order, so any other unpin before it has been seen by then. Returns the ids
     * unpinned, in order.
     */
    private static List<Long> unpinnedAfterSentinel(BotHarness discord, long channelId, long latestId) throws Exception {
        long sentinel = discord.standIn.responseMessageId(discord.slash(CommandCatalog.SUMMARY, PIN, "mod"));
        discord.standIn.awaitRequest("PUT", "/channels/" + channelId + "/messages/pins/" + sentinel);
        discord.standIn.awaitRequest("DELETE", "/channels/" + channelId + "/messages/pins/" + latestId);
        return discord.standIn.requests().stream().filter(r -> r.is("DELETE", ".*/pins/\\d+"))
                .map(r -> Long.parseLong(r.path().substring(r.path().lastIndexOf('/') + 1))).toList();
    }
}
