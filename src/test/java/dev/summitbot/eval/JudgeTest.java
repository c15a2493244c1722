package dev.summitbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Judging an answer: phrases, the source cited, verbatim quotes")
final class JudgeTest {

    private static final Evaluator.SourceTexts SOURCES = Evaluator.SourceTexts.of(Map.of(
            "report-a", "The talks lasted three hours in Anchorage.",
            "report-b", "Both reports agree: the talks lasted three hours.",
            "report-c", "The leaders met at a military base."));

    @ParameterizedTest(name = "[{index}] cites {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            report-a | The talks lasted three hours                  | ok
            report-b | the talks lasted three hours                  | ok
            report-c | The leaders met at a military base.           | does not cite report-a
            report-a | The talks lasted four hours in Anchorage.     | a citation's quote is not in its source
            """)
    @DisplayName("the expected source, or another whose cited words hold every expected phrase; never a forged quote")
    void source(String cited, String quote, String verdict) {
        // GIVEN a question whose answer is expected from report-a, answered citing {cited}
        EvalCase item = new EvalCase("how long were the talks", null, null, "answer", null, List.of("three hours"), "report-a");
        Reply reply = new Reply(true, "answered", "They lasted three hours. [1]", 0.9, List.of(new Reply.Cited(cited, quote)));

        // WHEN / THEN
        assertThat(Evaluator.judge(item, reply, SOURCES).verdict()).isEqualTo(verdict);
    }
}
