package dev.summitbot;

import dev.summitbot.cli.CommandContext;
import dev.summitbot.cli.SummitBotCommand;
import dev.summitbot.cluster.ClusterMember;
import dev.summitbot.cluster.StateFolder;
import dev.summitbot.config.BotConfig;
import dev.summitbot.config.ClusterConfig;
import dev.summitbot.config.ConfigLoader;
import dev.summitbot.config.DiscordConfig;
import dev.summitbot.discord.DiscordBot;
import dev.summitbot.gaps.GapsLog;
import dev.summitbot.health.HealthServer;
import dev.summitbot.health.HealthState;
import dev.summitbot.health.Metrics;
import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.service.AuditLog;
import dev.summitbot.service.HangupSignal;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * The composition root: configuration, then knowledge, then services, then the front ends.
 * Tests build the same objects through the same methods. The command line reaches it only as a
 * {@link CommandContext}, so the two never depend on each other in a cycle.
 */
public final class App implements CommandContext {

    /** The project folder: knowledge, config and the evaluation set are found relative to it. */
    private final Path home;
    private final BotConfig config;
    private final Clock clock;

    public App(Path home, BotConfig config, Clock clock) {
        this.home = home;
        this.config = config;
        this.clock = clock;
    }

    public static void main(String[] args) {
        // First of all: until a handler is installed, a SIGHUP (a reload request) ends the process.
        HangupSignal hangups = HangupSignal.install();
        System.exit(run(args, System.in, System.out, System.err, Optional.of(hangups)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Optional.empty());
    }

    /** The same, with the SIGHUP handler {@link #main} installed at start, if it did. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Optional<HangupSignal> hangups) {
        CommandLine cli = SummitBotCommand.commandLine(in, configFile -> load(defaultHome(), configFile), hangups);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    public static Path defaultHome() {
        return Path.of(System.getProperty("summitbot.home", ".")).toAbsolutePath().normalize();
    }

    /** Reads the configuration file: one named must exist; without one, the defaults when config/summitbot.yaml does not exist. */
    public static App load(Path home, Optional<Path> configFile) throws ConfigLoader.ConfigException {
        ConfigLoader loader = new ConfigLoader();
        BotConfig config = configFile.isPresent() ? loader.loadNamed(configFile.get()) : loader.load(home.resolve("config/summitbot.yaml"));
        return new App(home, config, Clock.systemUTC());
    }

    @Override
    public BotConfig config() {
        return config;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Path resolve(String path) {
        return home.resolve(path).normalize();
    }

    @Override
    public Path knowledgeFolder(Optional<Path> override) {
        return override.map(p -> p.toAbsolutePath().normalize()).orElse(resolve(config.knowledge().folder()));
    }

    public AuditLog reloadAudit() {
        return AuditLog.to(resolve(config.logs().reloadAudit()));
    }

    /** The gaps log as configured; opening it changes nothing ({@link GapsLog#pruned} does). */
    @Override
    public GapsLog gaps() {
        return GapsLog.open(resolve(config.logs().gaps()), config.logs().gapsRetentionDays(), clock);
    }

    @Override
    public DiscordBot discordBot(KnowledgeService knowledge, String token, DiscordConfig discord, Metrics metrics,
            Optional<ClusterMember> cluster) throws DiscordBot.StartException {
        DiscordBot bot = discordBot(knowledge, token, discord, true, DiscordBot.REPLY_BUDGET, metrics, cluster);
        cluster.ifPresent(member -> member.healthFrom(() -> healthState(knowledge, bot)));
        return bot;
    }

    /**
     * The same, with or without the JVM shutdown hook (tests stop the bot themselves) and with another
     * budget before a reply is deferred (tests use 0 to exercise deferral).
     */
    public DiscordBot discordBot(KnowledgeService knowledge, String token, DiscordConfig discord, boolean shutdownHook,
            Duration replyBudget, Metrics metrics) throws DiscordBot.StartException {
        return discordBot(knowledge, token, discord, shutdownHook, replyBudget, metrics, Optional.empty());
    }

    /** The same, as one process of a cluster whose processes {@code /about} lists. */
    public DiscordBot discordBot(KnowledgeService knowledge, String token, DiscordConfig discord, boolean shutdownHook,
            Duration replyBudget, Metrics metrics, Optional<ClusterMember> cluster) throws DiscordBot.StartException {
        DiscordBot.Settings settings = new DiscordBot.Settings(token, discord, resolve(config.logs().feedback()),
                resolve(config.logs().pinnedSummaries()), shutdownHook, replyBudget, metrics::gatewayReconnected, cluster, gaps().pruned());
        return DiscordBot.start(settings, knowledge, clock);
    }

    @Override
    public Optional<ClusterMember> cluster(ClusterConfig cluster, KnowledgeService knowledge, String shards)
            throws IOException, InterruptedException {
        if (!cluster.enabled()) {
            return Optional.empty();
        }
        StateFolder folder = StateFolder.open(resolve(cluster.stateDir()));
        String id = cluster.processIdOption().orElseGet(App::defaultProcessId);
        ClusterMember member = ClusterMember.join(folder, id, shards, knowledge, clock, Duration.ofMillis(cluster.heartbeatMillis()));
        member.startPolling();
        return Optional.of(member);
    }

    /** The host name (a container's id) and the process id: unique among processes sharing a folder. */
    static String defaultProcessId() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "host";
            }
        }
        String safe = host.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return (safe.isEmpty() ? "host" : safe.substring(0, Math.min(40, safe.length()))) + "-" + ProcessHandle.current().pid();
    }

    @Override
    public Metrics metrics(KnowledgeService knowledge) {
        Metrics metrics = new Metrics();
        knowledge.onAsked(asked -> metrics.question(asked.answer().outcome(), asked.millis()));
        knowledge.onReload(result -> metrics.reload(result.ok()));
        return metrics;
    }

    @Override
    public Optional<HealthServer> healthServer(Metrics metrics, KnowledgeService knowledge, DiscordBot bot) throws IOException {
        if (!config.health().enabled()) {
            return Optional.empty();
        }
        return Optional.of(HealthServer.start(config.health(), metrics, () -> healthState(knowledge, bot)));
    }

    /** Healthy when the gateway is connected and the knowledge service still has knowledge loaded. */
    static HealthState healthState(KnowledgeService knowledge, DiscordBot bot) {
        Optional<String> version;
        try {
            version = knowledge.loaded() ? Optional.of(knowledge.version().label()) : Optional.empty();
        } catch (IllegalStateException closedMeanwhile) {
            version = Optional.empty();
        }
        return new HealthState(bot.gatewayStatus(), bot.connected(), version);
    }

    @Override
    public KnowledgeService knowledge(Path folder, Set<String> onlySources) throws KnowledgeException {
        return KnowledgeService.start(folder, KnowledgeLoader.onlySources(onlySources), clock, reloadAudit());
    }

    @Override
    public KnowledgeService knowledgeForOneQuestion(Path folder) throws KnowledgeException {
        return KnowledgeService.startCold(folder, new KnowledgeLoader(), clock, reloadAudit());
    }
}
