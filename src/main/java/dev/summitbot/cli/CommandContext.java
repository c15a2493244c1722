package dev.summitbot.cli;

import dev.summitbot.cluster.ClusterMember;
import dev.summitbot.config.BotConfig;
import dev.summitbot.config.ClusterConfig;
import dev.summitbot.config.ConfigLoader;
import dev.summitbot.config.DiscordConfig;
import dev.summitbot.discord.DiscordBot;
import dev.summitbot.gaps.GapsLog;
import dev.summitbot.health.HealthServer;
import dev.summitbot.health.Metrics;
import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * What the commands need from the composition root ({@code dev.summitbot.App} implements it), so
 * that the command line never names the class that wires it.
 */
public interface CommandContext {

    /** Builds the context once the command line is parsed, from {@code --config FILE} or the default file. */
    @FunctionalInterface
    interface Loader {
        CommandContext load(Optional<Path> configFile) throws ConfigLoader.ConfigException;
    }

    BotConfig config();

    Clock clock();

    /** A path from the configuration, relative to the project folder. */
    Path resolve(String path);

    /** The knowledge folder: {@code --knowledge DIR} when given, else the configured one. */
    Path knowledgeFolder(Optional<Path> override);

    /** The knowledge service over a folder, audited as configured. */
    default KnowledgeService knowledge(Path folder) throws KnowledgeException {
        return knowledge(folder, Set.of());
    }

    /**
     * The knowledge service over a folder, answering only from the named sources (the whole folder
     * is still checked); an empty set: every source.
     */
    KnowledgeService knowledge(Path folder, Set<String> onlySources) throws KnowledgeException;

    /** The knowledge service over a folder for one question: not warmed up, as the process ends after it. */
    KnowledgeService knowledgeForOneQuestion(Path folder) throws KnowledgeException;

    /** The log of declined and partial questions ({@code logs.gaps}); opening it changes nothing in the file. */
    GapsLog gaps();

    /** Metrics that count the service's answers and reloads from now on. */
    Metrics metrics(KnowledgeService knowledge);

    /**
     * The Discord bot over a knowledge service, connected but not yet ready, stopped by a JVM shutdown hook;
     * its gateway reconnects are counted in {@code metrics}.
     */
    DiscordBot discordBot(KnowledgeService knowledge, String token, DiscordConfig discord, Metrics metrics,
            Optional<ClusterMember> cluster) throws DiscordBot.StartException;

    /**
     * This process in the cluster of {@code cluster.stateDir}, polling for reload requests; empty when no state
     * folder is configured. {@code shards} is what it runs, as the others' {@code /about} shows it.
     *
     * @throws IOException naming the folder, when the state folder cannot be created or written
     */
    Optional<ClusterMember> cluster(ClusterConfig cluster, KnowledgeService knowledge, String shards)
            throws IOException, InterruptedException;

    /** The health endpoint over the bot and the service, started when {@code health.enabled}; empty otherwise. */
    Optional<HealthServer> healthServer(Metrics metrics, KnowledgeService knowledge, DiscordBot bot) throws IOException;
}
