package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.App;
import dev.summitbot.Fixtures;
import dev.summitbot.answer.Answer;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.service.AuditLog;
import dev.summitbot.service.KnowledgeService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's contract, run in-process through {@link App#run}: what other tools read
 * from standard output, exit codes, and help. Runs from the project folder, so the defaults find
 * the real knowledge.
 */
@DisplayName("Command line: JSON contract, exit codes and help")
final class JsonContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ANSWER_FIELDS =
            List.of("question", "answered", "outcome", "answer", "citations", "facts", "confidence", "millis", "version", "followUpOf");
    private static final List<String> CITATION_FIELDS = List.of("n", "source", "title", "url", "quote", "kind", "publisher",
            "published", "attribution");
    private static final String VERSION = "[0-9a-f]{10}@\\d{8}T\\d{6}Z";

    /** One in-process run of the command line. */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    /** The option that points a command at {@link Fixtures#articleKnowledge()}, whose replies these tests pin. */
    private static final String ARTICLE = "--knowledge";

    private static String article() {
        return Fixtures.articleKnowledge().toString();
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = App.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    @DisplayName("ask --json prints exactly one line: one JSON object with exactly the contract's fields")
    void askJson() {
        // GIVEN / WHEN
        Run run = run("", "ask", "--json", ARTICLE, article(), "Where was the summit held?");

        // THEN standard output is one JSON line and nothing else
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.out()).isEqualTo(run.outLines().get(0) + System.lineSeparator());
        JsonNode o = parse(run.outLines().get(0));
        assertThat(o.isObject()).isTrue();
        assertThat(fieldNames(o)).containsExactlyInAnyOrderElementsOf(ANSWER_FIELDS);
        // AND each field has the promised type and content
        assertThat(o.get("question").asText()).isEqualTo("Where was the summit held?");
        assertThat(o.get("answered").isBoolean()).isTrue();
        assertThat(o.get("answered").booleanValue()).isTrue();
        assertThat(o.get("outcome").asText()).isEqualTo("answered");
        assertThat(o.get("answer").asText()).contains("Alaska").endsWith("[1]").doesNotContain("\n");
        assertThat(o.get("citations").isArray()).isTrue();
        assertThat(o.get("citations")).hasSize(1);
        JsonNode citation = o.get("citations").get(0);
        assertThat(fieldNames(citation)).containsExactlyInAnyOrderElementsOf(CITATION_FIELDS);
        assertThat(citation.get("n").isInt()).isTrue();
        assertThat(citation.get("n").intValue()).isEqualTo(1);
        assertThat(citation.get("source").asText()).isEqualTo("summit-article");
        assertThat(citation.get("title").asText()).startsWith("Putin accorded to secure safeguards");
        assertThat(citation.get("url").isNull()).as("the article has no URL: null, never invented").isTrue();
        assertThat(citation.get("quote").asText()).contains("in Alaska");
        assertThat(citation.get("kind").asText()).isEqualTo("article");
        assertThat(citation.get("publisher").isNull()).as("the article names no publisher").isTrue();
        assertThat(citation.get("published").isNull()).isTrue();
        assertThat(citation.get("attribution").asText()).isEqualTo(citation.get("title").asText());
        assertThat(o.get("facts").isArray()).isTrue();
        assertThat(o.get("facts").get(0).asText()).isEqualTo("summit-location");
        assertThat(o.get("confidence").isNumber()).isTrue();
        assertThat(o.get("confidence").doubleValue()).isBetween(0.0, 1.0);
        assertThat(o.get("millis").isNumber()).isTrue();
        assertThat(o.get("millis").doubleValue()).isNotNegative();
        assertThat(o.get("version").asText()).matches(VERSION);
        assertThat(o.get("followUpOf").isNull()).as("a question on its own").isTrue();
    }

    @Test
    @DisplayName("a declined question has the same fields plus suggestions")
    void askJsonNoAnswer() {
        // GIVEN / WHEN
        Run run = run("", "ask", "--json", ARTICLE, article(), "Who", "is", "Emmanuel", "Macron?");

        // THEN
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode o = parse(run.outLines().get(0));
        List<String> expected = new ArrayList<>(ANSWER_FIELDS);
        expected.add("suggestions");
        assertThat(fieldNames(o)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(o.get("question").asText()).as("several words are joined").isEqualTo("Who is Emmanuel Macron?");
        assertThat(o.get("answered").booleanValue()).isFalse();
        assertThat(o.get("outcome").asText()).isEqualTo("declined");
        assertThat(o.get("answer").asText()).isNotBlank();
        assertThat(o.get("citations")).isEmpty();
        assertThat(o.get("facts")).isEmpty();
        assertThat(o.get("suggestions").isArray()).isTrue();
        assertThat(o.get("suggestions").size()).isBetween(1, 3);
        assertThat(o.get("confidence").doubleValue()).isLessThan(0.62);
    }

    @Test
    @DisplayName("batch mode: one JSON line per input line, in order, blank lines included")
    void askJsonBatch() {
        // GIVEN four lines on standard input, one of them blank
        List<String> questions = List.of("Where was the summit held?", "", "Who is the U.S. special envoy?", "Who is Emmanuel Macron?");
        String stdin = String.join("\n", questions) + "\n";

        // WHEN ask runs without a question
        Run run = run(stdin, "ask", "--json", ARTICLE, article());

        // THEN four JSON lines answer them in order
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(4);
        List<JsonNode> results = run.outLines().stream().map(JsonContractTest::parse).toList();
        assertThat(results).extracting(o -> o.get("question").asText()).containsExactlyElementsOf(questions);
        assertThat(results).extracting(o -> o.get("answered").booleanValue()).containsExactly(true, false, true, false);
        assertThat(results.get(2).get("answer").asText()).contains("Witkoff");
        assertThat(results).allSatisfy(o -> assertThat(fieldNames(o)).containsAll(ANSWER_FIELDS));
    }

    @Test
    @DisplayName("batch mode in text: still one line per input line")
    void askTextBatch() {
        // GIVEN the same four lines
        String stdin = "Where was the summit held?\n\nWho is the U.S. special envoy?\nWho is Emmanuel Macron?\n";

        // WHEN / THEN
        Run run = run(stdin, "ask", ARTICLE, article());
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.outLines().get(0)).contains("Alaska").contains("[1] summit-article:");
        assertThat(run.outLines().get(3)).startsWith("My sources do not cover that.");
    }

    @Test
    @DisplayName("a hostile question on the command line still gives one JSON line and exit 0")
    void askJsonHostile() {
        // GIVEN / WHEN
        Run run = run("", "ask", "--json", "AND OR NOT ((( \"*:*\" ~2^3 \u0007\u001b[31m <@&123> " + "x".repeat(10_000));

        // THEN
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(1);
        assertThat(parse(run.outLines().get(0)).get("answered").booleanValue()).isFalse();
    }

    @Test
    @DisplayName("check exits 0 on the real knowledge")
    void checkRealKnowledge() {
        // GIVEN / WHEN
        Run run = run("", "check");

        // THEN
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Knowledge real = Fixtures.load(Fixtures.realKnowledge());
        assertThat(run.out()).startsWith("OK: ").contains(real.sources().size() + " sources", real.facts().size() + " facts");
    }

    @Test
    @DisplayName("check exits 1 on a broken folder and names every problem as file:line")
    void checkBrokenFolder(@TempDir Path folder) throws IOException {
        // GIVEN a folder whose second fact misquotes its source and whose third has an unknown field
        write(folder.resolve("sources/note.md"), """
                ---
                id: note
                title: "A note"
                ---
                The bridge opened in May. It has two lanes.
                """);
        write(folder.resolve("facts/bad.yaml"), """
                - id: bridge-opened
                  subject: "The bridge"
                  relation: "opened in"
                  object: "May"
                  source: note
                  quote: "The bridge opened in May."
                - id: bridge-lanes
                  subject: "The bridge"
                  relation: "has"
                  object: "four lanes"
                  source: note
                  quote: "It has four lanes."
                - id: bridge-colour
                  subject: "The bridge"
                  relation: "is"
                  object: "red"
                  source: note
                  quote: "The bridge"
                  colour: red
                """);

        // WHEN it is checked, as text and as JSON
        Run text = run("", "check", "--knowledge", folder.toString());
        Run json = run("", "check", "--json", "--knowledge", folder.toString());

        // THEN both problems are reported with their file and line, and the exit code is 1
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("2 problem(s)")
                .contains("facts/bad.yaml:7: the quote of fact `bridge-lanes` does not occur verbatim")
                .containsPattern("facts/bad.yaml:19(:\\d+)?: unknown field `colour`");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.outLines()).hasSize(1);
        JsonNode o = parse(json.outLines().get(0));
        assertThat(o.get("ok").booleanValue()).isFalse();
        assertThat(o.get("errors")).hasSize(2).allSatisfy(e -> {
            assertThat(e.get("file").asText()).isEqualTo("facts/bad.yaml");
            assertThat(e.get("line").intValue()).isPositive();
            assertThat(e.get("message").asText()).isNotBlank();
        });
    }

    @Test
    @DisplayName("ask with a knowledge folder that cannot be used: exit 1, the reason on stderr, nothing on stdout")
    void askWithBrokenKnowledge(@TempDir Path folder) {
        // GIVEN / WHEN a folder that does not exist
        Run run = run("", "ask", "--json", "--knowledge", folder.resolve("missing").toString(), "Where?");

        // THEN
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("cannot be used").contains("no such folder");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("bad arguments: exit 2 (as the README promises), a message on stderr, nothing on stdout")
    @CsvSource(delimiter = '|', textBlock = """
            ask --nope                          | --nope
            ask --json --knowledge              | --knowledge
            check extra-argument                | extra-argument
            console --json surplus              | surplus
            eval --file                         | --file
            discord --nope                      | --nope
            generate                            | --out
            generate --out                      | --out
            generate --out x --sources many     | many
            frobnicate                          | frobnicate
            """)
    void badArguments(String args, String named) {
        // GIVEN / WHEN
        Run run = run("", args.split(" "));

        // THEN
        assertThat(run.exit()).as("exit code; stderr:%n%s", run.err()).isEqualTo(2);
        assertThat(run.err()).contains(named);
        assertThat(run.out()).isEmpty();
    }

    /** Every command of the command line; {@link #everyCommandIsCovered} keeps the list complete. */
    private static final List<String> COMMANDS = List.of("ask", "console", "discord", "check", "eval", "generate", "gaps");

    static Stream<String> commandsAndNone() {
        return Stream.concat(Stream.of(""), COMMANDS.stream());
    }

    @Test
    @DisplayName("the commands tested here are the commands --help lists")
    void everyCommandIsCovered() {
        // GIVEN / WHEN
        Run run = run("", "--help");

        // THEN the "Commands:" section names exactly these (and picocli's own help)
        List<String> listed = run.out().lines().dropWhile(line -> !line.equals("Commands:")).skip(1)
                .filter(line -> line.matches("  \\S.*")).map(line -> line.strip().split("\\s+")[0]).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(Stream.concat(COMMANDS.stream(), Stream.of("help")).toList());
    }

    @ParameterizedTest(name = "[{index}] {0} --help")
    @DisplayName("--help works for every command")
    @MethodSource("commandsAndNone")
    void help(String command) {
        // GIVEN / WHEN
        Run run = command.isEmpty() ? run("", "--help") : run("", command, "--help");

        // THEN usage goes to stdout and the command exits 0 without doing anything else
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith(("Usage: summitbot " + command).strip()).contains("--help");
        if (!command.isEmpty()) {
            assertThat(run.out()).doesNotContain("\"answered\"");
        }
    }

    @Test
    @DisplayName("console --json: one JSON object per input line, with each command's keys, until /quit")
    void consoleJson(@TempDir Path temp) throws IOException {
        // GIVEN a configuration that keeps the reload audit out of the project folder
        Path audit = temp.resolve("audit.jsonl");
        Path config = write(temp.resolve("summitbot.yaml"), "knowledge:\n  folder: " + Fixtures.articleKnowledge() + "\n"
                + "logs:\n  reloadAudit: " + audit + "\n  feedback: " + temp.resolve("feedback.jsonl") + "\n");
        // AND a session of commands, a question, an unknown command, and a line after /quit
        List<String> lines = List.of("/help", "Where was the summit held?", "/summary", "/sources", "/about", "/reload",
                "/bogus", "/quit", "Who is the envoy?");

        // WHEN the console reads them
        Run run = run(String.join("\n", lines) + "\n", "--config", config.toString(), "console", "--json");

        // THEN each line up to /quit gets one JSON object with the keys of its command
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> replies = run.outLines().stream().map(JsonContractTest::parse).toList();
        assertThat(replies).hasSize(8);
        assertThat(fieldNames(replies.get(0))).containsExactly("help");
        assertThat(replies.get(0).get("help").asText()).contains("/summary", "/reload", "/quit");
        assertThat(fieldNames(replies.get(1))).containsExactlyInAnyOrderElementsOf(ANSWER_FIELDS);
        assertThat(replies.get(1).get("answer").asText()).contains("Alaska");
        assertThat(fieldNames(replies.get(2))).containsExactlyInAnyOrder("topic", "covered", "bullets", "sources", "version");
        assertThat(replies.get(2).get("bullets").size()).isBetween(3, 8);
        // AND the summary's one source is listed once, with every quote the bullets cite under it
        assertThat(replies.get(2).get("sources")).singleElement().satisfies(source -> {
            assertThat(fieldNames(source)).containsExactlyInAnyOrder("source", "title", "url", "quotes");
            assertThat(source.get("source").asText()).isEqualTo("summit-article");
            assertThat(source.get("quotes")).hasSize(replies.get(2).get("bullets").size());
            assertThat(fieldNames(source.get("quotes").get(0))).containsExactly("n", "quote");
        });
        assertThat(fieldNames(replies.get(3))).containsExactlyInAnyOrder("sources", "version");
        assertThat(replies.get(3).get("sources").get(0).get("id").asText()).isEqualTo("summit-article");
        assertThat(fieldNames(replies.get(4)))
                .containsExactlyInAnyOrder("bot", "version", "sources", "passages", "facts", "lastReload", "uptimeSeconds");
        assertThat(replies.get(4).get("facts").intValue()).isEqualTo(Fixtures.load(Fixtures.articleKnowledge()).facts().size());
        assertThat(fieldNames(replies.get(5)))
                .containsExactlyInAnyOrder("ok", "version", "previousVersion", "changes", "errors", "millis");
        assertThat(replies.get(5).get("ok").booleanValue()).isTrue();
        assertThat(replies.get(5).get("version").asText()).isEqualTo(replies.get(4).get("version").asText());
        assertThat(fieldNames(replies.get(6))).containsExactly("error");
        assertThat(replies.get(6).get("error").asText()).contains("/bogus");
        assertThat(fieldNames(replies.get(7))).containsExactly("bye");
        // AND the reload was audited where the configuration said
        assertThat(Files.readAllLines(audit)).singleElement().satisfies(line -> {
            JsonNode entry = parse(line);
            assertThat(entry.get("actor").asText()).isEqualTo("console");
            assertThat(entry.get("ok").booleanValue()).isTrue();
        });
    }

    @Test
    @DisplayName("console session in text mode: a blank line prints nothing, /ask answers, /summary TOPIC, /quit stops")
    void consoleSessionText() throws Exception {
        // GIVEN a session over the real knowledge
        Clock clock = Clock.fixed(Instant.parse("2025-08-18T12:00:00Z"), ZoneOffset.UTC);
        try (KnowledgeService service = KnowledgeService.start(Fixtures.articleKnowledge(), new KnowledgeLoader(), clock,
                AuditLog.none())) {
            ConsoleSession session = new ConsoleSession(service, false);

            // WHEN / THEN
            assertThat(session.handle("   ").output()).isEmpty();
            assertThat(session.handle("/ask Where was the summit held?").output()).hasValueSatisfying(
                    text -> assertThat(text).contains("Alaska. [1]").contains("[1] Putin accorded"));
            assertThat(session.handle("/summary Macron").output()).contains("My sources do not cover \"Macron\".");
            assertThat(session.handle("/SUMMARY rubio").output())
                    .hasValueSatisfying(text -> assertThat(text).startsWith("Summary of \"rubio\":"));
            assertThat(session.handle("/nope").output()).hasValueSatisfying(text -> assertThat(text).contains("/help"));
            assertThat(session.handle("/nope").quit()).isFalse();
            assertThat(session.handle("/exit").quit()).isTrue();
            assertThat(session.handle("/quit").quit()).isTrue();
        }
    }

    @Test
    @DisplayName("console: a follow-up is read with the question before; a new topic is not; ask batch lines stay independent")
    void consoleFollowUps() throws Exception {
        // GIVEN a session over the real knowledge
        try (KnowledgeService service = KnowledgeService.start(Fixtures.articleKnowledge(), new KnowledgeLoader(), Clock.systemUTC(),
                AuditLog.none())) {
            ConsoleSession session = new ConsoleSession(service, false);

            // WHEN a question, then a follow-up that leans on it
            session.handle("who will zelensky meet with");
            // THEN the follow-up is answered about Zelenskyy's meeting, and says how it was read
            assertThat(session.handle("who's coming with him?").output()).hasValueSatisfying(
                    text -> assertThat(text).startsWith("(read as a follow-up to \"who will zelensky meet with\")")
                            .contains("European leaders"));

            // WHEN the same follow-up comes on its own, in a new session
            ConsoleSession fresh = new ConsoleSession(service, false);
            // THEN it has nothing to lean on
            assertThat(fresh.handle("who's coming with him?").output()).hasValueSatisfying(
                    text -> assertThat(text).startsWith(Answer.NOT_COVERED));
        }

        // AND ask, one question per line, reads each line on its own
        Run run = run("who will zelensky meet with\nwho's coming with him?\n", "ask", "--json", ARTICLE, article());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(parse(run.outLines().get(1)).get("outcome").asText()).isEqualTo("declined");
    }

    @Test
    @DisplayName("ask --json: a covered topic without the kind of answer asked for is partial, not answered")
    void askJsonPartial() {
        // GIVEN / WHEN
        Run run = run("", "ask", "--json", ARTICLE, article(), "When is Zelenskyy's meeting with Trump?");

        // THEN the outcome is partial, answered is false, and the answer says what is missing, with its citation
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode o = parse(run.outLines().get(0));
        assertThat(fieldNames(o)).containsExactlyInAnyOrderElementsOf(ANSWER_FIELDS);
        assertThat(o.get("outcome").asText()).isEqualTo("partial");
        assertThat(o.get("answered").booleanValue()).isFalse();
        assertThat(o.get("answer").asText()).startsWith("My sources don't say when.");
        assertThat(o.get("citations")).hasSize(1);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
