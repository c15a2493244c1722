package dev.summitbot.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.requests.GatewayIntent;

/** A stand-in with a real JDA running {@link SmokeBot} against it, for the stand-in's own tests. */
final class SmokeSession implements AutoCloseable {
    final DiscordStandIn standIn;
    final JDA jda;

    private SmokeSession(DiscordStandIn standIn, JDA jda) {
        this.standIn = standIn;
        this.jda = jda;
    }

    static SmokeSession start(GuildModel model) throws Exception {
        DiscordStandIn standIn = DiscordStandIn.start(model);
        JDA jda = null;
        try {
            jda = StandInJda.builder(standIn, GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                    .addEventListeners(new SmokeBot())
                    .build();
            StandInJda.awaitReady(jda, DiscordStandIn.TIMEOUT);
            return new SmokeSession(standIn, jda);
        } catch (Exception | AssertionError e) {
            if (jda != null) {
                jda.shutdownNow();
            }
            standIn.close();
            throw e;
        }
    }

    static SmokeSession start() throws Exception {
        return start(GuildModel.standard());
    }

    TextChannel general() {
        return jda.getTextChannelById(standIn.model().channel("general").id());
    }

    StandInMember member(String username) {
        return standIn.model().member(username);
    }

    /** Stops JDA, then the stand-in, then checks that JDA called no route the stand-in does not know. */
    @Override
    public void close() {
        try {
            StandInJda.shutdown(jda, DiscordStandIn.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while stopping JDA", e);
        } finally {
            standIn.close();
        }
        assertThat(standIn.unknownRequests()).as("requests to routes the stand-in does not know").isEmpty();
    }
}
