package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.config.ClusterConfig;
import dev.summitbot.config.DiscordConfig;
import dev.summitbot.config.ShardsConfig;
import dev.summitbot.knowledge.KnowledgeFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The command line in a cluster: environment overrides, a bad state folder at start, the console's /reload and /about")
final class ClusterCommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @DisplayName("SUMMITBOT_CLUSTER_STATE_DIR and _PROCESS_ID override the file; blank ones do not; a bad id is refused naming the field")
    void environment() {
        // GIVEN
        ClusterConfig file = new ClusterConfig("state", "a", 500);

        // WHEN / THEN
        assertThat(ClusterSettings.effective(ClusterConfig.NONE, Map.of(ClusterSettings.STATE_DIR, "/srv/state")).stateDir())
                .isEqualTo("/srv/state");
        assertThat(ClusterSettings.effective(file, Map.of(ClusterSettings.PROCESS_ID, "b"))).isEqualTo(new ClusterConfig("state", "b", 500));
        assertThat(ClusterSettings.effective(file, Map.of(ClusterSettings.STATE_DIR, " "))).isEqualTo(file);
        assertThat(ClusterSettings.effective(ClusterConfig.NONE, Map.of()).enabled()).isFalse();
        assertThatThrownBy(() -> ClusterSettings.effective(file, Map.of(ClusterSettings.PROCESS_ID, "../etc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster.processId");
    }

    @ParameterizedTest(name = "[{index}] total {0}, ids {1}: {2}")
    @CsvSource(nullValues = "-", value = {"-, -, all", "4, 0-1, 0-1 of 4", "4, 2, 2 of 4", "4, -, all 4", "auto, -, all (auto)"})
    @DisplayName("a process describes its shards to the others")
    void shards(String total, String ids, String expected) {
        assertThat(ClusterSettings.shards(DiscordConfig.DEFAULT.withShards(new ShardsConfig(total, ids)))).isEqualTo(expected);
    }

    @Test
    @DisplayName("a state folder that cannot be created stops the console at start with a message naming it")
    void badStateFolder() throws Exception {
        // GIVEN a configuration whose state folder lies under a plain file
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x", StandardCharsets.UTF_8);
        Path config = config(file.resolve("state"));

        // WHEN
        JsonContractTest.Run run = JsonContractTest.run("/quit\n", "--config", config.toString(), "console", "--json");

        // THEN
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cannot create the cluster state folder " + file.resolve("state"));
    }

    @Test
    @DisplayName("the console's /reload writes a reload request for the other processes, and its /about lists every process")
    void consoleReloadAndAbout() throws Exception {
        // GIVEN another live process in the state folder
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.writeString(state.resolve("process-other.json"), JSON.writeValueAsString(Map.of("process", "other", "pid", 1,
                "shards", "2-3 of 4", "knowledge", "0123456789@20261127T060000Z", "healthy", true, "gateway", "CONNECTED",
                "lastReload", "none", "generation", 0, "updatedAt", Instant.now().toString())), StandardCharsets.UTF_8);

        // WHEN the console reloads, then shows /about
        JsonContractTest.Run run = JsonContractTest.run("/reload\n/about\n/quit\n", "--config", config(state).toString(), "console", "--json");

        // THEN
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode request = JSON.readTree(state.resolve("reload-request.json").toFile());
        assertThat(request.path("generation").asLong()).isEqualTo(1);
        assertThat(request.path("process").asText()).isEqualTo("console-1");
        assertThat(request.path("actor").asText()).isEqualTo("console");
        JsonNode about = JSON.readTree(run.outLines().get(1));
        assertThat(about.path("processes")).hasSize(2);
        assertThat(about.path("processes").get(0).path("process").asText()).isEqualTo("console-1");
        assertThat(about.path("processes").get(0).path("shards").asText()).isEqualTo("console");
        assertThat(about.path("processes").get(0).path("generation").asLong()).isEqualTo(1);
        assertThat(about.path("processes").get(1).path("process").asText()).isEqualTo("other");
        assertThat(about.path("processes").get(1).path("stale").asBoolean()).isFalse();
        assertThat(Files.exists(state.resolve("process-console-1.json"))).as("removed when the console ends").isFalse();
    }

    private Path config(Path state) throws Exception {
        Path knowledge = dir.resolve("knowledge");
        KnowledgeFixture.at(knowledge).summitIn("Alaska");
        return Files.writeString(dir.resolve("summitbot.yaml"), String.join("\n",
                "knowledge:",
                "  folder: " + knowledge,
                "logs:",
                "  reloadAudit: " + dir.resolve("data/reload-audit.jsonl"),
                "cluster:",
                "  stateDir: " + state,
                "  processId: console-1",
                ""), StandardCharsets.UTF_8);
    }
}
