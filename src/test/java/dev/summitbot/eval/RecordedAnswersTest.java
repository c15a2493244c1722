package dev.summitbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summitbot.Fixtures;
import dev.summitbot.answer.Answer;
import dev.summitbot.answer.Citation;
import dev.summitbot.question.Question;
import dev.summitbot.service.AuditLog;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The golden replies: every question of the first evaluation set gets exactly the reply recorded for
 * it — outcome, text, citations, facts, suggestions and confidence. A reorganisation must leave them
 * all unchanged (this test was recorded before the code was reorganised and held through it); a
 * change meant to alter answers re-records them, and the diff of the recording shows every reply
 * it changed:
 * <pre>mvn -B test -Dtest=RecordedAnswersTest -Dsummitbot.record=true</pre>
 */
@DisplayName("Recorded answers: the evaluation set's replies are as recorded")
final class RecordedAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RECORDING = Path.of("src/test/resources/eval/recorded-answers.jsonl");

    @Test
    @DisplayName("each recorded question gets the recorded reply")
    void repliesMatchTheRecording() throws Exception {
        // GIVEN the recording and the real knowledge
        List<JsonNode> recorded = recording();
        assertThat(recorded).hasSizeGreaterThanOrEqualTo(80);
        try (KnowledgeService service = KnowledgeService.start(Fixtures.realKnowledge(), Fixtures.evaluationLoader(),
                Clock.systemUTC(), AuditLog.none())) {
            // WHEN each question is asked again
            List<String> differences = new ArrayList<>();
            StringBuilder recording = new StringBuilder();
            for (JsonNode expected : recorded) {
                JsonNode actual = reply(expected.get("question").asText(), service.ask(Question.of(expected.get("question").asText())).answer());
                recording.append(JSON.writeValueAsString(actual)).append('\n');
                if (!actual.equals(expected)) {
                    differences.add("expected " + expected + "\n     got " + actual);
                }
            }
            if (Boolean.getBoolean("summitbot.record")) {
                Files.writeString(RECORDING, recording, StandardCharsets.UTF_8);
                return;
            }
            // THEN none differs
            assertThat(differences).as("replies that changed").isEmpty();
        }
    }

    private static List<JsonNode> recording() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(RECORDING, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    /** The recorded shape: the JSON contract's answer fields without timing and version. */
    private static JsonNode reply(String question, Answer answer) {
        ObjectNode o = JSON.createObjectNode();
        o.put("question", question);
        o.put("answered", answer instanceof Answer.Answered);
        o.put("outcome", answer.outcome().key());
        ArrayNode citations = JSON.createArrayNode();
        ArrayNode facts = JSON.createArrayNode();
        ArrayNode suggestions = JSON.createArrayNode();
        o.put("answer", answer.text());
        for (Citation c : answer.citations()) {
            citations.addObject().put("n", c.n()).put("source", c.sourceId()).put("quote", c.quote());
        }
        answer.factIds().forEach(facts::add);
        if (answer instanceof Answer.NoAnswer n) {
            n.suggestions().forEach(suggestions::add);
        }
        o.set("citations", citations);
        o.set("facts", facts);
        o.set("suggestions", suggestions);
        o.put("confidence", Math.round(answer.confidence() * 1000) / 1000.0);
        return o;
    }
}
