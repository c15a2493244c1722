package dev.summitbot.discord;

import dev.summitbot.config.ShardsConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * The bot's gateway sessions: one JDA session (the default), or the shards this process runs through
 * JDA's shard manager. Everything else of the bot sees them only through this.
 */
sealed interface Sessions permits Sessions.Single, Sessions.Sharded {

    /** Channels and guilds of every session, looked up by id. */
    IGuildChannelContainer<Channel> channels();

    /** The sessions started so far. */
    List<JDA> running();

    /** Every session this process runs is connected and receiving events. */
    boolean connected();

    /** {@code CONNECTED}, or the state of the first session that is not. */
    String status();

    /** A session that failed for good (login refused, shut down), if any. */
    Optional<JDA.Status> failed();

    /** The session that registers global commands: the only one, or shard 0 when this process runs it. */
    Optional<JDA> commandRegistrar();

    /** Whether the guild's events come to this process (its shard is one of ours). */
    boolean holdsGuild(long guildId);

    /** The guild, when one of this process's sessions has it. */
    Optional<Guild> guild(String id);

    void shutdown();

    void shutdownNow();

    /** Waits for every session to end; false when one is still running after {@code timeout}. */
    boolean awaitShutdown(Duration timeout) throws InterruptedException;

    private static String statusOf(List<JDA> sessions, int expected) {
        if (sessions.size() < expected) {
            return "CONNECTING_SHARDS";
        }
        return sessions.stream().map(JDA::getStatus).filter(s -> s != JDA.Status.CONNECTED).findFirst()
                .map(Enum::name).orElse(JDA.Status.CONNECTED.name());
    }

    private static Optional<JDA.Status> failureOf(List<JDA> sessions) {
        return sessions.stream().map(JDA::getStatus).filter(s -> s == JDA.Status.FAILED_TO_LOGIN
                || s == JDA.Status.SHUTDOWN || s == JDA.Status.SHUTTING_DOWN).findFirst();
    }

    record Single(JDA jda) implements Sessions {
        @Override
        public IGuildChannelContainer<Channel> channels() {
            return jda;
        }

        @Override
        public List<JDA> running() {
            return List.of(jda);
        }

        @Override
        public boolean connected() {
            return jda.getStatus() == JDA.Status.CONNECTED;
        }

        @Override
        public String status() {
            return jda.getStatus().name();
        }

        @Override
        public Optional<JDA.Status> failed() {
            return failureOf(running());
        }

        @Override
        public Optional<JDA> commandRegistrar() {
            return Optional.of(jda);
        }

        @Override
        public Optional<Guild> guild(String id) {
            return Optional.ofNullable(jda.getGuildById(id));
        }

        @Override
        public boolean holdsGuild(long guildId) {
            return true;
        }

        @Override
        public void shutdown() {
            jda.shutdown();
        }

        @Override
        public void shutdownNow() {
            jda.shutdownNow();
        }

        @Override
        public boolean awaitShutdown(Duration timeout) throws InterruptedException {
            return jda.awaitShutdown(timeout);
        }
    }

    /** The shards of {@code config} that this process runs, through JDA's shard manager. */
    record Sharded(ShardManager manager, ShardsConfig config) implements Sessions {
        @Override
        public IGuildChannelContainer<Channel> channels() {
            return manager;
        }

        @Override
        public List<JDA> running() {
            return manager.getShards();
        }

        private int expected() {
            int total = manager.getShardsTotal();
            return config.range().map(r -> r[1] - r[0] + 1).orElse(Math.max(total, 1));
        }

        @Override
        public boolean connected() {
            return manager.getShardsQueued() == 0 && status().equals(JDA.Status.CONNECTED.name());
        }

        @Override
        public String status() {
            return statusOf(running(), expected());
        }

        @Override
        public Optional<JDA.Status> failed() {
            return failureOf(running());
        }

        @Override
        public Optional<JDA> commandRegistrar() {
            return Optional.ofNullable(manager.getShardById(0));
        }

        @Override
        public Optional<Guild> guild(String id) {
            return Optional.ofNullable(manager.getGuildById(id));
        }

        /** Discord's rule: a guild's events go to shard {@code (guild_id >> 22) % total}. */
        @Override
        public boolean holdsGuild(long guildId) {
            int total = manager.getShardsTotal();
            return total < 1 || config.runs((int) ((guildId >>> 22) % total));
        }

        @Override
        public void shutdown() {
            manager.shutdown();
        }

        @Override
        public void shutdownNow() {
            manager.getShards().forEach(JDA::shutdownNow);
        }

        @Override
        public boolean awaitShutdown(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (JDA shard : running()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !shard.awaitShutdown(Duration.ofNanos(left))) {
                    return false;
                }
            }
            return true;
        }
    }
}
