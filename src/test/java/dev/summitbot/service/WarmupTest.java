package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.answer.Answer;
import dev.summitbot.eval.EvalCase;
import dev.summitbot.eval.Evaluator;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.question.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up before serving: it answers its questions and drops them, so a warmed service gives
 * the same answers as one that was not warmed, and records nothing. (How much faster the first
 * answer is, is measured in docs/benchmarks.md, not asserted here.)
 */
@DisplayName("Warm-up before serving: the same answers, nothing recorded")
final class WarmupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-18T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    @DisplayName("a warmed service answers the first question, and every evaluation question after it, as an unwarmed one does")
    void sameAnswersAsUnwarmed() throws Exception {
        // GIVEN the real knowledge, started once with the warm-up and once without
        List<String> questions = Evaluator.load(Fixtures.evaluationSet()).stream().map(EvalCase::question).toList();
        try (KnowledgeService warmed = KnowledgeService.start(Fixtures.realKnowledge(), new KnowledgeLoader(), CLOCK, AuditLog.none());
                KnowledgeService cold = KnowledgeService.startCold(Fixtures.realKnowledge(), new KnowledgeLoader(), CLOCK,
                        AuditLog.none())) {
            // WHEN each is asked the same questions in the same order, starting with a warm-up question itself
            // and a follow-up that would lean on a remembered question if the warm-up left one behind
            List<String> asked = new ArrayList<>(List.of(Warmup.QUESTIONS.get(0), "what did he say?"));
            asked.addAll(questions);
            for (String text : asked) {
                Answer fromWarmed = warmed.ask(Question.of(text)).answer();
                Answer fromCold = cold.ask(Question.of(text)).answer();

                // THEN the answers are equal, question by question
                assertThat(fromWarmed).as(text).isEqualTo(fromCold);
            }
            assertThat(warmed.version()).isEqualTo(cold.version());
        }
    }

    @Test
    @DisplayName("the warm-up writes no audit line: the audit file holds only what reloads write")
    void noAuditLine() throws Exception {
        // GIVEN a service that audits to a file
        Path audit = folder.resolve("reloads.jsonl");

        // WHEN it starts (and so warms up), then reloads once
        try (KnowledgeService service = KnowledgeService.start(Fixtures.realKnowledge(), new KnowledgeLoader(), CLOCK,
                AuditLog.to(audit))) {
            // THEN nothing was written by the start
            assertThat(audit).satisfiesAnyOf(f -> assertThat(f).doesNotExist(), f -> assertThat(f).isEmptyFile());

            service.reload("test");

            // AND the reload's line is the only one
            assertThat(Files.readAllLines(audit)).hasSize(1);
        }
    }

    @Test
    @DisplayName("the warm-up asks a fixed list: its own questions, then the first questions the facts suggest in knowledge order")
    void fixedQuestions() {
        // GIVEN more questions the facts suggest than the warm-up takes
        List<String> prompts = IntStream.range(0, Warmup.PROMPTS + 5).mapToObj(i -> "Prompt " + i + "?").toList();

        // WHEN the warm-up's questions are listed
        List<String> questions = Warmup.questions(prompts);

        // THEN they are the fixed questions followed by the first PROMPTS prompts, every time
        assertThat(questions).startsWith(Warmup.QUESTIONS.toArray(String[]::new))
                .endsWith("Prompt " + (Warmup.PROMPTS - 1) + "?")
                .hasSize(Warmup.QUESTIONS.size() + Warmup.PROMPTS)
                .isEqualTo(Warmup.questions(prompts));
    }
}
