package dev.summitbot.answer;

import dev.summitbot.search.Retrieval;
import java.util.List;

/**
 * How a question was read and what retrieval found, for {@code ask --explain}: the tool for finding
 * out why the bot answered, or declined, as it did.
 *
 * @param concepts what the question asks about, in question order
 * @param hits the best documents, best first
 */
public record Explanation(List<Reading> concepts, List<Found> hits) {

    /** Hits shown: the answer uses at most two; the rest show what nearly won. */
    static final int HITS_SHOWN = 8;

    /**
     * One concept of the question.
     *
     * @param terms the word's index term and its synonyms
     * @param light a light word or a number, weighed less
     * @param correctedFrom the misspelled term it replaced, or null
     */
    public record Reading(List<String> terms, double weight, boolean known, boolean light, String correctedFrom) {}

    /** One retrieved document: {@code kind} is "PASSAGE" or "FACT". */
    public record Found(String kind, String id, double coverage, double score) {}

    public Explanation {
        concepts = List.copyOf(concepts);
        hits = List.copyOf(hits);
    }

    static Explanation of(Retrieval retrieval) {
        return new Explanation(
                retrieval.concepts().stream()
                        .map(c -> new Reading(c.terms(), c.weight(), c.known(), c.light(), c.correctedFrom()))
                        .toList(),
                retrieval.hits().stream().limit(HITS_SHOWN)
                        .map(h -> new Found(h.kind().name(), h.id(), h.coverage(), h.score()))
                        .toList());
    }
}
