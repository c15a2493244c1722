package dev.summitbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("discord.shards: a total (a number or auto) and the range this process runs, validated")
final class ShardsConfigTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("without a shards section the bot is not sharded")
    void defaults() throws Exception {
        // GIVEN / WHEN
        DiscordConfig discord = load("discord:\n  guildIds: []\n").discord();

        // THEN
        assertThat(discord.shards().sharded()).isFalse();
        assertThat(discord.shards().totalShards()).isEqualTo(1);
    }

    @ParameterizedTest(name = "total {0}, ids {1}: total {2}, runs {3}–{4}")
    @CsvSource(delimiter = '|', value = {
        "4    | 0-3 | 4  | 0 | 3",
        "4    | 2-3 | 4  | 2 | 3",
        "4    | 2   | 4  | 2 | 2",
        "4    |     | 4  | 0 | 3",
        "auto |     | -1 | 0 | 4095"})
    @DisplayName("a total and a range are read from YAML, the total as a number or auto")
    void read(String total, String ids, int expectedTotal, int first, int last) throws Exception {
        // GIVEN
        String yaml = "discord:\n  shards:\n    total: " + total + "\n" + (ids == null ? "" : "    ids: \"" + ids + "\"\n");

        // WHEN
        ShardsConfig shards = load(yaml).discord().shards();

        // THEN
        assertThat(shards.sharded()).isTrue();
        assertThat(shards.totalShards()).isEqualTo(expectedTotal);
        assertThat(shards.runs(first)).isTrue();
        assertThat(shards.runs(last)).isTrue();
        assertThat(first == 0 || !shards.runs(first - 1)).isTrue();
        assertThat(shards.range().isPresent()).isEqualTo(ids != null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "total: 0                   | discord.shards.total must be a number 1–4096 or `auto`, was `0`",
        "total: many                | discord.shards.total must be a number 1–4096 or `auto`, was `many`",
        "total: 5000                | discord.shards.total must be a number 1–4096",
        "ids: \"0-3\"               | discord.shards.ids needs discord.shards.total",
        "{total: auto, ids: \"0\"}  | discord.shards.ids needs a number in discord.shards.total, not `auto`",
        "{total: 4, ids: \"3-1\"}   | discord.shards.ids `3-1` must run from low to high within 0–3",
        "{total: 4, ids: \"0-4\"}   | discord.shards.ids `0-4` must run from low to high within 0–3",
        "{total: 4, ids: \"a-b\"}   | discord.shards.ids must be a range such as `0-3` or one id such as `2`, was `a-b`",
        "{total: 4, idz: \"0\"}     | unknown field `discord.shards.idz` (known here: ids, total)"})
    @DisplayName("a bad value stops the start with the file, the line and the problem")
    void invalid(String shards, String message) throws Exception {
        // GIVEN
        String yaml = shards.startsWith("{") ? "discord:\n  shards: " + shards + "\n" : "discord:\n  shards:\n    " + shards + "\n";

        // WHEN / THEN
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(ConfigLoader.ConfigException.class)
                .hasMessageStartingWith(temp.resolve("summitbot.yaml") + ":").hasMessageContaining(message);
    }

    @Test
    @DisplayName("with() replaces the values given and keeps the others, validating the result")
    void overrides() {
        // GIVEN
        ShardsConfig file = new ShardsConfig("4", "0-1");

        // WHEN / THEN
        assertThat(file.with(java.util.Optional.empty(), java.util.Optional.of("2-3"))).isEqualTo(new ShardsConfig("4", "2-3"));
        assertThat(file.with(java.util.Optional.of("8"), java.util.Optional.empty())).isEqualTo(new ShardsConfig("8", "0-1"));
        assertThatThrownBy(() -> file.with(java.util.Optional.of("auto"), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not `auto`");
    }

    private BotConfig load(String yaml) throws Exception {
        Path file = temp.resolve("summitbot.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return new ConfigLoader().load(file);
    }
}
