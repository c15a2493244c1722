package dev.summitbot.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The Discord stand-in drives the real JDA client")
final class DiscordStandInTest {
    @RegisterExtension
    final JdaLogGuard jdaLog = JdaLogGuard.failOnWarnings();

    private SmokeSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @DisplayName("JDA gets READY with the model's guild, having identified once and asked only for itself")
    void ready() throws Exception {
        // WHEN
        session = SmokeSession.start();

        // THEN
        Guild guild = session.jda.getGuildById(session.standIn.model().guildId());
        assertThat(guild).isNotNull();
        assertThat(guild.getTextChannels()).extracting(TextChannel::getName).containsExactly("general", "help");
        assertThat(guild.getRoles()).extracting(Role::getName).contains("member", "moderator", "admin");
        assertThat(guild.getSelfMember().hasPermission(session.general(), Permission.PIN_MESSAGES)).isTrue();
        assertThat(session.standIn.gatewayOps()).filteredOn(GatewayOp::isIdentify).hasSize(1);
        assertThat(session.standIn.requests()).extracting(r -> r.method() + " " + r.path())
                .containsExactly("GET /users/@me");
    }

    @Test
    @DisplayName("updateCommands() PUTs the commands and gets them back with ids")
    void registersCommands() throws Exception {
        // GIVEN
        session = SmokeSession.start();

        // WHEN
        List<Command> registered = session.jda.updateCommands()
                .addCommands(Commands.slash("ask", "Ask a question")
                        .addOption(OptionType.STRING, "question", "What to ask", true, true))
                .complete();

        // THEN
        String app = Long.toString(session.standIn.model().applicationId());
        JsonNode commands = session.standIn.awaitRequest("PUT", "/applications/" + app + "/commands").body();
        assertThat(commands.get(0).path("name").asText()).isEqualTo("ask");
        assertThat(commands.get(0).path("options").get(0).path("type").asInt()).isEqualTo(3);
        assertThat(registered).singleElement().satisfies(c -> assertThat(c.getIdLong()).isPositive());
    }

    @Test
    @DisplayName("a slash command is answered through the callback, with no mentions allowed")
    void slashCommand() throws Exception {
        // GIVEN
        session = SmokeSession.start();

        // WHEN
        InjectedInteraction ask = session.standIn.slashCommand("ask", Map.of("question", "How high?"),
                session.member("alice"));

        // THEN
        RecordedRequest callback = session.standIn.awaitCallback(ask);
        assertThat(callback.query()).containsEntry("with_response", "true");
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        JsonNode data = callback.body().path("data");
        assertThat(data.path("content").asText()).isEqualTo("Answer to: How high?");
        assertThat(data.path("allowed_mentions").path("parse").isArray()).isTrue();
        assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    @DisplayName("a message mentioning the bot gets a reply; the same from a bot account is ignored")
    void messageCreate() throws Exception {
        // GIVEN
        session = SmokeSession.start();
        GuildModel model = session.standIn.model();
        StandInMember relay = new StandInMember(StandInUser.bot(1_300_000_000_000_000_999L, "relay"), List.of());
        String text = model.botUser().mention() + " is the summit open?";
        long channel = model.defaultChannel().id();

        // WHEN
        session.standIn.messageCreate(channel, relay, text, List.of(model.botMember()), null);
        InjectedMessage question = session.standIn.messageCreate(channel, session.member("alice"), text,
                List.of(model.botMember()), null);

        // THEN
        RecordedRequest reply = session.standIn.awaitRequest("POST", "/channels/" + channel + "/messages");
        assertThat(reply.body().path("content").asText()).isEqualTo("Hello alice");
        assertThat(reply.body().path("message_reference").path("message_id").asLong()).isEqualTo(question.id());
        assertThat(reply.body().path("allowed_mentions").path("parse")).isEmpty();
        assertThat(reply.body().path("allowed_mentions").path("replied_user").asBoolean(true)).isFalse();
        assertThat(session.standIn.requests()).filteredOn(r -> r.is("POST", "/channels/\\d+/messages")).hasSize(1);
    }

    @Test
    @DisplayName("a click on a button of the bot's message reaches the listener with that message")
    void buttonClick() throws Exception {
        // GIVEN
        session = SmokeSession.start();
        Message posted = session.general().sendMessage("Peak facts")
                .addComponents(ActionRow.of(Button.primary("more:peak", "More")))
                .complete();

        // WHEN
        InjectedInteraction click = session.standIn.buttonClick("more:peak", posted.getIdLong(),
                session.member("alice"));

        // THEN
        JsonNode callback = session.standIn.awaitCallback(click).body();
        assertThat(callback.path("data").path("content").asText()).isEqualTo("More about Peak facts (More)");
        assertThat(callback.path("data").path("flags").asInt()).as("ephemeral").isEqualTo(64);
    }

    @Test
    @DisplayName("the bot pins its message with PUT /channels/{c}/messages/pins/{m} and finds it pinned")
    void pins() throws Exception {
        // GIVEN
        session = SmokeSession.start();
        Message summary = session.general().sendMessage("Summary").complete();

        // WHEN
        summary.pin().complete();

        // THEN
        session.standIn.awaitRequest("PUT", "/channels/" + session.general().getId() + "/messages/pins/"
                + summary.getId());
        assertThat(session.standIn.message(summary.getIdLong()).path("pinned").asBoolean()).isTrue();
        assertThat(session.general().retrievePinnedMessages().complete()).singleElement()
                .satisfies(pin -> assertThat(pin.getMessage().getIdLong()).isEqualTo(summary.getIdLong()));
    }

    @Test
    @DisplayName("without PIN_MESSAGES JDA refuses to pin and sends no request")
    void missingPinPermission() throws Exception {
        // GIVEN
        session = SmokeSession.start(GuildModel.builder().botCanPin(false).build());
        Message summary = session.general().sendMessage("Summary").complete();

        // WHEN / THEN
        assertThatThrownBy(() -> summary.pin().complete())
                .isInstanceOfSatisfying(InsufficientPermissionException.class,
                        e -> assertThat(e.getPermission()).isEqualTo(Permission.PIN_MESSAGES));
        assertThat(session.standIn.requests()).noneMatch(r -> r.path().contains("/pins"));
    }

    @Test
    @DisplayName("after op 7 RECONNECT JDA resumes and still handles slash commands")
    void resumesAfterReconnect() throws Exception {
        // GIVEN
        session = SmokeSession.start();

        // WHEN
        session.standIn.sendReconnect();
        GatewayOp resume = session.standIn.awaitGatewayOp(GatewayOp::isResume);
        InjectedInteraction ask = session.standIn.slashCommand("ask", Map.of("question", "Still there?"),
                session.member("alice"));

        // THEN
        assertThat(resume.connection()).isEqualTo(2);
        assertThat(session.standIn.awaitCallback(ask).body().path("data").path("content").asText())
                .isEqualTo("Answer to: Still there?");
        assertThat(session.standIn.gatewayOps()).filteredOn(GatewayOp::isIdentify).hasSize(1);
    }

    @Test
    @DisplayName("after a server close with 4000 JDA resumes and gets the missed slash command replayed")
    void resumesAfterClose() throws Exception {
        // GIVEN
        session = SmokeSession.start();
        jdaLog.allowInThisTest("WebSocket connection closed due to server error! 4000");

        // WHEN
        session.standIn.closeSocket(4000);
        InjectedInteraction ask = session.standIn.slashCommand("ask", Map.of("question", "Missed me?"),
                session.member("alice"));

        // THEN
        assertThat(session.standIn.awaitCallback(ask).body().path("data").path("content").asText())
                .isEqualTo("Answer to: Missed me?");
        GatewayOp resume = session.standIn.awaitGatewayOp(GatewayOp::isResume);
        assertThat(resume.data().path("seq").asInt()).as("READY and GUILD_CREATE seen, the command not").isEqualTo(2);
        assertThat(session.standIn.gatewayOps()).filteredOn(GatewayOp::isIdentify).hasSize(1);
    }
}
