package dev.summitbot.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The Discord stand-in, beyond the basics")
final class DiscordStandInEdgeCasesTest {
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
    @DisplayName("a deferred reply is edited through @original and followed up through the webhook")
    void deferredReply() throws Exception {
        // GIVEN
        session = SmokeSession.start();

        // WHEN
        InjectedInteraction slow = session.standIn.slashCommand("slow", Map.of("question", "Why?"),
                session.member("mod"));

        // THEN
        assertThat(session.standIn.awaitCallback(slow).body().path("type").asInt()).isEqualTo(5);
        String original = Pattern.quote("/messages/@original");
        RecordedRequest edit = session.standIn.awaitRequest("PATCH", "/webhooks/\\d+/" + slow.token() + original);
        assertThat(edit.body().path("content").asText()).isEqualTo("Done: Why?");
        RecordedRequest followUp = session.standIn.awaitRequest("POST", "/webhooks/\\d+/" + slow.token());
        assertThat(followUp.query()).containsEntry("wait", "true");
        assertThat(followUp.body().path("flags").asInt() & 64).as("ephemeral flag").isEqualTo(64);
    }

    @Test
    @DisplayName("responseMessageId finds the message an interaction's response created, e.g. to click its buttons")
    void responseMessageId() throws Exception {
        // GIVEN
        session = SmokeSession.start();

        // WHEN
        InjectedInteraction ask = session.standIn.slashCommand("ask", Map.of("question", "Which one?"),
                session.member("alice"));

        // THEN
        long id = session.standIn.responseMessageId(ask);
        assertThat(session.standIn.message(id).path("content").asText()).isEqualTo("Answer to: Which one?");
    }

    @Test
    @DisplayName("a reply to the bot's message carries the referenced message to JDA")
    void replyToBot() throws Exception {
        // GIVEN
        session = SmokeSession.start();
        Message faq = session.general().sendMessage("Summit FAQ").complete();

        // WHEN
        session.standIn.messageCreate(faq.getChannel().getIdLong(), session.member("alice"), "and in winter?",
                List.of(), faq.getIdLong());

        // THEN
        RecordedRequest reply = session.standIn.awaitRequest(
                r -> r.is("POST", "/channels/\\d+/messages") && r.body().has("message_reference"));
        assertThat(reply.body().path("content").asText()).isEqualTo("Hello alice (re: Summit FAQ)");
    }

    @Test
    @DisplayName("a message command sees its target and autocomplete answers with choices")
    void contextCommandAndAutocomplete() throws Exception {
        // GIVEN
        session = SmokeSession.start();
        InjectedMessage question = session.standIn.messageCreate(session.member("alice"), "What is the summit?");

        // WHEN
        InjectedInteraction quote = session.standIn.messageContextCommand("Quote", question.id(),
                session.member("mod"));
        InjectedInteraction typing = session.standIn.autocomplete("ask", Map.of("question", "al"), "question",
                session.member("alice"));

        // THEN
        JsonNode quoted = session.standIn.awaitCallback(quote).body();
        assertThat(quoted.path("data").path("content").asText()).isEqualTo("Quoted: What is the summit?");
        JsonNode choices = session.standIn.awaitCallback(typing).body();
        assertThat(choices.path("type").asInt()).isEqualTo(8);
        assertThat(choices.path("data").path("choices").findValuesAsText("name")).containsExactly("alpine", "altitude");
    }

    @Test
    @DisplayName("a message with a file arrives as multipart; its payload_json and file name are recorded")
    void multipartUpload() throws Exception {
        // GIVEN
        session = SmokeSession.start();

        // WHEN
        Message sent = session.general().sendMessage("See the notes")
                .addFiles(FileUpload.fromData("Höhe: 4808 m".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .complete();

        // THEN
        RecordedRequest upload = session.standIn.awaitRequest("POST", "/channels/\\d+/messages");
        assertThat(upload.header("Content-Type")).startsWith("multipart/form-data");
        assertThat(upload.fileNames()).containsExactly("notes.txt");
        assertThat(upload.body().path("content").asText()).isEqualTo("See the notes");
        assertThat(sent.getAttachments()).extracting(Message.Attachment::getFileName).containsExactly("notes.txt");
    }

    @Test
    @DisplayName("after op 9 INVALID_SESSION JDA identifies again (about 5 s later) and gets a fresh READY")
    void identifiesAfterInvalidSession() throws Exception {
        // GIVEN
        session = SmokeSession.start();
        jdaLog.allowInThisTest("Appending to reconnect queue");

        // WHEN
        session.standIn.invalidateSession();
        session.standIn.awaitGatewayOp(op -> op.isIdentify() && op.connection() == 2);
        InjectedInteraction ask = session.standIn.slashCommand("ask", Map.of("question", "New session?"),
                session.member("alice"));

        // THEN
        assertThat(session.standIn.awaitCallback(ask).body().path("data").path("content").asText())
                .isEqualTo("Answer to: New session?");
        assertThat(session.standIn.gatewayOps()).noneMatch(GatewayOp::isResume);
    }

    @Test
    @DisplayName("close() stops every thread the stand-in started")
    void closeStopsThreads() throws Exception {
        // GIVEN
        DiscordStandIn standIn = DiscordStandIn.start();

        // WHEN
        standIn.close();

        // THEN
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(Thread::isAlive).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("discord-stand-in") || name.startsWith("WebSocketSelector")
                        || name.startsWith("WebSocketWorker"));
    }
}
