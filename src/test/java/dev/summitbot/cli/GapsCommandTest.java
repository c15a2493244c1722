package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("./summitbot gaps, and which commands write the gaps log: the console does, ask and eval do not")
final class GapsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path config(String extra) throws IOException {
        return Files.writeString(temp.resolve("summitbot.yaml"), "knowledge:\n  folder: " + Fixtures.articleKnowledge() + "\n"
                + "logs:\n  reloadAudit: " + temp.resolve("audit.jsonl") + "\n  gaps: " + gaps() + "\n" + extra, StandardCharsets.UTF_8);
    }

    private Path gaps() {
        return temp.resolve("data/gaps.jsonl");
    }

    @Test
    @DisplayName("questions declined or answered in part at the console are logged, then listed by topic, most asked first, as text and JSON")
    void consoleThenGaps() throws Exception {
        // GIVEN a console session: a question asked twice in other words, a partial answer, and an answered question
        Path config = config("");
        String session = String.join("\n", "What is the weather in Paris?", "When is Zelenskyy's meeting with Trump?",
                "Where was the summit held?", "weather in paris", "/quit", "");

        // WHEN the console answers them, then gaps lists them
        JsonContractTest.Run console = JsonContractTest.run(session, "--config", config.toString(), "console", "--json");
        JsonContractTest.Run text = JsonContractTest.run("", "--config", config.toString(), "gaps");
        JsonContractTest.Run json = JsonContractTest.run("", "--config", config.toString(), "gaps", "--json");
        JsonContractTest.Run limited = JsonContractTest.run("", "--config", config.toString(), "gaps", "--json", "--limit", "1", "--since", "3");

        // THEN the log holds the three gaps, from the console, without anyone's id
        assertThat(console.exit()).as(console.err()).isZero();
        String raw = Files.readString(gaps(), StandardCharsets.UTF_8);
        assertThat(raw.lines()).hasSize(3).allSatisfy(line -> assertThat(JSON.readTree(line).path("from").asText()).isEqualTo("console"));
        assertThat(raw).doesNotContain("\"user\"", "\"author\"", "\"member\"").doesNotContain("Where was the summit held?");
        // AND gaps prints aligned lines, the weather in Paris first
        assertThat(text.exit()).as(text.err()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("3 question(s) in 2 topic(s) the knowledge lacks, last 90 days, most asked first:");
        assertThat(lines.get(1)).startsWith("ASKED DECLINED PARTIAL CHANNELS  FIRST");
        assertThat(lines.get(2)).matches("    2        2       0        1  \\d{4}-\\d\\d-\\d\\d  \\d{4}-\\d\\d-\\d\\d  pari weather: "
                + "\"What is the weather in Paris\\?\"");
        assertThat(lines.get(3)).startsWith("    1        0       1        1  ").endsWith("(missing when ×1)");
        int topic = lines.get(1).indexOf("TOPIC");
        assertThat(lines.get(2).substring(topic)).as("aligned under TOPIC").startsWith("pari weather: ");
        assertThat(lines.get(3).substring(topic - 2, topic + 1)).as("aligned under TOPIC").matches("  \\S");
        // AND --json prints one object per topic
        assertThat(json.outLines()).hasSize(2);
        JsonNode first = JSON.readTree(json.outLines().get(0));
        assertThat(first.path("topic").toString()).isEqualTo("[\"pari\",\"weather\"]");
        assertThat(first.path("question").asText()).isEqualTo("What is the weather in Paris?");
        assertThat(first.path("count").asInt()).isEqualTo(2);
        assertThat(first.path("declined").asInt()).isEqualTo(2);
        assertThat(first.path("channels").asInt()).isEqualTo(1);
        JsonNode second = JSON.readTree(json.outLines().get(1));
        assertThat(second.path("missing").toString()).isEqualTo("{\"when\":1}");
        assertThat(limited.outLines()).hasSize(1).first().asString().contains("Paris");
    }

    @Test
    @DisplayName("ask (one question, or a batch) and eval answer without logging: they are not members asking")
    void askAndEvalDoNotLog() throws Exception {
        // GIVEN
        Path config = config("");

        // WHEN questions the knowledge declines are asked every way but the console
        JsonContractTest.Run one = JsonContractTest.run("", "--config", config.toString(), "ask", "What is the weather in Paris?");
        JsonContractTest.Run batch = JsonContractTest.run("What is the weather in Paris?\nWhen is Zelenskyy's meeting with Trump?\n",
                "--config", config.toString(), "ask", "--json");
        JsonContractTest.Run eval = JsonContractTest.run("", "--config", config.toString(), "eval", "--file", Fixtures.evaluationSet().toString());

        // THEN
        assertThat(List.of(one, batch, eval)).allSatisfy(run -> assertThat(run.exit()).as(run.err()).isZero());
        assertThat(gaps()).doesNotExist();
    }

    @Test
    @DisplayName("a missing log lists nothing; corrupt lines are skipped and counted on stderr")
    void missingAndCorrupt() throws Exception {
        // GIVEN no log yet
        Path config = config("");
        JsonContractTest.Run empty = JsonContractTest.run("", "--config", config.toString(), "gaps");

        // WHEN the log holds a good line and two bad ones
        Files.createDirectories(gaps().getParent());
        String now = java.time.Instant.now().toString();
        Files.writeString(gaps(), "{\"at\":\"" + now + "\",\"question\":\"Who drove?\",\"outcome\":\"declined\",\"from\":\"console\","
                + "\"version\":\"v\"}\n{oops\n{\"at\":\"" + now + "\",\"question\":\"Who?\",\"outcome\":\"maybe\",\"from\":\"console\"}\n");
        JsonContractTest.Run listed = JsonContractTest.run("", "--config", config.toString(), "gaps", "--json");

        // THEN
        assertThat(empty.exit()).isZero();
        assertThat(empty.out()).startsWith("No question was declined or answered in part in the last 90 days.");
        assertThat(listed.exit()).isZero();
        assertThat(listed.outLines()).singleElement().asString().contains("Who drove?");
        assertThat(listed.err()).contains("skipped 2 unreadable line(s) in " + gaps());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("bad retention values stop every command with an error naming logs.gapsRetentionDays")
    @CsvSource(delimiter = '|', textBlock = """
            0         | must be a whole number of days from 1 to 3650, not 0
            -5        | not -5
            99999     | not 99999
            soon      | logs.gapsRetentionDays
            """)
    void badRetention(String value, String message) throws Exception {
        // GIVEN
        Path config = config("  gapsRetentionDays: " + value + "\n");

        // WHEN
        JsonContractTest.Run run = JsonContractTest.run("", "--config", config.toString(), "gaps");

        // THEN
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("bad configuration", "summitbot.yaml:", "logs.gapsRetentionDays", message);
    }

    @ParameterizedTest(name = "[{index}] gaps {0}")
    @DisplayName("bad arguments: exit 2 with a message naming the option")
    @CsvSource(delimiter = '|', textBlock = """
            --since 0       | --since
            --limit 0       | --limit
            --limit many    | many
            """)
    void badArguments(String args, String named) throws Exception {
        // GIVEN
        Path config = config("");

        // WHEN
        String[] argv = ("--config " + config + " gaps " + args).split(" ");
        JsonContractTest.Run run = JsonContractTest.run("", argv);

        // THEN
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(named);
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("the console's /gaps lists the same topics, as text and as one JSON object")
    void consoleGaps() throws Exception {
        // GIVEN a console session that is declined a question, then asks for the gaps
        Path config = config("");
        String session = String.join("\n", "What is the weather in Paris?", "/gaps", "/quit", "");

        // WHEN
        JsonContractTest.Run text = JsonContractTest.run(session, "--config", config.toString(), "console");
        JsonContractTest.Run json = JsonContractTest.run("/gaps\n", "--config", config.toString(), "console", "--json");

        // THEN
        assertThat(text.out()).contains("1 question(s) in 1 topic(s) the knowledge lacks").contains("pari weather: \"What is the weather in Paris?\"");
        JsonNode gaps = JSON.readTree(json.outLines().get(0)).get("gaps");
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).get("count").intValue()).isEqualTo(1);
    }
}
