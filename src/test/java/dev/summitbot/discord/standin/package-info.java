/**
 * A local stand-in for Discord's REST API and gateway, for end-to-end tests that drive the real JDA client.
 *
 * <pre>{@code
 * @RegisterExtension final JdaLogGuard jdaLog = JdaLogGuard.failOnWarnings();
 *
 * try (DiscordStandIn discord = DiscordStandIn.start(GuildModel.standard())) {
 *     JDA jda = StandInJda.builder(discord, GatewayIntent.GUILD_MESSAGES).addEventListeners(bot).build();
 *     StandInJda.awaitReady(jda, DiscordStandIn.TIMEOUT);
 *     InjectedInteraction ask = discord.slashCommand("ask", Map.of("question", "How high?"),
 *             discord.model().member("alice"));
 *     RecordedRequest reply = discord.awaitCallback(ask);   // assert on reply.body()
 *     StandInJda.shutdown(jda, DiscordStandIn.TIMEOUT);      // after awaiting the last request expected
 *     assertThat(discord.unknownRequests()).isEmpty();
 * }
 * }</pre>
 *
 * <p>For sharded bots split across processes, {@code DiscordStandIn.start(guildA, guildA.anotherGuild(id))} serves
 * two guilds, each on the shard Discord's rule gives it, with a gateway session of its own; events injected in a
 * guild's channel go to that guild's session ({@code ClusterEndToEndTest}).
 *
 * <p>Test code only: nothing here may be used from {@code src/main}.
 */
package dev.summitbot.discord.standin;
