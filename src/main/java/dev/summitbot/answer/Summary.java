package dev.summitbot.answer;

import java.util.List;
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

    public boolean covered() {
        return !bullets.isEmpty();
    }

    /** What to say when nothing is covered: {@code My sources do not cover "Macron".} */
    public String refusal() {
        return "My sources do not cover " + topic.map(t -> "\"" + t + "\"").orElse("anything yet") + ".";
    }
}
