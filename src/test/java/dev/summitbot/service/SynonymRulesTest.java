package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.answer.Answer;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.knowledge.KnowledgeProblem;
import dev.summitbot.question.Question;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Synonym rules that would cost without bound, or make unrelated questions match, are refused by
 * {@code check} and by a reload, with the line: {@code synonyms.txt:N: …}. The over-limit rules
 * here are just over the limits, so the tests stay quick even where the limits are missing.
 */
@DisplayName("Synonym rules: bounded, and never joining question words")
final class SynonymRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    @DisplayName("a rule joining more terms than the limit is refused, naming its line")
    void tooManyTermsInOneRule() {
        // GIVEN a synonyms file whose second rule joins 40 terms
        String rule = IntStream.range(0, 40).mapToObj(i -> "term" + i).collect(Collectors.joining(", "));
        KnowledgeFixture.at(folder).summitIn("Alaska").file("synonyms.txt", "summit, meeting\n" + rule + "\n");

        // WHEN the folder is checked
        ReloadResult result = KnowledgeService.check(folder, new KnowledgeLoader(), CLOCK);

        // THEN it is refused at line 2
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("synonyms.txt:2: ");
            assertThat(p.message()).contains("40 terms").contains("at most 32");
        });
    }

    @Test
    @DisplayName("a synonym map over the limit in all is refused at the line that crosses it")
    void tooManyEntriesInAll() {
        // GIVEN 300 rules of 20 terms each: every rule within the limit, 300 × 20 × 20 = 120,000 map entries in all
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 300; r++) {
            final int rule = r;
            text.append(IntStream.range(0, 20).mapToObj(i -> "w" + rule + "x" + i).collect(Collectors.joining(", "))).append('\n');
        }
        KnowledgeFixture.at(folder).summitIn("Alaska").file("synonyms.txt", text.toString());

        // WHEN the folder is checked
        ReloadResult result = KnowledgeService.check(folder, new KnowledgeLoader(), CLOCK);

        // THEN it is refused at line 251, the first past 100,000 entries
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("synonyms.txt:251: ");
            assertThat(p.message()).contains("100000");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what", "where", "who", "the"})
    @DisplayName("a rule with a question or stop word is refused")
    void questionAndStopWords(String word) {
        // GIVEN a rule that joins a question word to topic words
        KnowledgeFixture.at(folder).summitIn("Alaska")
                .file("synonyms.txt", "summit, meeting\n" + word + ", summit, alaska, putin, paris, weather\n");

        // WHEN the folder is checked
        ReloadResult result = KnowledgeService.check(folder, new KnowledgeLoader(), CLOCK);

        // THEN it is refused at that line, naming the word
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(KnowledgeProblem::toString)
                .singleElement().asString().startsWith("synonyms.txt:2: ").contains("`" + word + "`");
    }

    @Test
    @DisplayName("after such a rule is refused by a reload, a question about the weather in Paris is still declined")
    void questionWordRuleDoesNotReachAnswers() throws Exception {
        // GIVEN a service answering from the fixture
        KnowledgeFixture.at(folder).summitIn("Alaska");
        try (KnowledgeService service = KnowledgeService.start(folder, new KnowledgeLoader(), CLOCK, AuditLog.none())) {
            // WHEN a rule joining question words to topic words is reloaded
            KnowledgeFixture.at(folder).file("synonyms.txt", "what, where, who, summit, alaska, putin, paris, weather\n");
            ReloadResult result = service.reload("console");

            // THEN the reload is refused and the weather question is not answered with the summit
            assertThat(result.ok()).isFalse();
            assertThat(service.ask(Question.of("What is the weather in Paris?")).answer()).isInstanceOf(Answer.NoAnswer.class);
        }
    }

    @Test
    @DisplayName("the repository's own synonyms pass these checks")
    void realSynonymsPass() {
        // GIVEN / WHEN the real knowledge folder is checked
        ReloadResult result = KnowledgeService.check(dev.summitbot.Fixtures.realKnowledge(), new KnowledgeLoader(), CLOCK);
        // THEN
        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    static List<String> lines(ReloadResult result) {
        return result.errors().stream().map(KnowledgeProblem::toString).toList();
    }
}
