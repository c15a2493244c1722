package dev.summitbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cited summary of the whole knowledge or of one topic.
 *
 * @param topic the topic asked for, empty for the whole knowledge
 * @param bullets statements, each ending with its [n] marker; empty when the topic is not covered
 */
public record Summary(Optional<String> topic, List<String> bullets, List<Citation> citations) {

    public Summary {
        bullets = List.copyOf(bullets);
        citations = List.copyOf(citations);
    }

    /** The citations grouped by source: each source once, in order of first citation, with its quotes under it. */
    public List<CitedSource> sources() {
        Map<String, List<Citation>> bySource = new LinkedHashMap<>();
        citations.forEach(c -> bySource.computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c));
        return bySource.values().stream()
                .map(quotes -> new CitedSource(quotes.get(0).sourceId(), quotes.get(0).title(), quotes.get(0).url(), quotes))
                .toList();
    }

    public boolean covered() {
        return !bullets.isEmpty();
    }

    /** What to say when nothing is covered: {@code My sources do not cover "Macron".} */
    public String refusal() {
        return "My sources do not cover " + topic.map(t -> "\"" + t + "\"").orElse("anything yet") + ".";
    }
}
