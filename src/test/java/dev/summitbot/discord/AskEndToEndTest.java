package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.assertNoPings;
import static dev.summitbot.discord.Bodies.buttons;
import static dev.summitbot.discord.Bodies.description;
import static dev.summitbot.discord.Bodies.embed;
import static dev.summitbot.discord.Bodies.ephemeral;
import static dev.summitbot.discord.Bodies.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.summitbot.discord.standin.GatewayOp;
import dev.summitbot.discord.standin.InjectedInteraction;
import dev.summitbot.discord.standin.InjectedMessage;
import dev.summitbot.discord.standin.RecordedRequest;
import dev.summitbot.discord.standin.StandInMember;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Asking SummitBot on Discord: /ask, mentions, replies, Q&A channels, the context menu, autocomplete")
final class AskEndToEndTest {

    private static final String WHERE = "Where was the summit held?";

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("/ask answers in the callback: cited answer, Sources, version footer, buttons, no pings")
    void slashAsk() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();

        // WHEN
        InjectedInteraction ask = discord.ask(WHERE, "alice");

        // THEN
        RecordedRequest callback = discord.standIn.awaitCallback(ask);
        assertThat(callback.body().path("type").asInt()).as("CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(4);
        JsonNode answer = callback.body().path("data");
        assertThat(ephemeral(answer)).isFalse();
        assertThat(description(answer)).contains("Alaska").contains("[1]");
        assertThat(field(answer, "Sources")).startsWith("[1] Putin accorded to secure safeguards for Ukraine");
        assertThat(embed(answer).path("footer").path("text").asText()).contains("knowledge " + discord.version());
        assertThat(buttons(answer)).extracting(Bodies::face).containsExactly("Quotes", "👍", "👎");
        assertNoPings(answer);
    }

    @Test
    @DisplayName("/ask that is not ready within the reply budget is deferred, then the answer is edited in without pings")
    void deferredAsk() throws Exception {
        // GIVEN a bot that defers every answer
        BotHarness discord = endToEnd.start(bot -> bot.replyBudget(Duration.ZERO));

        // WHEN
        InjectedInteraction ask = discord.ask(WHERE, "alice");

        // THEN the acknowledgement is a deferral, and the answer arrives as the edit of @original
        assertThat(discord.standIn.awaitCallback(ask).body().path("type").asInt()).as("DEFERRED_CHANNEL_MESSAGE").isEqualTo(5);
        RecordedRequest edit = discord.standIn.awaitRequest("PATCH", "/webhooks/\\d+/" + ask.token() + "/messages/@original");
        assertThat(description(edit.body())).contains("Alaska").contains("[1]");
        assertThat(buttons(edit.body())).extracting(Bodies::face).containsExactly("Quotes", "👍", "👎");
        assertThat(edit.body().path("allowed_mentions").path("parse")).as("edits carry no default mentions").isEmpty();
        assertNoPings(edit.body());
    }

    @Test
    @DisplayName("the commands are registered in the configured guild, and no privileged intent is requested")
    void registration() throws Exception {
        // WHEN
        BotHarness discord = endToEnd.start();

        // THEN
        String app = Long.toString(discord.model().applicationId());
        String guild = Long.toString(discord.model().guildId());
        JsonNode commands = discord.standIn.awaitRequest("PUT", "/applications/" + app + "/guilds/" + guild + "/commands").body();
        assertThat(commands.findValuesAsText("name")).contains("ask", "summary", "reload", "sources", "help", "about",
                "Ask SummitBot");
        assertThat(discord.standIn.requests()).noneMatch(r -> r.is("PUT", "/applications/\\d+/commands"));
        GatewayOp identify = discord.standIn.awaitGatewayOp(GatewayOp::isIdentify);
        assertThat(identify.data().path("intents").asLong() & GatewayIntent.MESSAGE_CONTENT.getRawValue()).isZero();
        assertThat(identify.data().path("token").asText()).isEqualTo(BotHarness.TOKEN);
    }

    @Test
    @DisplayName("without guild ids the commands are registered globally")
    void globalRegistration() throws Exception {
        // WHEN
        BotHarness discord = endToEnd.start(bot -> bot.globalCommands());

        // THEN
        String app = Long.toString(discord.model().applicationId());
        JsonNode commands = discord.standIn.awaitRequest("PUT", "/applications/" + app + "/commands").body();
        assertThat(commands).hasSize(CommandCatalog.all().size());
        assertThat(discord.standIn.requests()).noneMatch(r -> r.path().contains("/guilds/"));
    }

    @Test
    @DisplayName("a message mentioning the bot gets a reply to it with the same answer as /ask, pinging no one")
    void mention() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        JsonNode slash = discord.callbackData(discord.ask(WHERE, "mod"));

        // WHEN
        InjectedMessage question = discord.mentionBot("general", "alice", WHERE);

        // THEN
        JsonNode reply = discord.awaitReplyTo(question).body();
        assertThat(description(reply)).isEqualTo(description(slash));
        assertThat(field(reply, "Sources")).isEqualTo(field(slash, "Sources"));
        assertThat(buttons(reply)).extracting(Bodies::face).containsExactly("Quotes", "👍", "👎");
        assertNoPings(reply);
        assertThat(reply.path("allowed_mentions").path("replied_user").asBoolean(true)).isFalse();
    }

    @Test
    @DisplayName("a reply to one of the bot's answers, without a mention, is answered as a reply")
    void replyToAnswer() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        long answer = discord.standIn.responseMessageId(discord.ask(WHERE, "alice"));
        long general = discord.channelId("general");

        // WHEN
        InjectedMessage followUp = discord.standIn.messageCreate(general, discord.member("alice"),
                "Who did Trump meet at the summit?", List.of(), answer);

        // THEN
        JsonNode reply = discord.awaitReplyTo(followUp).body();
        assertThat(description(reply)).contains("Putin").contains("[1]");
        assertNoPings(reply);
    }

    @Test
    @DisplayName("a follow-up by the same member in the same channel is read with the question before; another member's is not")
    void followUp() throws Exception {
        // GIVEN alice asked about Zelenskyy's meeting
        BotHarness discord = endToEnd.start();
        discord.awaitReplyTo(discord.mentionBot("general", "alice", "who will zelensky meet with"));

        // WHEN alice follows up, and mod asks the same follow-up with nothing before it
        InjectedMessage alices = discord.mentionBot("general", "alice", "who's coming with him?");
        JsonNode aliceReply = discord.awaitReplyTo(alices).body();
        InjectedMessage mods = discord.mentionBot("general", "mod", "who's coming with him?");
        JsonNode modReply = discord.awaitReplyTo(mods).body();

        // THEN alice's is answered about the meeting, and says how it was read; mod's has nothing to lean on
        assertThat(description(aliceReply)).contains("European leaders");
        assertThat(embed(aliceReply).path("footer").path("text").asText()).contains("read as a follow-up to “who will zelensky meet with”");
        assertThat(description(modReply)).startsWith("My sources do not cover that.");
        assertNoPings(aliceReply);
    }

    @Test
    @DisplayName("after a who-question, a member's \"he\" is read as whom the answer named, and the footer says so")
    void heIsWhomTheAnswerNamed() throws Exception {
        // GIVEN alice asked who the envoy is, and was answered
        BotHarness discord = endToEnd.start();
        discord.awaitReplyTo(discord.mentionBot("general", "alice", "who is the us special envoy"));

        // WHEN she asks what he said
        JsonNode reply = discord.awaitReplyTo(discord.mentionBot("general", "alice", "what did he say?")).body();

        // THEN the reply is about Witkoff's words, and the footer shows the reading
        assertThat(description(reply)).contains("Witkoff");
        assertThat(embed(reply).path("footer").path("text").asText()).contains("“who is the us special envoy — \"he\" is Steve Witkoff”");
        assertNoPings(reply);
    }

    @Test
    @DisplayName("a mention with no question gets a short hint, not an answer")
    void emptyMention() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();

        // WHEN
        InjectedMessage hello = discord.mentionBot("general", "alice", " !");

        // THEN
        JsonNode reply = discord.awaitReplyTo(hello).body();
        assertThat(reply.path("content").asText()).startsWith("Ask me a question");
        assertNoPings(reply);
    }

    @Test
    @DisplayName("with a Q&A channel, MESSAGE_CONTENT is requested and every human message there is answered")
    void qaChannel() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(bot -> bot.qaChannel("help"));

        // WHEN
        InjectedMessage question = discord.say("help", "alice", WHERE);

        // THEN
        JsonNode reply = discord.awaitReplyTo(question).body();
        assertThat(description(reply)).contains("Alaska");
        assertNoPings(reply);
        GatewayOp identify = discord.standIn.awaitGatewayOp(GatewayOp::isIdentify);
        assertThat(identify.data().path("intents").asLong() & GatewayIntent.MESSAGE_CONTENT.getRawValue()).isNotZero();
    }

    @Test
    @DisplayName("a message outside the Q&A channels that does not mention the bot is ignored")
    void ignoresOtherMessages() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(bot -> bot.qaChannel("help"));

        // WHEN
        discord.say("general", "alice", WHERE);
        InjectedMessage sentinel = discord.mentionBot("general", "alice", WHERE);

        // THEN: events are handled in order and replies in one channel are sent in order, so once the later
        // message is answered, an answer to the earlier one would have been seen
        discord.awaitReplyTo(sentinel);
        assertThat(discord.channelPosts()).singleElement()
                .satisfies(post -> assertThat(post.body().path("message_reference").path("message_id").asLong())
                        .isEqualTo(sentinel.id()));
    }

    @Test
    @DisplayName("messages from other bots and from the bot itself are ignored, even in a Q&A channel")
    void ignoresBots() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(bot -> bot.qaChannel("help"));
        long help = discord.channelId("help");
        StandInMember relay = discord.member("mod").asBot();
        String mention = discord.model().botUser().mention() + " ";

        // WHEN
        discord.standIn.messageCreate(help, relay, mention + WHERE, List.of(), null);
        discord.standIn.messageCreate(help, discord.model().botMember(), mention + WHERE, List.of(), null);
        InjectedMessage sentinel = discord.say("help", "alice", WHERE);

        // THEN
        discord.awaitReplyTo(sentinel);
        assertThat(discord.channelPosts()).hasSize(1);
    }

    @Test
    @DisplayName("the message command \"Ask SummitBot\" answers the question in the chosen message")
    void contextMenu() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        InjectedMessage message = discord.say("general", "alice", "Which Russian leader met President Trump in Alaska?");

        // WHEN
        InjectedInteraction command = discord.standIn.messageContextCommand(CommandCatalog.ASK_MESSAGE, message.id(),
                discord.member("mod"));

        // THEN
        RecordedRequest callback = discord.standIn.awaitCallback(command);
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        JsonNode answer = callback.body().path("data");
        assertThat(description(answer)).contains("Vladimir Putin").contains("[1]");
        assertNoPings(answer);
    }

    @Test
    @DisplayName("autocomplete offers at most 25 answerable questions of at most 100 characters containing the typed words")
    void autocomplete() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        StandInMember alice = discord.member("alice");

        // WHEN
        InjectedInteraction typed = discord.standIn.autocomplete(CommandCatalog.ASK,
                Map.of(CommandCatalog.QUESTION, "Summit tru"), CommandCatalog.QUESTION, alice);
        InjectedInteraction nothingYet = discord.standIn.autocomplete(CommandCatalog.ASK,
                Map.of(CommandCatalog.QUESTION, ""), CommandCatalog.QUESTION, alice);

        // THEN
        JsonNode response = discord.standIn.awaitCallback(typed).body();
        assertThat(response.path("type").asInt()).as("APPLICATION_COMMAND_AUTOCOMPLETE_RESULT").isEqualTo(8);
        List<String> names = response.path("data").path("choices").findValuesAsText("name");
        assertThat(names).isNotEmpty().hasSizeLessThanOrEqualTo(25)
                .allSatisfy(name -> assertThat(name.toLowerCase()).contains("summit").contains("tru").hasSizeLessThanOrEqualTo(100))
                .contains("Where was the Trump–Putin summit held?");
        assertThat(response.path("data").path("choices").findValuesAsText("value")).isEqualTo(names);
        JsonNode all = discord.standIn.awaitCallback(nothingYet).body().path("data").path("choices");
        assertThat(all.size()).isEqualTo(25);
        assertThat(all.findValuesAsText("name")).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(100));
    }

    @Test
    @DisplayName("over the per-user limit, /ask gets an ephemeral \"try again in N s\" while others may still ask")
    void rateLimit() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start(bot -> bot.rateLimit(2, 10, 60));
        discord.callbackData(discord.ask(WHERE, "alice"));
        discord.callbackData(discord.ask(WHERE, "alice"));

        // WHEN
        InjectedInteraction third = discord.ask(WHERE, "alice");
        InjectedInteraction other = discord.ask(WHERE, "mod");

        // THEN
        JsonNode refused = discord.callbackData(third);
        assertThat(ephemeral(refused)).isTrue();
        assertThat(refused.path("content").asText()).contains("try again in 60 s");
        assertThat(refused.path("embeds")).isEmpty();
        assertNoPings(refused);
        assertThat(description(discord.callbackData(other))).contains("Alaska");
    }

    @Test
    @DisplayName("@everyone, @here and role mentions in questions survive nowhere, and nothing may ping")
    void massMentions() throws Exception {
        // GIVEN
        BotHarness discord = endToEnd.start();
        String role = "<@&" + discord.model().role("moderator").id() + ">";
        String user = discord.member("mod").user().mention();
        String noisy = "@everyone @here " + role + " " + user + " where was the summit held?";

        // WHEN
        JsonNode slash = discord.callbackData(discord.ask(noisy, "alice"));
        InjectedMessage mention = discord.mentionBot("general", "alice", noisy);
        JsonNode reply = discord.awaitReplyTo(mention).body();
        InjectedInteraction menu = discord.standIn.messageContextCommand(CommandCatalog.ASK_MESSAGE, mention.id(),
                discord.member("mod"));
        discord.callbackData(menu);
        InjectedInteraction summary = discord.slash(CommandCatalog.SUMMARY,
                Map.of(CommandCatalog.TOPIC, "@everyone " + role + " summit"), "alice");
        JsonNode summarized = discord.callbackData(summary);

        // THEN
        assertThat(description(slash)).contains("Alaska");
        assertThat(description(reply)).contains("Alaska");
        assertThat(embed(summarized).path("title").asText()).startsWith("Summary").doesNotContain("@everyone");
        List<RecordedRequest> sent = discord.requestsWithBody();
        assertThat(sent).allSatisfy(request -> assertThat(request.toString())
                .doesNotContainPattern("@(everyone|here)")
                .doesNotContainPattern("<@[!&]?\\d"));
        List<JsonNode> messages = sent.stream().flatMap(r -> Bodies.message(r).stream()).toList();
        assertThat(messages).hasSizeGreaterThanOrEqualTo(4).allSatisfy(Bodies::assertNoPings);
    }
}
