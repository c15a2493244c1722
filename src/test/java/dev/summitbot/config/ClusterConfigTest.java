package dev.summitbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summitbot.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("cluster: off by default; the example loads; bad values are refused with the field named")
final class ClusterConfigTest {

    @Test
    @DisplayName("no cluster section: off, with a heartbeat of 2 s")
    void defaults() {
        assertThat(BotConfig.DEFAULT.cluster().enabled()).isFalse();
        assertThat(BotConfig.DEFAULT.cluster().heartbeatMillis()).isEqualTo(2000);
        assertThat(BotConfig.DEFAULT.cluster().processIdOption()).isEmpty();
    }

    @Test
    @DisplayName("the commented example in config/summitbot.example.yaml, uncommented, loads as shown")
    void example(@TempDir Path dir) throws Exception {
        // GIVEN the example's cluster block without its comment marks
        String example = Files.readString(Fixtures.projectRoot().resolve("config/summitbot.example.yaml"), StandardCharsets.UTF_8);
        String block = example.lines().dropWhile(l -> !l.startsWith("# cluster:"))
                .takeWhile(l -> l.startsWith("#")).map(l -> l.substring(2)).collect(Collectors.joining("\n"));
        Path file = Files.writeString(dir.resolve("summitbot.yaml"), block + "\n", StandardCharsets.UTF_8);

        // WHEN
        ClusterConfig cluster = new ConfigLoader().loadNamed(file).cluster();

        // THEN
        assertThat(cluster).isEqualTo(new ClusterConfig("/srv/summitbot/state", "replica-a", 2000));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "cluster:\\n  processId: ../a|cluster.processId must be",
            "cluster:\\n  processId: -a|cluster.processId must be",
            "cluster:\\n  heartbeatMillis: 50|cluster.heartbeatMillis must be 100–60000, was 50",
            "cluster:\\n  stateDir: s\\n  heartbeat: 5|unknown field `cluster.heartbeat`"})
    @DisplayName("a bad cluster value stops the start with the file, the field and the problem")
    void bad(String yaml, String message, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("summitbot.yaml"), yaml.replace("\\n", "\n") + "\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ConfigLoader().loadNamed(file))
                .isInstanceOf(ConfigLoader.ConfigException.class).hasMessageContaining(message);
    }
}
