package dev.summitbot.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.answer.Answer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Metrics: the counters /metrics serves, in the Prometheus text format")
final class MetricsTest {

    @Test
    @DisplayName("every series is there from the start, at zero, each with HELP and TYPE")
    void freshMetrics() {
        // GIVEN / WHEN
        List<String> lines = new Metrics().render().lines().toList();

        // THEN
        assertThat(lines).contains(
                "# TYPE summitbot_questions_total counter",
                "summitbot_questions_total{outcome=\"answered\"} 0",
                "summitbot_questions_total{outcome=\"partial\"} 0",
                "summitbot_questions_total{outcome=\"declined\"} 0",
                "# TYPE summitbot_answer_latency_seconds histogram",
                "summitbot_answer_latency_seconds_bucket{le=\"0.001\"} 0",
                "summitbot_answer_latency_seconds_bucket{le=\"+Inf\"} 0",
                "summitbot_answer_latency_seconds_sum 0.0",
                "summitbot_answer_latency_seconds_count 0",
                "# TYPE summitbot_reloads_total counter",
                "summitbot_reloads_total{result=\"ok\"} 0",
                "summitbot_reloads_total{result=\"failed\"} 0",
                "# TYPE summitbot_gateway_reconnects_total counter",
                "summitbot_gateway_reconnects_total 0");
        assertThat(lines).filteredOn(l -> l.startsWith("# HELP ")).hasSize(4);
        assertThat(new Metrics().render()).endsWith("\n");
    }

    @Test
    @DisplayName("questions are counted by outcome, reloads by result, reconnects one by one")
    void counts() {
        // GIVEN
        Metrics metrics = new Metrics();

        // WHEN
        metrics.question(Answer.Outcome.ANSWERED, 1.0);
        metrics.question(Answer.Outcome.ANSWERED, 2.0);
        metrics.question(Answer.Outcome.DECLINED, 1.0);
        metrics.reload(true);
        metrics.reload(false);
        metrics.reload(false);
        metrics.gatewayReconnected();

        // THEN
        assertThat(metrics.render().lines()).contains(
                "summitbot_questions_total{outcome=\"answered\"} 2",
                "summitbot_questions_total{outcome=\"partial\"} 0",
                "summitbot_questions_total{outcome=\"declined\"} 1",
                "summitbot_reloads_total{result=\"ok\"} 1",
                "summitbot_reloads_total{result=\"failed\"} 2",
                "summitbot_gateway_reconnects_total 1");
    }

    @ParameterizedTest(name = "{0} ms counts in le={1} and above, not in le={2}")
    @CsvSource({
        "0.2,    0.001,  ''",
        "1.0,    0.001,  ''",
        "1.01,   0.0025, 0.001",
        "30,     0.05,   0.025",
        "2500,   2.5,    1.0",
        "9000,   +Inf,   2.5"})
    @DisplayName("the latency histogram's buckets are cumulative, their bounds inclusive, in seconds")
    void histogram(double millis, String first, String below) {
        // GIVEN
        Metrics metrics = new Metrics();

        // WHEN
        metrics.question(Answer.Outcome.PARTIAL, millis);

        // THEN
        List<String> lines = metrics.render().lines().toList();
        assertThat(lines).contains("summitbot_answer_latency_seconds_bucket{le=\"" + first + "\"} 1",
                "summitbot_answer_latency_seconds_bucket{le=\"+Inf\"} 1",
                "summitbot_answer_latency_seconds_count 1",
                "summitbot_answer_latency_seconds_sum " + (millis / 1000.0));
        if (!below.isEmpty()) {
            assertThat(lines).contains("summitbot_answer_latency_seconds_bucket{le=\"" + below + "\"} 0");
        }
    }
}
