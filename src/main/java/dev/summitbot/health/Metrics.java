package dev.summitbot.health;

import dev.summitbot.answer.Answer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * The counters {@code /metrics} serves, in the Prometheus text format (version 0.0.4): questions by
 * outcome, an answer latency histogram, reloads by result and gateway reconnects. Thread-safe; every
 * series exists from the start (at 0), so a dashboard never sees one appear.
 */
public final class Metrics {

    /** Upper bounds of the latency buckets, in seconds: an answer takes about a millisecond, a slow one a second. */
    static final List<Double> LATENCY_BUCKETS = List.of(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5);

    private final Map<Answer.Outcome, AtomicLong> questions = new EnumMap<>(Answer.Outcome.class);
    /** Per bucket, not cumulative; {@link #render} adds them up. The last slot is +Inf. */
    private final AtomicLongArray latencyBuckets = new AtomicLongArray(LATENCY_BUCKETS.size() + 1);
    private final DoubleAdder latencySum = new DoubleAdder();
    private final AtomicLong latencyCount = new AtomicLong();
    private final AtomicLong reloadsOk = new AtomicLong();
    private final AtomicLong reloadsFailed = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();

    public Metrics() {
        for (Answer.Outcome outcome : Answer.Outcome.values()) {
            questions.put(outcome, new AtomicLong());
        }
    }

    /** One question answered with {@code outcome} in {@code millis} milliseconds. */
    public void question(Answer.Outcome outcome, double millis) {
        questions.get(outcome).incrementAndGet();
        double seconds = millis / 1000.0;
        int bucket = 0;
        while (bucket < LATENCY_BUCKETS.size() && seconds > LATENCY_BUCKETS.get(bucket)) {
            bucket++;
        }
        latencyBuckets.incrementAndGet(bucket);
        latencySum.add(seconds);
        latencyCount.incrementAndGet();
    }

    /** One reload attempt, refused or not. */
    public void reload(boolean ok) {
        (ok ? reloadsOk : reloadsFailed).incrementAndGet();
    }

    /** The gateway connection was resumed or re-established after it dropped. */
    public void gatewayReconnected() {
        reconnects.incrementAndGet();
    }

    /** Every series in the Prometheus text format, ending with a newline. */
    public String render() {
        StringBuilder out = new StringBuilder();
        header(out, "summitbot_questions_total", "counter", "Questions answered, by outcome (answered, partial, declined).");
        for (Map.Entry<Answer.Outcome, AtomicLong> entry : questions.entrySet()) {
            out.append("summitbot_questions_total{outcome=\"").append(entry.getKey().key()).append("\"} ")
                    .append(entry.getValue().get()).append('\n');
        }
        header(out, "summitbot_answer_latency_seconds", "histogram", "Time the answer engine spent on a question.");
        long cumulative = 0;
        for (int i = 0; i < LATENCY_BUCKETS.size(); i++) {
            cumulative += latencyBuckets.get(i);
            out.append("summitbot_answer_latency_seconds_bucket{le=\"").append(number(LATENCY_BUCKETS.get(i))).append("\"} ")
                    .append(cumulative).append('\n');
        }
        cumulative += latencyBuckets.get(LATENCY_BUCKETS.size());
        out.append("summitbot_answer_latency_seconds_bucket{le=\"+Inf\"} ").append(cumulative).append('\n');
        out.append("summitbot_answer_latency_seconds_sum ").append(number(latencySum.sum())).append('\n');
        out.append("summitbot_answer_latency_seconds_count ").append(cumulative).append('\n');
        header(out, "summitbot_reloads_total", "counter", "Knowledge reload attempts, by result (ok, failed).");
        out.append("summitbot_reloads_total{result=\"ok\"} ").append(reloadsOk.get()).append('\n');
        out.append("summitbot_reloads_total{result=\"failed\"} ").append(reloadsFailed.get()).append('\n');
        header(out, "summitbot_gateway_reconnects_total", "counter", "Discord gateway sessions resumed or re-established.");
        out.append("summitbot_gateway_reconnects_total ").append(reconnects.get()).append('\n');
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
