package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.description;
import static dev.summitbot.discord.Bodies.embed;
import static dev.summitbot.discord.Bodies.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.Poll;
import dev.summitbot.Slow;
import dev.summitbot.TestJvm;
import dev.summitbot.discord.standin.DiscordStandIn;
import dev.summitbot.discord.standin.GatewayOp;
import dev.summitbot.discord.standin.GuildModel;
import dev.summitbot.discord.standin.InjectedInteraction;
import dev.summitbot.discord.standin.StandInMember;
import dev.summitbot.health.HttpGet;
import dev.summitbot.knowledge.KnowledgeFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real bot processes ({@code java … dev.summitbot.App discord}, started from this test's class path)
 * splitting four shards of one Discord stand-in, sharing one knowledge folder, one cluster state folder and
 * one audit log. The stand-in serves two guilds: A on shard 0 of 4 (process A's), B on shard 2 (process B's).
 */
@Slow
@DisplayName("Two bot processes with two shards each share one knowledge version through the cluster state folder")
final class ClusterEndToEndTest {

    private static final Duration START = Duration.ofSeconds(90);
    private static final String QUESTION = KnowledgeFixture.QUESTION;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final List<BotProcess> processes = new ArrayList<>();
    private final List<DiscordStandIn> standIns = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(BotProcess::stop);
        standIns.forEach(DiscordStandIn::close);
    }

    @Test
    @DisplayName("both answer; /reload on A changes the version B answers with; A killed leaves B answering and shown alone")
    void twoProcesses() throws Exception {
        // GIVEN one knowledge folder, and processes A (shards 0-1 of 4) and B (shards 2-3) each before a guild on its shards
        Path knowledge = dir.resolve("knowledge");
        KnowledgeFixture.at(knowledge).summitIn("Alaska");
        GuildModel guildA = GuildModel.standard();
        GuildModel guildB = guildA.anotherGuild(guildA.guildId() + (2L << 22));
        assertThat((guildA.guildId() >>> 22) % 4).isZero();
        assertThat((guildB.guildId() >>> 22) % 4).isEqualTo(2);
        DiscordStandIn standIn = DiscordStandIn.start(guildA, guildB);
        standIns.add(standIn);
        List<Long> guilds = List.of(guildA.guildId(), guildB.guildId());
        BotProcess a = start("a", "0-1", standIn, guilds);
        BotProcess b = start("b", "2-3", standIn, guilds);
        a.awaitHealthy();
        b.awaitHealthy();
        // healthy means connected; a process registers its guild's commands when that guild is ready, which may come after
        for (GuildModel guild : List.of(guildA, guildB)) {
            standIn.awaitRequest("PUT", "/applications/\\d+/guilds/" + guild.guildId() + "/commands");
        }

        // THEN the four shards identified once each, each process registered the commands of its guild, and each answers there
        assertThat(identified(standIn)).containsExactlyInAnyOrder("[0, 4]", "[1, 4]", "[2, 4]", "[3, 4]");
        assertThat(standIn.requests()).filteredOn(r -> r.is("PUT", "/applications/\\d+(/guilds/\\d+)?/commands"))
                .extracting(r -> r.path().replaceAll(".*/guilds/(\\d+)/commands", "$1"))
                .containsExactlyInAnyOrder(Long.toString(guildA.guildId()), Long.toString(guildB.guildId()));
        assertThat(answer(standIn, guildA, QUESTION)).contains("Alaska");
        assertThat(answer(standIn, guildB, QUESTION)).contains("Alaska");
        String before = b.knowledgeHash();

        // WHEN the fact changes and an admin runs /reload on A
        KnowledgeFixture.at(knowledge).summitIn("Anchorage");
        InjectedInteraction reload = standIn.slashCommand(guildA.defaultChannel().id(), CommandCatalog.RELOAD, Map.of(),
                guildA.member("root"));
        JsonNode reply = standIn.awaitRequest(r -> r.is("PATCH", "/webhooks/\\d+/" + reload.token()
                + Pattern.quote("/messages/@original")), START).body();
        assertThat(embed(reply).path("title").asText()).isEqualTo("Knowledge reloaded");
        assertThat(field(reply, "Other processes")).contains("/about");
        String after = a.knowledgeHash();
        assertThat(after).isNotEqualTo(before);

        // THEN B reloads by itself and answers from the new knowledge, with A's version
        Poll.until(() -> after.equals(b.knowledgeHashOrNull()), START, () -> "B still on " + b.knowledgeHashOrNull() + b.log());
        JsonNode answerB = answerMessage(standIn, guildB, QUESTION);
        assertThat(description(answerB)).contains("Anchorage");
        assertThat(embed(answerB).path("footer").path("text").asText()).startsWith("knowledge " + after + "@");
        assertThat(about(standIn, guildB)).contains("Processes: 2 live, all on knowledge " + after)
                .contains("• a: shards 0-1 of 4, knowledge " + after).contains("• b (this one): shards 2-3 of 4, knowledge " + after)
                .contains("healthy, gateway CONNECTED");

        // AND WHEN A is killed
        assertThat(a.log()).as("A's log").doesNotContain(" WARN ", " ERROR ");
        a.kill();

        // THEN B still answers, and its /about soon shows A as stale
        assertThat(answer(standIn, guildB, QUESTION)).contains("Anchorage");
        Poll.until(() -> about(standIn, guildB).contains("Processes: 1 live, 1 stale"), START, () -> "A never shown stale" + b.log());

        // AND the audit log both wrote to holds one whole line per reload: A's by the admin, B's for A's request
        String admin = Long.toString(guildA.member("root").id());
        List<JsonNode> audit = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("data/reload-audit.jsonl"), StandardCharsets.UTF_8)) {
            audit.add(JSON.readTree(line));
        }
        assertThat(audit).extracting(line -> line.path("actor").asText()).containsExactlyInAnyOrder(admin, "cluster:a/" + admin);
        assertThat(audit).allSatisfy(line -> assertThat(line.path("ok").asBoolean()).isTrue());
        assertThat(b.log()).as("B's log").doesNotContain(" WARN ", " ERROR ");
        assertThat(standIn.unknownRequests()).as("requests to routes the stand-in does not know").isEmpty();
    }

    private static List<String> identified(DiscordStandIn standIn) {
        return standIn.gatewayOps().stream().filter(GatewayOp::isIdentify).map(op -> Arrays.toString(op.shard())).toList();
    }

    private static String answer(DiscordStandIn standIn, GuildModel guild, String question) throws InterruptedException {
        return description(answerMessage(standIn, guild, question));
    }

    /** {@code /ask} by alice in the guild's first channel: the process that runs the guild's shard answers. */
    private static JsonNode answerMessage(DiscordStandIn standIn, GuildModel guild, String question) throws InterruptedException {
        StandInMember alice = guild.member("alice");
        InjectedInteraction ask = standIn.slashCommand(guild.defaultChannel().id(), CommandCatalog.ASK,
                Map.of(CommandCatalog.QUESTION, question), alice);
        return standIn.awaitCallback(ask).body().path("data");
    }

    private static String about(DiscordStandIn standIn, GuildModel guild) {
        try {
            InjectedInteraction about = standIn.slashCommand(guild.defaultChannel().id(), CommandCatalog.ABOUT, Map.of(),
                    guild.member("alice"));
            return description(standIn.awaitCallback(about).body().path("data"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts {@code summitbot discord} in a new JVM, configured as a user would configure a replica. */
    private BotProcess start(String id, String shards, DiscordStandIn standIn, List<Long> guilds) throws IOException {
        Path home = Files.createDirectories(dir.resolve("home-" + id));
        Files.writeString(home.resolve("token"), BotHarness.TOKEN, StandardCharsets.UTF_8);
        int port = freePort();
        Path config = home.resolve("summitbot.yaml");
        Files.writeString(config, String.join("\n",
                "knowledge:",
                "  folder: " + dir.resolve("knowledge"),
                "logs:",
                "  reloadAudit: " + dir.resolve("data/reload-audit.jsonl"),
                "  feedback: " + dir.resolve("data/feedback.jsonl"),
                "  pinnedSummaries: " + home.resolve("pinned-summaries.json"),
                "discord:",
                "  tokenFile: " + home.resolve("token"),
                "  guildIds: " + guilds.stream().map(g -> "\"" + g + "\"").toList(),
                "  restBaseUrl: " + standIn.restBaseUrl(),
                "  gatewayUrl: " + standIn.gatewayUrl(),
                "  shards:",
                "    total: 4",
                "    ids: \"" + shards + "\"",
                "health:",
                "  enabled: true",
                "  port: " + port,
                "cluster:",
                "  stateDir: " + dir.resolve("state"),
                "  processId: " + id,
                "  heartbeatMillis: 200",
                ""), StandardCharsets.UTF_8);
        Path log = home.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(TestJvm.command(
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dsummitbot.home=" + home),
                "dev.summitbot.App", "--config", config.toString(), "discord"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DISCORD_") || name.startsWith("SUMMITBOT_"));
        builder.environment().put("SUMMITBOT_LOG_LEVEL", "INFO");
        BotProcess process = new BotProcess(builder.start(), URI.create("http://127.0.0.1:" + port + "/healthz"), log);
        processes.add(process);
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** One bot process: its health endpoint and its log (standard error and output). */
    private record BotProcess(Process process, URI healthz, Path logFile) {

        void awaitHealthy() throws InterruptedException {
            Poll.until(() -> health().filter(r -> r.statusCode() == 200).isPresent(), START,
                    () -> "not healthy: " + health().map(HttpResponse::body).orElse("no answer") + log());
        }

        /** The content hash of the knowledge /healthz reports. */
        String knowledgeHash() {
            String hash = knowledgeHashOrNull();
            assertThat(hash).as("/healthz names a knowledge version" + log()).isNotNull();
            return hash;
        }

        String knowledgeHashOrNull() {
            return health().map(r -> {
                try {
                    return JSON.readTree(r.body()).path("knowledge").asText().split("@")[0];
                } catch (IOException e) {
                    return null;
                }
            }).orElse(null);
        }

        Optional<HttpResponse<String>> health() {
            try {
                return Optional.of(HttpGet.get(healthz));
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        String log() {
            try {
                return "\n--- log of the process:\n" + Files.readString(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "\n(no log: " + e + ")";
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
