package dev.summitbot.cli;

import dev.summitbot.search.Concept;
import dev.summitbot.search.Hit;
import dev.summitbot.search.Retrieval;
import java.util.Locale;

/** Shows an admin why the bot answered as it did: the concepts it read and the best hits. */
final class Explain {

    private Explain() {}

    static String render(Retrieval retrieval) {
        StringBuilder sb = new StringBuilder("concepts:\n");
        for (Concept c : retrieval.concepts()) {
            sb.append(String.format(Locale.ROOT, "  %-40s weight %.2f%s%s%s%n", c.terms(), c.weight(),
                    c.known() ? "" : " UNKNOWN", c.generic() ? " (question word)" : "",
                    c.correctedFrom() == null ? "" : " (corrected from " + c.correctedFrom() + ")"));
        }
        sb.append("hits:\n");
        retrieval.hits().stream().limit(8).forEach((Hit h) -> sb.append(String.format(Locale.ROOT,
                "  %-8s %-40s coverage %.2f score %.2f%n", h.kind(), h.id(), h.coverage(), h.score())));
        return sb.toString().stripTrailing();
    }
}
