package dev.summitbot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Another system's replies, one JSON object per line in the shape of {@code ask --json}
 * ({@code question}, {@code answered}, optional {@code outcome}, {@code answer},
 * {@code citations[].source}, {@code citations[].quote}), judged against an evaluation set so that
 * SummitBot and a baseline are scored by the same rules. Line n answers the set's question n, as
 * {@link #questionLine} writes it.
 */
public final class Transcript {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A question as one line of input: line breaks inside it become spaces. Follow-ups stand alone. */
    public static String questionLine(EvalCase item) {
        return item.question().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** Writes the set's questions, one per line, for a system to answer. */
    public static void writeQuestions(List<EvalCase> cases, Path file) throws IOException {
        List<String> lines = cases.stream().map(Transcript::questionLine).toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * Reads the replies and judges them against {@code cases}.
     *
     * @throws IllegalArgumentException naming the line, when the file does not answer the set line by line
     *     (the question itself is not repeated: it may belong to the sealed set)
     */
    public static EvalReport judge(Path file, List<EvalCase> cases, Evaluator.SourceTexts sources) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        if (lines.size() != cases.size()) {
            throw new IllegalArgumentException(file + " has " + lines.size() + " replies for " + cases.size() + " questions");
        }
        List<EvalReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line;
            try {
                line = JSON.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a JSON object: " + e.getOriginalMessage());
            }
            if (!questionLine(cases.get(i)).strip().equals(line.path("question").asText().strip())) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": the reply is to another question than question "
                        + (i + 1) + " of the set");
            }
            rows.add(Evaluator.judge(cases.get(i), reply(line), sources));
        }
        return new EvalReport(rows);
    }

    /** The bot's {@code outcome} when present ({@code answered} only counts), else the {@code answered} flag. */
    static Reply reply(JsonNode line) {
        String outcome = line.hasNonNull("outcome") ? line.get("outcome").asText()
                : line.path("answered").asBoolean(false) ? "answered" : "declined";
        List<Reply.Cited> cited = new ArrayList<>();
        for (JsonNode c : line.path("citations")) {
            cited.add(new Reply.Cited(c.path("source").asText(""), c.path("quote").asText("")));
        }
        return new Reply("answered".equals(outcome), outcome, line.path("answer").asText(""), line.path("confidence").asDouble(0),
                cited);
    }

    private Transcript() {}
}
