package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --write-questions} and {@code eval --jsonl}: another system's JSON Lines replies scored
 * by the bot's own rules, so that the bot and a baseline are judged alike. Run in-process.
 */
@DisplayName("eval --jsonl: another system's replies, scored by the bot's rules")
final class ScoreRepliesTest {

    private static final String QUOTE = "a summit between President Donald Trump and Russian leader Vladimir Putin in Alaska";

    @TempDir
    Path folder;

    @Test
    @DisplayName("the bot's own ask --json replies, scored from the file, give exactly the rows and totals of eval --file")
    void botRepliesScoreAsTheBotItself() throws Exception {
        // GIVEN the evaluation set (no follow-ups) written out as questions, and the bot's replies to them
        String set = Fixtures.evaluationSet().toString();
        Path questions = folder.resolve("questions.txt");
        Path replies = folder.resolve("replies.jsonl");
        assertThat(JsonContractTest.run("", "eval", "--file", set, "--write-questions", questions.toString()).exit()).isZero();
        JsonContractTest.Run asked = JsonContractTest.run(Files.readString(questions), "ask", "--json", "--knowledge",
                Fixtures.articleKnowledge().toString());
        Files.writeString(replies, asked.out(), StandardCharsets.UTF_8);

        // WHEN the replies are scored, and the set is evaluated directly
        JsonContractTest.Run scored = JsonContractTest.run("", "eval", "--file", set, "--jsonl", replies.toString());
        JsonContractTest.Run direct = JsonContractTest.run("", "eval", "--file", set);

        // THEN everything but the heading is the same, row by row (but for the confidence column: the JSON
        // carries it rounded to two decimals, so 0.655 prints as 0.66 from the file and 0.65 directly), up to
        // the calibration curve, which only the bot's own run can draw (it needs the evidence's signals)
        assertThat(scored.err()).isEmpty();
        assertThat(scored.exit()).isEqualTo(direct.exit());
        assertThat(withoutConfidence(scored.outLines())).hasSizeGreaterThan(85).isEqualTo(withoutConfidence(direct.outLines()));
    }

    private static List<String> withoutConfidence(List<String> lines) {
        return lines.subList(1, lines.size()).stream()
                .takeWhile(l -> !l.startsWith("calibration ("))
                .map(l -> l.replaceFirst("^(\\d+\\s+\\S+\\s+\\S+\\s+)\\d\\.\\d\\d", "$1")).toList();
    }

    @Test
    @DisplayName("a baseline's lines (no outcome, never declining) are judged by phrases, source and verbatim quotes")
    void baselineReplies() throws Exception {
        // GIVEN three answerable questions and two unanswerable ones, and a reply to each
        Path set = folder.resolve("set.yaml");
        Files.writeString(set, """
                - {question: "Where was the summit?", expect: answer, phrases: ["alaska|anchorage"], source: summit-article}
                - {question: "Where was it held?", expect: answer, phrases: ["alaska"], source: summit-article}
                - {question: "Who met?", expect: answer, phrases: ["putin"], source: summit-article}
                - {question: "What is the capital of France?", expect: abstain}
                - {question: "Who is Lavrov?", expect: abstain}
                """, StandardCharsets.UTF_8);
        Path replies = folder.resolve("replies.jsonl");
        Files.write(replies, List.of(
                line("Where was the summit?", "true", null, "The summit was in ALASKA.", "summit-article", QUOTE),
                line("Where was it held?", "true", null, "In Alaska.", "summit-article", "a summit in Alaska, said nobody"),
                line("Who met?", "true", null, "Putin met Trump.", "seed", "a summit in Alaska"),
                line("What is the capital of France?", "true", null, "Paris.", "summit-article", QUOTE),
                line("Who is Lavrov?", "false", "partial", "My sources don't say who.", "summit-article", QUOTE)),
                StandardCharsets.UTF_8);

        // WHEN they are scored
        JsonContractTest.Run run = JsonContractTest.run("", "eval", "--file", set.toString(), "--jsonl", replies.toString());

        // THEN only the first answer is right (the second forges its quote, the third cites another source);
        // the answered unanswerable question is wrong, the partial one is not an answer
        assertThat(run.out()).contains("answerable:   1/3 answered right")
                .contains("unanswerable: 1/2 not answered")
                .contains("a citation's quote is not in its source")
                .contains("does not cite summit-article")
                .contains("answered an unanswerable question");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    @DisplayName("replies that do not answer the set line by line are refused, naming the line but not the question")
    void misalignedReplies() throws Exception {
        // GIVEN a set of two questions and replies in the wrong order
        Path set = folder.resolve("set.yaml");
        Files.writeString(set, """
                - {question: "Where was the summit?", expect: answer, phrases: ["alaska"], source: summit-article}
                - {question: "Secret question two?", expect: abstain}
                """, StandardCharsets.UTF_8);
        Path replies = folder.resolve("replies.jsonl");
        Files.write(replies, List.of(line("Secret question two?", "false", null, "", "x", "y"),
                line("Where was the summit?", "false", null, "", "x", "y")), StandardCharsets.UTF_8);

        // WHEN they are scored
        JsonContractTest.Run run = JsonContractTest.run("", "eval", "--file", set.toString(), "--jsonl", replies.toString());

        // THEN it is a usage error naming line 1, and no question is printed
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("replies.jsonl:1:").doesNotContain("Secret");
        assertThat(run.out()).isEmpty();
    }

    private static String line(String question, String answered, String outcome, String answer, String source, String quote) {
        return "{\"question\":\"" + question + "\",\"answered\":" + answered + (outcome == null ? "" : ",\"outcome\":\"" + outcome + "\"")
                + ",\"answer\":\"" + answer + "\",\"citations\":[{\"n\":1,\"source\":\"" + source + "\",\"quote\":\"" + quote + "\"}]}";
    }
}
