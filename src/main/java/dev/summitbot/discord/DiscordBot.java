package dev.summitbot.discord;

import dev.summitbot.cluster.ClusterMember;
import dev.summitbot.config.DiscordConfig;
import dev.summitbot.gaps.GapsLog;
import dev.summitbot.service.KnowledgeService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JDA client's lifecycle: connect, register the commands, listen, shut down. */
public final class DiscordBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    /** Answers ready this soon are sent at once; slower ones are deferred first, well inside Discord's 3 s. */
    public static final Duration REPLY_BUDGET = Duration.ofMillis(1500);
    /**
     * Threads that compute answers and summaries. An answer takes about a millisecond of CPU, so two
     * keep up with any chat while leaving a core for JDA's own threads on a small host.
     */
    static final int ANSWER_THREADS = 2;

    /**
     * @param token the bot token; never logged
     * @param shutdownHook let JDA close itself when the JVM exits (off in tests)
     * @param replyBudget how long an answer may take before the reply is deferred ({@link #REPLY_BUDGET})
     * @param pinnedFile the JSON file of the pinned summaries kept up to date ({@link PinnedSummaryStore})
     * @param reconnected called each time the gateway session is resumed or re-established (the metrics count them)
     * @param cluster the other processes of this bot, which {@code /about} lists; empty for a process on its own
     * @param gaps the log of declined and partial questions, which {@code /gaps} lists
     */
    public record Settings(String token, DiscordConfig config, Path feedbackFile, Path pinnedFile, boolean shutdownHook,
            Duration replyBudget, Runnable reconnected, Optional<ClusterMember> cluster, GapsLog gaps) {
        @Override
        public String toString() {
            return "Settings[token=<hidden>, config=" + config + ", feedbackFile=" + feedbackFile + ", pinnedFile=" + pinnedFile + "]";
        }
    }

    /** The bot cannot start: a bad token, or Discord (or the configured proxy) cannot be reached. */
    public static final class StartException extends Exception {
        StartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Sessions sessions;
    private final ExecutorService answering;
    private final ScheduledExecutorService deferrals;
    /** The subscription to knowledge changes that keeps pinned summaries current; closed first on shutdown. */
    private final AutoCloseable livingPins;

    private DiscordBot(Sessions sessions, ExecutorService answering, ScheduledExecutorService deferrals, AutoCloseable livingPins) {
        this.sessions = sessions;
        this.answering = answering;
        this.deferrals = deferrals;
        this.livingPins = livingPins;
    }

    public static DiscordBot start(Settings settings, KnowledgeService knowledge, Clock clock) throws StartException {
        DiscordConfig config = settings.config();
        // Nothing the bot sends may ping: no parsed mentions, no ping of the replied-to author.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        List<GatewayIntent> intents = intents(config);
        if (!intents.contains(GatewayIntent.MESSAGE_CONTENT)) {
            // Mentions carry their text without the privileged intent; other messages are not read.
            Message.suppressContentIntentWarning();
        }
        ExecutorService answering = Executors.newFixedThreadPool(ANSWER_THREADS, named("summitbot-answer"));
        ScheduledExecutorService deferrals = Executors.newSingleThreadScheduledExecutor(named("summitbot-defer"));
        PinnedSummaryStore pins = new PinnedSummaryStore(settings.pinnedFile());
        BotContext context = BotContext.create(knowledge, config, new FeedbackStore(settings.feedbackFile(), clock), pins, clock,
                answering, deferrals, settings.replyBudget(), settings.cluster(), settings.gaps());
        Object[] listeners = {new SummitListener(context), new GatewayWatch(settings.reconnected())};
        try {
            Sessions sessions = Connect.open(settings, intents, listeners);
            LOG.info("connecting to Discord{}{}{} with intents {}", config.restBaseUrl() == null ? "" : " (REST " + config.restBaseUrl() + ")",
                    config.gatewayUrl() == null ? "" : " (gateway " + config.gatewayUrl() + ")",
                    config.shards().sharded() ? " as shards " + config.shards().range().map(r -> r[0] + "-" + r[1]).orElse("all")
                            + " of " + config.shards().total() : "", intents);
            LivingPins living = new LivingPins(sessions.channels(), knowledge, pins, answering);
            return new DiscordBot(sessions, answering, deferrals, knowledge.onChange(living::knowledgeChanged));
        } catch (InvalidTokenException e) {
            answering.shutdownNow();
            deferrals.shutdownNow();
            throw new StartException("Discord rejected the bot token (401). Check DISCORD_TOKEN or the token file.", e);
        } catch (RuntimeException e) {
            answering.shutdownNow();
            deferrals.shutdownNow();
            throw new StartException("cannot connect to Discord: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until every session is connected, then registers the commands: globally by the process that runs
     * shard 0 (the only session when unsharded), in each configured guild by the process that runs its shard.
     */
    public void awaitReadyAndRegister(Duration timeout, DiscordConfig config) throws InterruptedException, StartException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!sessions.connected()) {
            Optional<JDA.Status> failed = sessions.failed();
            if (failed.isPresent()) {
                throw new StartException("the gateway connection failed (" + failed.get() + ")", null);
            }
            if (System.nanoTime() > deadline) {
                throw new StartException("the gateway was not ready within " + timeout.toSeconds() + " s (status " + sessions.status() + ")", null);
            }
            Thread.sleep(25);
        }
        if (config.guildIds().isEmpty()) {
            Optional<JDA> registrar = sessions.commandRegistrar();
            if (registrar.isEmpty()) {
                LOG.info("commands are registered by the process that runs shard 0, not this one");
                return;
            }
            registrar.get().updateCommands().addCommands(CommandCatalog.all()).complete();
            LOG.info("registered {} commands globally (they can take up to an hour to appear)", CommandCatalog.all().size());
            return;
        }
        for (String id : config.guildIds()) {
            if (!sessions.holdsGuild(Long.parseLong(id))) {
                LOG.info("guild {} is on a shard another process runs; that process registers its commands", id);
                continue;
            }
            Optional<Guild> guild = sessions.guild(id);
            if (guild.isEmpty()) {
                LOG.warn("guild {} from discord.guildIds is not one the bot is in; invite the bot there first", id);
                continue;
            }
            guild.get().updateCommands().addCommands(CommandCatalog.all()).complete();
            LOG.info("registered {} commands in guild {}", CommandCatalog.all().size(), id);
        }
    }

    /** The first session (the only one unless sharded), for tests that act as another client would. */
    public JDA jda() {
        return sessions.running().get(0);
    }

    /**
     * The gateway's status as JDA names it: {@code CONNECTED}, {@code ATTEMPTING_TO_RECONNECT}, {@code SHUTDOWN}, …;
     * with shards, {@code CONNECTED} only when every shard this process runs is.
     */
    public String gatewayStatus() {
        return sessions.status();
    }

    /** Connected to the gateway and receiving events (every shard this process runs). */
    public boolean connected() {
        return sessions.connected();
    }

    /** The answer workers, for tests that occupy them to show that acknowledgements do not wait. */
    ExecutorService answerWorkers() {
        return answering;
    }

    /** The bot user's name, once connected. */
    public String selfName() {
        return jda().getSelfUser().getName();
    }

    /** Blocks until JDA has shut down (from a shutdown hook or {@link #close}). */
    public void awaitShutdown() throws InterruptedException {
        while (!sessions.awaitShutdown(Duration.ofDays(1))) {
            // wait on
        }
    }

    @Override
    public void close() {
        try {
            livingPins.close();
        } catch (Exception e) {
            LOG.warn("could not stop updating pinned summaries: {}", e.toString());
        }
        sessions.shutdown();
        try {
            if (!sessions.awaitShutdown(Duration.ofSeconds(10))) {
                sessions.shutdownNow();
                sessions.awaitShutdown(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sessions.shutdownNow();
        }
        answering.shutdown();
        deferrals.shutdownNow();
        try {
            answering.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Slash commands and mentions need no privileged intent; Q&A channels need MESSAGE_CONTENT. */
    static List<GatewayIntent> intents(DiscordConfig config) {
        return config.qaChannelIds().isEmpty()
                ? List.of(GatewayIntent.GUILD_MESSAGES)
                : List.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT);
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
