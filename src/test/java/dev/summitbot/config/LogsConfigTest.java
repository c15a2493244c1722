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

@DisplayName("The logs section of summitbot.yaml: the gaps log and its retention")
final class LogsConfigTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("without the gaps fields the log is data/gaps.jsonl, kept 90 days; the example configuration says the same")
    void defaults() throws Exception {
        // GIVEN / WHEN
        BotConfig none = new ConfigLoader().load(write("logs:\n  feedback: data/votes.jsonl\n"));
        BotConfig example = new ConfigLoader().loadNamed(Path.of("config/summitbot.example.yaml").toAbsolutePath());

        // THEN
        assertThat(none.logs().gaps()).isEqualTo("data/gaps.jsonl");
        assertThat(none.logs().gapsRetentionDays()).isEqualTo(90);
        assertThat(example.logs()).isEqualTo(LogsConfig.DEFAULT);
    }

    @Test
    @DisplayName("the gaps fields are read as written")
    void read() throws Exception {
        // GIVEN / WHEN
        BotConfig config = new ConfigLoader().load(write("logs:\n  gaps: /var/lib/summitbot/gaps.jsonl\n  gapsRetentionDays: 30\n"));

        // THEN
        assertThat(config.logs().gaps()).isEqualTo("/var/lib/summitbot/gaps.jsonl");
        assertThat(config.logs().gapsRetentionDays()).isEqualTo(30);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("bad values stop the start with the file, the line (of the section's end, for a value out of range) and the field")
    @CsvSource(delimiter = '|', textBlock = """
            gapsRetentionDays: 0       | logs.gapsRetentionDays must be a whole number of days from 1 to 3650, not 0
            gapsRetentionDays: 3651    | not 3651
            gapsRetentionDays: 1.5     | gapsRetentionDays
            gapsRetentionDays: soon    | gapsRetentionDays
            gaps: ' '                  | and logs.gaps must not be empty
            """)
    void badValues(String line, String message) throws Exception {
        // GIVEN
        Path file = write("logs:\n  " + line + "\n");

        // WHEN / THEN
        assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigLoader.ConfigException.class)
                .hasMessageStartingWith(file + ":").hasMessageContaining(message);
    }

    private Path write(String text) throws Exception {
        return Files.writeString(temp.resolve("summitbot.yaml"), text, StandardCharsets.UTF_8);
    }
}
