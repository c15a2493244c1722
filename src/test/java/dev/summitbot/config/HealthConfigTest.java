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

@DisplayName("The health section of summitbot.yaml: off by default, validated like the others")
final class HealthConfigTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("without a health section the endpoint is off, on 127.0.0.1:8081")
    void defaults() throws Exception {
        // GIVEN
        Path file = write("knowledge:\n  folder: knowledge\n");

        // WHEN
        BotConfig config = new ConfigLoader().load(file);

        // THEN
        assertThat(config.health()).isEqualTo(new HealthConfig(false, "127.0.0.1", 8081));
    }

    @Test
    @DisplayName("a health section is read as written")
    void read() throws Exception {
        // GIVEN
        Path file = write("health:\n  enabled: true\n  host: 0.0.0.0\n  port: 9464\n");

        // WHEN
        BotConfig config = new ConfigLoader().load(file);

        // THEN
        assertThat(config.health()).isEqualTo(new HealthConfig(true, "0.0.0.0", 9464));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "health:\\n  port: 70000\\n       | health.port must be 0–65535 (0 picks a free port), was 70000",
        "health:\\n  port: -1\\n          | health.port must be 0–65535",
        "health:\\n  host: ''\\n          | health.host must be an address",
        "health:\\n  enabled: maybe\\n    | field `health.enabled`",
        "health:\\n  prot: 9464\\n        | unknown field `health.prot` (known here: enabled, host, port)"})
    @DisplayName("a bad value stops the start with the file, the line and the field")
    void invalid(String yaml, String message) throws Exception {
        // GIVEN
        Path file = write(yaml.replace("\\n", "\n"));

        // WHEN / THEN
        assertThatThrownBy(() -> new ConfigLoader().load(file))
                .isInstanceOf(ConfigLoader.ConfigException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining(message);
    }

    private Path write(String yaml) throws Exception {
        Path file = temp.resolve("summitbot.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
