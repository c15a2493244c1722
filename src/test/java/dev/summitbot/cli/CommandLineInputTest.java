package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.knowledge.KnowledgeFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What careless or hostile input does to the command line: invisible characters inside words,
 * stray carriage returns, a configuration file that is not there, file names that hold line breaks.
 * Run in-process through {@code App.run} on fixture folders.
 */
@DisplayName("Command line: hostile input is read right and printed safely")
final class CommandLineInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zero-width space", "zero-width joiner", "soft hyphen", "word joiner"})
    @DisplayName("format characters inside a word are removed, not read as a break between words")
    void formatCharactersInsideWords(String name) throws Exception {
        // GIVEN a question whose key word holds an invisible character
        KnowledgeFixture.at(folder).summitIn("Alaska");
        String mark = switch (name) {
            case "zero-width space" -> "\u200B";
            case "zero-width joiner" -> "\u200D";
            case "soft hyphen" -> "\u00AD";
            default -> "\u2060";
        };
        String question = "Where was the test sum" + mark + "mit he" + mark + "ld?";

        // WHEN it is asked
        JsonContractTest.Run run = JsonContractTest.run("", "ask", "--json", "--knowledge", folder.toString(), question);

        // THEN it is answered as if the character were not there
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.get("answered").booleanValue()).as(run.out()).isTrue();
        assertThat(answer.get("answer").asText()).contains("Alaska");
    }

    @Test
    @DisplayName("ask reads one question per \\n line: a lone \\r inside a line is not a line break, a trailing \\r is dropped")
    void carriageReturnsDoNotSplitLines() throws Exception {
        // GIVEN three input lines, one with a lone \r inside and one ending in \r\n
        KnowledgeFixture.at(folder).summitIn("Alaska");
        String stdin = "Where was the test\rsummit held?\nHow long did the talks last?\r\nWhere was the test summit held?\n";

        // WHEN they are asked in batch mode
        JsonContractTest.Run run = JsonContractTest.run(stdin, "ask", "--json", "--knowledge", folder.toString());

        // THEN there is exactly one result per input line, each naming its own line's question
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(3);
        List<String> questions = new ArrayList<>();
        for (String line : lines) {
            questions.add(JSON.readTree(line).get("question").asText());
        }
        assertThat(questions).containsExactly(
                "Where was the test\rsummit held?", "How long did the talks last?", "Where was the test summit held?");
        assertThat(JSON.readTree(lines.get(0)).get("answer").asText()).contains("Alaska");
    }

    @Test
    @DisplayName("--config naming a file that does not exist is an error, not the defaults")
    void missingConfigFile() {
        // GIVEN a configuration path with no file behind it
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Path missing = folder.resolve("no-such-config.yaml");

        // WHEN a command is run with it
        JsonContractTest.Run run = JsonContractTest.run("", "--config", missing.toString(), "check", "--knowledge", folder.toString());

        // THEN it fails, naming the file
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("OK:");
        assertThat(run.err()).contains(missing.toString()).contains("no such file");
    }

    @Test
    @DisplayName("check escapes control characters in file names: a name with a line break cannot print a fake OK line")
    void fileNamesWithLineBreaksAreEscaped() throws Exception {
        // GIVEN an unexpected file whose name holds a line break followed by a fake verdict
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Files.writeString(folder.resolve("sources/x\nOK: the knowledge is valid\r.png"), "x");

        // WHEN the folder is checked
        JsonContractTest.Run run = JsonContractTest.run("", "check", "--knowledge", folder.toString());

        // THEN the problem is printed on one line, with the break escaped, and no line starts with OK:
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.outLines()).noneMatch(l -> l.startsWith("OK:"));
        assertThat(run.out()).contains("sources/x\\nOK: the knowledge is valid\\r.png: unexpected file");
    }
}
