package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.summitbot.App;
import dev.summitbot.Fixtures;
import dev.summitbot.Poll;
import dev.summitbot.config.BotConfig;
import dev.summitbot.config.DiscordConfig;
import dev.summitbot.config.HealthConfig;
import dev.summitbot.config.KnowledgeConfig;
import dev.summitbot.config.LogsConfig;
import dev.summitbot.config.RateLimitConfig;
import dev.summitbot.config.ShardsConfig;
import dev.summitbot.discord.standin.DiscordStandIn;
import dev.summitbot.discord.standin.GuildModel;
import dev.summitbot.discord.standin.InjectedInteraction;
import dev.summitbot.discord.standin.InjectedMessage;
import dev.summitbot.discord.standin.RecordedRequest;
import dev.summitbot.discord.standin.StandInMember;
import dev.summitbot.health.HealthServer;
import dev.summitbot.health.Metrics;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bot under test: a {@link DiscordStandIn} and SummitBot connected to it through the production
 * wiring ({@link App#knowledge}, {@link App#discordBot}, {@link DiscordBot#awaitReadyAndRegister}).
 * {@link #close()} stops the bot, then the stand-in, and checks that JDA called no unknown route. Tests start
 * it through {@link DiscordEndToEnd}, which closes it before its {@code JdaLogGuard} check, so that the check
 * covers shutdown.
 */
final class BotHarness implements AutoCloseable {

    /** The bot's clock: fixed, so that rate-limit waits and versions are predictable. */
    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    static final String TOKEN = "test-token";

    final DiscordStandIn standIn;
    final App app;
    final KnowledgeService knowledge;
    final DiscordConfig config;
    final Metrics metrics;
    private DiscordBot bot;
    /** The health endpoint, when the builder asked for it ({@link Builder#health()}). */
    private Optional<HealthServer> health;

    private BotHarness(DiscordStandIn standIn, App app, KnowledgeService knowledge, DiscordBot bot, DiscordConfig config,
            Metrics metrics, Optional<HealthServer> health) {
        this.standIn = standIn;
        this.app = app;
        this.knowledge = knowledge;
        this.bot = bot;
        this.config = config;
        this.metrics = metrics;
        this.health = health;
    }

    /** A harness whose audit and feedback files live in {@code workDir} (a {@code @TempDir}). */
    static Builder builder(Path workDir) {
        return new Builder(workDir);
    }

    /** Copies the project's real knowledge folder into {@code target}, for tests that change it. */
    static Path copyOfRealKnowledge(Path target) throws IOException {
        Path source = Fixtures.articleKnowledge();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return target;
    }

    DiscordBot bot() {
        return bot;
    }

    /** Stops the bot and starts a new one on the same stand-in, knowledge and files, as a restart would. */
    void restartBot() throws Exception {
        bot.close();
        bot = app.discordBot(knowledge, TOKEN, config, false, DiscordBot.REPLY_BUDGET, metrics);
        bot.awaitReadyAndRegister(Duration.ofSeconds(10), config);
    }

    /** {@code http://127.0.0.1:PORT} of the health endpoint; the builder must have asked for it. */
    URI healthUri() {
        return URI.create("http://127.0.0.1:" + health.orElseThrow(() -> new IllegalStateException("started without health()")).port());
    }

    // ---- the world -------------------------------------------------------------------------------

    GuildModel model() {
        return standIn.model();
    }

    StandInMember member(String username) {
        return model().member(username);
    }

    long channelId(String name) {
        return model().channel(name).id();
    }

    /** The feedback file, found the way the bot finds it: the configured path resolved against the home. */
    Path feedbackFile() {
        return app.resolve(app.config().logs().feedback());
    }

    /** The gaps log, found the way the bot finds it. */
    Path gapsFile() {
        return app.resolve(app.config().logs().gaps());
    }

    Path auditFile() {
        return app.resolve(app.config().logs().reloadAudit());
    }

    String version() {
        return knowledge.version().label();
    }

    // ---- events ----------------------------------------------------------------------------------

    InjectedInteraction ask(String question, String username) {
        return standIn.slashCommand(CommandCatalog.ASK, Map.of(CommandCatalog.QUESTION, question), member(username));
    }

    InjectedInteraction slash(String command, Map<String, ?> options, String username) {
        return standIn.slashCommand(command, options, member(username));
    }

    InjectedInteraction click(String customId, long messageId, String username) {
        return standIn.buttonClick(customId, messageId, member(username));
    }

    InjectedMessage say(String channel, String username, String content) {
        return standIn.messageCreate(channelId(channel), member(username), content, List.of(), null);
    }

    /** {@code content} after a mention of the bot, in {@code channel}. */
    InjectedMessage mentionBot(String channel, String username, String content) {
        return say(channel, username, model().botUser().mention() + " " + content);
    }

    // ---- requests --------------------------------------------------------------------------------

    /** The {@code data} of the initial response to {@code interaction}. */
    JsonNode callbackData(InjectedInteraction interaction) throws InterruptedException {
        return standIn.awaitCallback(interaction).body().path("data");
    }

    /** The bot's message posted to {@code channel} in reply to {@code message}. */
    RecordedRequest awaitReplyTo(InjectedMessage message) throws InterruptedException {
        return standIn.awaitRequest(r -> r.is("POST", "/channels/" + message.channelId() + "/messages")
                && r.body().path("message_reference").path("message_id").asLong() == message.id());
    }

    /**
     * Waits until JDA has made {@code count} requests matching {@code matcher}, e.g. the n-th listing of a
     * channel's pins; fails listing every request after {@link DiscordStandIn#TIMEOUT}.
     */
    void awaitRequests(Predicate<RecordedRequest> matcher, int count) throws InterruptedException {
        Poll.until(() -> standIn.requests().stream().filter(matcher).count() >= count, DiscordStandIn.TIMEOUT,
                () -> "fewer than " + count + " matching requests; received:\n  "
                        + standIn.requests().stream().map(Object::toString).collect(Collectors.joining("\n  ")));
    }

    /** Waits for the bot's {@code n}-th pinned summary in {@code channelId}: the pin, then the listing of earlier pins. */
    void awaitSummaryPinned(long channelId, long messageId, int n) throws InterruptedException {
        standIn.awaitRequest("PUT", "/channels/" + channelId + "/messages/pins/" + messageId);
        awaitRequests(r -> r.is("GET", "/channels/" + channelId + "/messages/pins"), n);
    }

    /** Every message the bot posted to channels (not interaction responses), in order. */
    List<RecordedRequest> channelPosts() {
        return standIn.requests().stream().filter(r -> r.is("POST", "/channels/\\d+/messages")).toList();
    }

    /** Every REST request JDA made with a body (messages, responses, edits, command registration). */
    List<RecordedRequest> requestsWithBody() {
        return standIn.requests().stream().filter(r -> !r.body().isNull() && !r.body().isMissingNode()).toList();
    }

    /** Stops the bot, then the stand-in; then checks that JDA called no route the stand-in does not know. */
    @Override
    public void close() {
        try {
            health.ifPresent(HealthServer::close);
            bot.close();
            knowledge.close();
        } finally {
            standIn.close();
        }
        assertThat(standIn.unknownRequests()).as("requests to routes the stand-in does not know").isEmpty();
    }

    /** What differs between tests: the guild, the knowledge, the Q&A channels, roles and limits. */
    static final class Builder {
        private final Path workDir;
        private GuildModel model = GuildModel.standard();
        private Path knowledgeFolder = Fixtures.articleKnowledge();
        private Path feedbackFile;
        private final List<String> qaChannels = new ArrayList<>();
        private final List<String> moderatorRoles = new ArrayList<>();
        private final List<String> adminRoles = new ArrayList<>();
        private RateLimitConfig rateLimit = new RateLimitConfig(100, 100, 60);
        private boolean guildScoped = true;
        private boolean health;
        private ShardsConfig shards = ShardsConfig.NONE;

        private Duration replyBudget = DiscordBot.REPLY_BUDGET;

        private Builder(Path workDir) {
            this.workDir = workDir;
            this.feedbackFile = workDir.resolve("feedback.jsonl");
        }

        Builder model(GuildModel model) {
            this.model = model;
            return this;
        }

        Builder knowledge(Path folder) {
            this.knowledgeFolder = folder;
            return this;
        }

        Builder feedbackFile(Path file) {
            this.feedbackFile = file;
            return this;
        }

        /** Makes the channel named {@code name} (of the model) a Q&A channel. */
        Builder qaChannel(String name) {
            qaChannels.add(Long.toString(model.channel(name).id()));
            return this;
        }

        Builder moderatorRole(String name) {
            moderatorRoles.add(Long.toString(model.role(name).id()));
            return this;
        }

        Builder adminRole(String name) {
            adminRoles.add(Long.toString(model.role(name).id()));
            return this;
        }

        Builder rateLimit(int perUser, int perChannel, int windowSeconds) {
            this.rateLimit = new RateLimitConfig(perUser, perChannel, windowSeconds);
            return this;
        }

        /** How long an answer may take before the bot defers its reply; {@code Duration.ZERO} always defers. */
        Builder replyBudget(Duration budget) {
            this.replyBudget = budget;
            return this;
        }

        /** Serves the health endpoint on a free port of 127.0.0.1 ({@link BotHarness#healthUri()}). */
        Builder health() {
            this.health = true;
            return this;
        }

        /** Runs the bot through a shard manager: {@code total} shards, this process running {@code ids}. */
        Builder shards(String total, String ids) {
            this.shards = new ShardsConfig(total, ids);
            return this;
        }

        /** Registers the commands globally (no guild ids configured). */
        Builder globalCommands() {
            this.guildScoped = false;
            return this;
        }

        BotHarness start() throws Exception {
            DiscordStandIn standIn = DiscordStandIn.start(model);
            KnowledgeService knowledge = null;
            DiscordBot bot = null;
            Optional<HealthServer> server = Optional.empty();
            try {
                List<String> guilds = guildScoped ? List.of(Long.toString(model.guildId())) : List.of();
                DiscordConfig discord = new DiscordConfig(null, guilds, qaChannels, moderatorRoles, adminRoles,
                        standIn.restBaseUrl(), standIn.gatewayUrl(), rateLimit, shards);
                BotConfig config = new BotConfig(new KnowledgeConfig(knowledgeFolder.toString(), false, null),
                        new LogsConfig(workDir.resolve("reload-audit.jsonl").toString(), feedbackFile.toString(),
                                workDir.resolve("pinned-summaries.json").toString(), workDir.resolve("gaps.jsonl").toString(), null),
                        discord,
                        new HealthConfig(health, "127.0.0.1", 0), null);
                App app = new App(Fixtures.projectRoot(), config, Clock.fixed(NOW, ZoneOffset.UTC));
                knowledge = app.knowledge(knowledgeFolder);
                Metrics metrics = app.metrics(knowledge);
                bot = app.discordBot(knowledge, TOKEN, discord, false, replyBudget, metrics);
                server = app.healthServer(metrics, knowledge, bot);
                bot.awaitReadyAndRegister(Duration.ofSeconds(10), discord);
                return new BotHarness(standIn, app, knowledge, bot, discord, metrics, server);
            } catch (Exception | AssertionError e) {
                server.ifPresent(HealthServer::close);
                if (bot != null) {
                    bot.close();
                }
                if (knowledge != null) {
                    knowledge.close();
                }
                standIn.close();
                throw e;
            }
        }
    }
}
