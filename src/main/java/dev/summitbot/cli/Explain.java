package dev.summitbot.cli;

import dev.summitbot.answer.Explanation;
import java.util.Locale;

/** Shows an admin why the bot answered as it did: the concepts it read and the best hits. */
final class Explain {

    private Explain() {}

    static String render(String question, Explanation explanation) {
        StringBuilder sb = new StringBuilder("question: ").append(question).append("\n");
        if (!explanation.context().isEmpty()) {
            sb.append("read as a follow-up of: ").append(explanation.context()).append("\n");
        }
        sb.append("answer type: ").append(explanation.expects()).append("\nconcepts:\n");
        for (Explanation.Reading c : explanation.concepts()) {
            sb.append(String.format(Locale.ROOT, "  %-40s weight %.2f%s%s%s%s%n", c.terms(), c.weight(),
                    c.known() ? "" : " UNKNOWN", c.plain() ? " (plain English)" : c.light() ? " (light word)" : "",
                    c.correctedFrom() == null ? "" : " (corrected from " + c.correctedFrom() + ")",
                    c.related().isEmpty() ? "" : " (related: " + String.join(", ", c.related()) + ")"));
        }
        sb.append("hits:\n");
        explanation.hits().forEach(h -> sb.append(String.format(Locale.ROOT,
                "  %-8s %-40s coverage %.2f score %.2f p %.2f%n", h.kind(), h.id(), h.coverage(), h.score(), h.probability())));
        return sb.toString().stripTrailing();
    }
}
