package dev.summitbot.discord;

import dev.summitbot.config.DiscordConfig;
import dev.summitbot.config.ShardsConfig;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** Builds the bot's gateway sessions from its settings: one JDA session, or the configured shards. */
final class Connect {

    private Connect() {}

    /** Starts connecting; the sessions become ready later ({@link DiscordBot#awaitReadyAndRegister}). */
    static Sessions open(DiscordBot.Settings settings, List<GatewayIntent> intents, Object[] listeners) {
        return settings.config().shards().sharded() ? shardManager(settings, intents, listeners) : single(settings, intents, listeners);
    }

    private static Sessions single(DiscordBot.Settings settings, List<GatewayIntent> intents, Object[] listeners) {
        DiscordConfig config = settings.config();
        JDABuilder builder = JDABuilder.createLight(settings.token(), intents)
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setEnableShutdownHook(settings.shutdownHook())
                .addEventListeners(listeners);
        if (config.restBaseUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(config.restBaseUrl()));
        }
        if (config.gatewayUrl() != null) {
            builder.setSessionController(new FixedGateway(config.gatewayUrl())).setCompression(Compression.NONE);
        }
        return new Sessions.Single(builder.build());
    }

    /** The configured shards through JDA's shard manager, with the same settings as a single session. */
    private static Sessions shardManager(DiscordBot.Settings settings, List<GatewayIntent> intents, Object[] listeners) {
        DiscordConfig config = settings.config();
        ShardsConfig shards = config.shards();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), intents)
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setEnableShutdownHook(settings.shutdownHook())
                .addEventListeners(listeners)
                .setShardsTotal(shards.totalShards());
        shards.range().ifPresent(r -> builder.setShards(r[0], r[1]));
        if (config.restBaseUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(config.restBaseUrl()));
        }
        if (config.gatewayUrl() != null) {
            builder.setSessionController(new FixedGateway(config.gatewayUrl())).setCompression(Compression.NONE);
        }
        return new Sessions.Sharded(builder.build(), shards);
    }

    /**
     * Points JDA at a configured gateway (a proxy, or the test stand-in) instead of Discord's. Based on JDA's default
     * controller, which identifies as many shards at once as Discord's max_concurrency allows.
     */
    private static final class FixedGateway extends ConcurrentSessionController {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }

        /** The shard count and concurrency from Discord ({@code GET /gateway/bot}), the address from the configuration. */
        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            ShardedGateway discord = super.getShardedGateway(api);
            return new ShardedGateway(url, discord.getShardTotal(), discord.getConcurrency());
        }
    }
}
