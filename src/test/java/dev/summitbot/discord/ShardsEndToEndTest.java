package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.description;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.config.DiscordConfig;
import dev.summitbot.config.ShardsConfig;
import dev.summitbot.discord.standin.GatewayOp;
import dev.summitbot.discord.standin.GuildModel;
import dev.summitbot.discord.standin.InjectedInteraction;
import dev.summitbot.discord.standin.RecordedRequest;
import dev.summitbot.health.Metrics;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Shards: the bot runs its configured shards through JDA's shard manager against the Discord stand-in")
final class ShardsEndToEndTest {

    private static final String WHERE = "Where was the summit held?";

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("a process running shards 0-1 of 2 identifies both, answers in the guild, and registers the commands once, globally")
    void bothShards() throws Exception {
        // GIVEN / WHEN
        BotHarness discord = endToEnd.start(bot -> bot.shards("2", "0-1").globalCommands());

        // THEN
        assertThat(identifiedShards(discord)).containsExactlyInAnyOrder("[0, 2]", "[1, 2]");
        assertThat(description(discord.callbackData(discord.ask(WHERE, "alice")))).contains("Alaska");
        assertThat(commandRegistrations(discord)).singleElement()
                .satisfies(r -> assertThat(r.path()).endsWith("/applications/" + discord.model().applicationId() + "/commands"));
        assertThat(discord.bot().connected()).isTrue();
        assertThat(discord.bot().gatewayStatus()).isEqualTo("CONNECTED");
    }

    @Test
    @DisplayName("two shard managers in one JVM splitting four shards: each identifies its two, only the one with shard 0 registers, "
            + "one answers (ClusterEndToEndTest runs two real processes)")
    void twoProcesses() throws Exception {
        // GIVEN a process running shards 0-1 of 4
        BotHarness discord = endToEnd.start(bot -> bot.shards("4", "0-1").globalCommands());
        DiscordConfig secondConfig = discord.config.withShards(new ShardsConfig("4", "2-3"));

        // WHEN a second process starts with shards 2-3, on the same stand-in
        DiscordBot second = discord.app.discordBot(discord.knowledge, BotHarness.TOKEN, secondConfig, false,
                DiscordBot.REPLY_BUDGET, new Metrics());
        try {
            second.awaitReadyAndRegister(Duration.ofSeconds(10), secondConfig);
            InjectedInteraction ask = discord.ask(WHERE, "alice");

            // THEN
            assertThat(identifiedShards(discord)).containsExactlyInAnyOrder("[0, 4]", "[1, 4]", "[2, 4]", "[3, 4]");
            assertThat(second.connected()).isTrue();
            assertThat(commandRegistrations(discord)).hasSize(1);
            assertThat(description(discord.callbackData(ask))).contains("Alaska");
            assertThat(discord.standIn.requests()).filteredOn(r -> r.is("POST", "/interactions/" + ask.id() + "/.*")).hasSize(1);
        } finally {
            second.close();
        }
    }

    @Test
    @DisplayName("a process running only shard 1 of 2 connects but registers no commands: the process with shard 0 does")
    void notShardZero() throws Exception {
        // GIVEN / WHEN
        BotHarness discord = endToEnd.start(bot -> bot.shards("2", "1").globalCommands());

        // THEN
        assertThat(identifiedShards(discord)).containsExactly("[1, 2]");
        assertThat(discord.bot().connected()).isTrue();
        assertThat(commandRegistrations(discord)).isEmpty();
    }

    @Test
    @DisplayName("guild commands are registered by the process whose shard holds the guild, and by no other")
    void guildCommands() throws Exception {
        // GIVEN the standard guild, which Discord's rule (guild_id >> 22) % 2 puts on shard 0
        long guildId = GuildModel.standard().guildId();
        assertThat((guildId >>> 22) % 2).isZero();

        // WHEN a process running shard 1 of 2 starts with guild-scoped commands
        BotHarness discord = endToEnd.start(bot -> bot.shards("2", "1"));

        // THEN it leaves the guild's registration to the process running shard 0
        assertThat(commandRegistrations(discord)).isEmpty();
    }

    @Test
    @DisplayName("with shards.total auto the process asks Discord (GET /gateway/bot) and runs what it recommends")
    void auto() throws Exception {
        // GIVEN / WHEN
        BotHarness discord = endToEnd.start(bot -> bot.shards("auto", null));

        // THEN
        discord.standIn.awaitRequest("GET", "/gateway/bot");
        assertThat(identifiedShards(discord)).containsExactly("[0, 1]");
        assertThat(description(discord.callbackData(discord.ask(WHERE, "alice")))).contains("Alaska");
        assertThat(commandRegistrations(discord)).hasSize(1);
    }

    private static List<String> identifiedShards(BotHarness discord) {
        return discord.standIn.gatewayOps().stream().filter(GatewayOp::isIdentify).map(op -> Arrays.toString(op.shard())).toList();
    }

    private static List<RecordedRequest> commandRegistrations(BotHarness discord) {
        return discord.standIn.requests().stream().filter(r -> r.is("PUT", "/applications/\\d+(/guilds/\\d+)?/commands")).toList();
    }
}
