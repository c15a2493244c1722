package dev.summitbot.answer;

import dev.summitbot.index.DocKind;
import dev.summitbot.search.Concept;
import dev.summitbot.search.Hit;
import dev.summitbot.search.Retrieval;
import java.util.List;

/**
 * What the evidence for one statement says about whether it answers the question, as named numbers
 * that {@link Calibration} weighs into a probability.
 *
 * @param coverage the idf-weighted share of the question's concepts the statement (or its context) holds ({@link #sureCoverage})
 * @param lead how much more of the question it covers than the best other hit (0 when another covers as much)
 * @param focus for a fact, how much of its subject or object the question names; 0 for passages
 * @param fact 1 for a curated fact, 0 for a passage
 * @param unknownNames the share of the question's weight in words the knowledge never uses that are
 *     not plain English: names and topics it does not cover ("Lavrov", "Macron")
 * @param paraphrased the share of the question's weight in plain English words the knowledge never
 *     uses, found (if at all) only through a related word
 * @param missing the share of the question's weight in the heaviest concept the statement lacks
 */
public record Signals(double coverage, double lead, double focus, double fact, double unknownNames, double paraphrased,
        double missing) {

    /** The names of the signals, in {@link #values()} order: the keys a calibration file may give a weight. */
    public static final List<String> NAMES = List.of("coverage", "lead", "focus", "fact", "unknownNames", "paraphrased", "missing");

    public double[] values() {
        return new double[] {coverage, lead, focus, fact, unknownNames, paraphrased, missing};
    }

    /** The signals of {@code hit} among the retrieval's hits. */
    static Signals of(Retrieval retrieval, Hit hit) {
        double other = retrieval.hits().stream().filter(h -> h != hit).mapToDouble(Signals::sureCoverage).max().orElse(0);
        double total = retrieval.concepts().stream().mapToDouble(Concept::weight).sum();
        double names = retrieval.concepts().stream().filter(c -> !c.known() && !c.light()).mapToDouble(Concept::weight).sum();
        double plain = retrieval.concepts().stream().filter(Concept::plain).mapToDouble(Concept::weight).sum();
        double cov = sureCoverage(hit);
        return new Signals(cov, Math.max(0, cov - other), hit.focus(), hit.kind() == DocKind.FACT ? 1 : 0,
                total <= 0 ? 0 : names / total, total <= 0 ? 0 : plain / total, hit.missing());
    }

    /**
     * How much of the question a hit holds, for confidence: its coverage, or for a follow-up with a topic of
     * its own the share of its own words, when that is more. "and when was he supposed to leave anchorage"
     * after "what time did trump leave dc that morning" is as sure as leaving Anchorage is found; the
     * morning and Washington it carries rank the statements, they do not make the answer less sure.
     */
    static double sureCoverage(Hit hit) {
        return Math.max(hit.coverage(), hit.ownCoverage());
    }
}
