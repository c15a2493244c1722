package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summitbot.App;
import dev.summitbot.Fixtures;
import dev.summitbot.Poll;
import dev.summitbot.discord.standin.DiscordStandIn;
import dev.summitbot.health.HttpGet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code summitbot discord} itself, run in this JVM from a configuration file as a user would write it,
 * against the Discord stand-in: the command starts the health endpoint and stops it when the bot ends.
 */
@DisplayName("summitbot discord with health.enabled serves /healthz while it runs and stops serving when the bot ends")
final class DiscordCommandHealthEndToEndTest {

    @RegisterExtension
    final DiscordEndToEnd endToEnd = new DiscordEndToEnd();

    @Test
    @DisplayName("/healthz answers 200 once the bot is connected; after Discord ends the session the command returns and the port is closed")
    void commandServesHealth() throws Exception {
        // GIVEN a stand-in, a token file and a configuration enabling health on a free port
        endToEnd.allowJdaLog("cannot be recovered due to identification issues");
        try (DiscordStandIn standIn = DiscordStandIn.start()) {
            Path work = endToEnd.work();
            int port = freePort();
            Files.writeString(work.resolve("token"), BotHarness.TOKEN, StandardCharsets.UTF_8);
            Path config = work.resolve("summitbot.yaml");
            Files.writeString(config, String.join("\n",
                    "knowledge:",
                    "  folder: " + Fixtures.articleKnowledge(),
                    "logs:",
                    "  reloadAudit: " + work.resolve("reload-audit.jsonl"),
                    "  feedback: " + work.resolve("feedback.jsonl"),
                    "  pinnedSummaries: " + work.resolve("pinned-summaries.json"),
                    "discord:",
                    "  tokenFile: " + work.resolve("token"),
                    "  guildIds: [\"" + standIn.model().guildId() + "\"]",
                    "  restBaseUrl: " + standIn.restBaseUrl(),
                    "  gatewayUrl: " + standIn.gatewayUrl(),
                    "health:",
                    "  enabled: true",
                    "  port: " + port,
                    ""), StandardCharsets.UTF_8);
            URI healthz = URI.create("http://127.0.0.1:" + port + "/healthz");
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            // WHEN the command runs until Discord ends the session (4004: authentication failed, not resumable)
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> App.run(
                    new String[] {"--config", config.toString(), "discord"}, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
            int code;
            try {
                // The command prints this once the commands are registered: only then is it waiting for the bot to end.
                Poll.until(() -> err.toString(StandardCharsets.UTF_8).contains("connected to Discord"), DiscordStandIn.TIMEOUT,
                        () -> "the command never said it was connected; stderr: " + err.toString(StandardCharsets.UTF_8)
                                + "; JDA sent the gateway: " + standIn.gatewayOps());
                Poll.until(() -> status(healthz) == 200, DiscordStandIn.TIMEOUT,
                        () -> "/healthz never answered 200; last " + status(healthz) + "; stderr: " + err.toString(StandardCharsets.UTF_8));
                standIn.closeSocket(4004);
                code = exit.get(DiscordStandIn.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } finally {
                // Whatever failed above, the bot must not outlive the test and reconnect into the next ones.
                standIn.endEverySession(4004);
                exit.completeOnTimeout(-1, DiscordStandIn.TIMEOUT.toSeconds(), TimeUnit.SECONDS).exceptionally(e -> -1).join();
            }

            // THEN
            assertThat(code).isZero();
            assertThatThrownBy(() -> HttpGet.get(healthz)).isInstanceOf(ConnectException.class);
        }
    }

    private static int status(URI uri) {
        try {
            return HttpGet.get(uri).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
