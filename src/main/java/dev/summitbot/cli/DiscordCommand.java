package dev.summitbot.cli;

import dev.summitbot.cluster.ClusterMember;
import dev.summitbot.config.ClusterConfig;
import dev.summitbot.config.DiscordConfig;
import dev.summitbot.discord.DiscordBot;
import dev.summitbot.health.HealthServer;
import dev.summitbot.health.Metrics;
import dev.summitbot.service.KnowledgeService;
import dev.summitbot.service.ReloadTriggers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summitbot discord}: runs the bot on Discord until the process is stopped. */
@Command(name = "discord", mixinStandardHelpOptions = true,
        description = {"Runs the Discord bot. The token comes from the DISCORD_TOKEN environment variable,",
                "or from the file named by discord.tokenFile in the configuration (keep it outside the repository).",
                "SUMMITBOT_DISCORD_REST_URL and SUMMITBOT_DISCORD_GATEWAY_URL override discord.restBaseUrl and discord.gatewayUrl;",
                "SUMMITBOT_DISCORD_SHARDS_TOTAL and SUMMITBOT_DISCORD_SHARDS_IDS override discord.shards.total and discord.shards.ids;",
                "SUMMITBOT_CLUSTER_STATE_DIR and SUMMITBOT_CLUSTER_PROCESS_ID override cluster.stateDir and cluster.processId.",
                "A SIGHUP reloads the knowledge (in every process of the cluster, when one is configured)."})
final class DiscordCommand implements Callable<Integer> {

    static final String NO_TOKEN = "no Discord token: set the DISCORD_TOKEN environment variable, or name a file holding "
            + "the token in discord.tokenFile of config/summitbot.yaml (see README, \"Running on Discord\")";

    static final String SHARDS_TOTAL = "SUMMITBOT_DISCORD_SHARDS_TOTAL";
    static final String SHARDS_IDS = "SUMMITBOT_DISCORD_SHARDS_IDS";

    @ParentCommand
    SummitBotCommand parent;

    @Mixin
    KnowledgeOption knowledge;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;

    DiscordCommand() {
        this(System.getenv());
    }

    DiscordCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        CommandContext context = parent.context();
        PrintWriter err = spec.commandLine().getErr();
        DiscordConfig config;
        try {
            config = effective(context.config().discord(), environment);
        } catch (IllegalArgumentException e) {
            err.println("summitbot: " + e.getMessage() + " (set by " + SHARDS_TOTAL + " / " + SHARDS_IDS + " or the configuration)");
            return 2;
        }
        ClusterConfig cluster;
        try {
            cluster = ClusterSettings.effective(context.config().cluster(), environment);
        } catch (IllegalArgumentException e) {
            err.println("summitbot: " + e.getMessage() + " (set by " + ClusterSettings.PROCESS_ID + " or the configuration)");
            return 2;
        }
        Optional<String> token;
        try {
            token = token(environment, config, context);
        } catch (IOException e) {
            err.println("summitbot: cannot read the token file: " + e.getMessage());
            return 1;
        }
        if (token.isEmpty()) {
            err.println("summitbot: " + NO_TOKEN);
            return 1;
        }
        Optional<KnowledgeService> opened = knowledge.open(context, err);
        if (opened.isEmpty()) {
            return 1;
        }
        try (KnowledgeService service = opened.get()) {
            // The cluster first: a reload the triggers make at once (a SIGHUP held from start-up) reaches the others too.
            Optional<ClusterMember> member;
            try {
                member = context.cluster(cluster, service, ClusterSettings.shards(config));
            } catch (IOException e) {
                err.println("summitbot: " + e.getMessage());
                return 1;
            }
            try (ReloadTriggers triggers = ReloadTriggers.install(service, context.config().knowledge(), parent.hangups())) {
                return run(context, service, token.get(), config, member, err);
            } finally {
                member.ifPresent(ClusterMember::close);
            }
        } catch (DiscordBot.StartException e) {
            err.println("summitbot: " + e.getMessage());
            return 1;
        }
    }

    /** Connects, serves health, and waits until the bot shuts down; the exit code. */
    private static int run(CommandContext context, KnowledgeService service, String token, DiscordConfig config,
            Optional<ClusterMember> cluster, PrintWriter err) throws DiscordBot.StartException, InterruptedException {
        Metrics metrics = context.metrics(service);
        DiscordBot bot = context.discordBot(service, token, config, metrics, cluster);
        // Up before READY, so that an orchestrator's probe sees 503 while the bot connects, not a refused connection.
        Optional<HealthServer> health;
        try {
            health = context.healthServer(metrics, service, bot);
        } catch (IOException e) {
            bot.close();
            err.println("summitbot: cannot start the health endpoint on " + context.config().health().host() + ":"
                    + context.config().health().port() + ": " + e.getMessage());
            return 1;
        }
        try {
            bot.awaitReadyAndRegister(Duration.ofMinutes(2), config);
            err.println("summitbot: connected to Discord as " + bot.selfName()
                    + ", knowledge " + service.version() + "; stop with Ctrl-C");
            err.flush();
            bot.awaitShutdown();
            return 0;
        } catch (DiscordBot.StartException e) {
            bot.close();
            err.println("summitbot: " + e.getMessage());
            return 1;
        } finally {
            health.ifPresent(HealthServer::close);
        }
    }

    /** DISCORD_TOKEN wins; otherwise the configured token file, relative to the project folder. */
    static Optional<String> token(Map<String, String> environment, DiscordConfig config, CommandContext context) throws IOException {
        String fromEnv = environment.get("DISCORD_TOKEN");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        Optional<String> file = config.tokenFileOption();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path path = context.resolve(file.get());
        if (!Files.isRegularFile(path)) {
            throw new IOException(path + " does not exist");
        }
        String text = Files.readString(path, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * The configuration's Discord section with the environment's overrides: proxy addresses, and the
     * shards, so that an orchestrator can give each replica its range from one configuration file.
     *
     * @throws IllegalArgumentException when the resulting shard settings are invalid
     */
    static DiscordConfig effective(DiscordConfig file, Map<String, String> environment) {
        DiscordConfig config = file.withEndpoints(env(environment, "SUMMITBOT_DISCORD_REST_URL"),
                env(environment, "SUMMITBOT_DISCORD_GATEWAY_URL"));
        return config.withShards(config.shards().with(env(environment, SHARDS_TOTAL), env(environment, SHARDS_IDS)));
    }

    private static Optional<String> env(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }
}
