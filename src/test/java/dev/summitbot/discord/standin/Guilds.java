package dev.summitbot.discord.standin;

import java.util.List;
import java.util.Optional;

/**
 * The guilds one stand-in serves: the first is the primary one ({@link DiscordStandIn#model()}), which events
 * without a guild and the gateway controls go to. Each must lie on a shard of its own for a given shard count.
 */
record Guilds(List<GuildModel> all) {

    Guilds {
        all = List.copyOf(all);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a stand-in serves at least one guild");
        }
        if (all.stream().map(GuildModel::guildId).distinct().count() < all.size()) {
            throw new IllegalArgumentException("two guild models with the same guild id");
        }
    }

    GuildModel primary() {
        return all.get(0);
    }

    /** The guild that has the channel; the primary one for a channel no guild has (a route answers that case). */
    GuildModel byChannel(long channelId) {
        return all.stream().filter(g -> g.channels().stream().anyMatch(c -> c.id() == channelId)).findFirst().orElse(primary());
    }

    Optional<GuildModel> byId(long guildId) {
        return all.stream().filter(g -> g.guildId() == guildId).findFirst();
    }

    /** The guild Discord's rule {@code (guild_id >> 22) % total} puts on {@code shard}, if any. */
    Optional<GuildModel> onShard(int shard, int total) {
        return all.stream().filter(g -> (g.guildId() >>> 22) % total == shard).findFirst();
    }
}
