package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summitbot.config.DiscordConfig;
import dev.summitbot.config.ShardsConfig;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("summitbot discord: environment variables override the shard and proxy settings of the configuration")
final class DiscordEnvironmentTest {

    private static final DiscordConfig FILE = DiscordConfig.DEFAULT.withShards(new ShardsConfig("4", "0-1"));

    @Test
    @DisplayName("SUMMITBOT_DISCORD_SHARDS_IDS gives this replica its range; the total stays the file's")
    void idsFromEnvironment() {
        // GIVEN / WHEN
        DiscordConfig config = DiscordCommand.effective(FILE, Map.of(DiscordCommand.SHARDS_IDS, "2-3"));

        // THEN
        assertThat(config.shards()).isEqualTo(new ShardsConfig("4", "2-3"));
    }

    @Test
    @DisplayName("SUMMITBOT_DISCORD_SHARDS_TOTAL shards a bot whose file has no shards section")
    void totalFromEnvironment() {
        // GIVEN / WHEN
        DiscordConfig config = DiscordCommand.effective(DiscordConfig.DEFAULT,
                Map.of(DiscordCommand.SHARDS_TOTAL, "auto", "SUMMITBOT_DISCORD_GATEWAY_URL", "ws://127.0.0.1:9999"));

        // THEN
        assertThat(config.shards().sharded()).isTrue();
        assertThat(config.shards().totalShards()).isEqualTo(ShardsConfig.AUTO);
        assertThat(config.gatewayUrl()).isEqualTo("ws://127.0.0.1:9999");
    }

    @Test
    @DisplayName("no variables, or blank ones, leave the file's settings; a bad value is refused with the field named")
    void noneOrBad() {
        // GIVEN / WHEN / THEN
        assertThat(DiscordCommand.effective(FILE, Map.of())).isEqualTo(FILE);
        assertThat(DiscordCommand.effective(FILE, Map.of(DiscordCommand.SHARDS_TOTAL, " "))).isEqualTo(FILE);
        assertThatThrownBy(() -> DiscordCommand.effective(FILE, Map.of(DiscordCommand.SHARDS_IDS, "3-5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discord.shards.ids `3-5`");
    }
}
