package dev.summitbot.answer;

import dev.summitbot.question.AnswerTypes;
import dev.summitbot.question.Question;
import dev.summitbot.search.Retrieval;
import java.util.List;

/**
 * How a question was read and what retrieval found, for {@code ask --explain}: the tool for finding
 * out why the bot answered, or declined, as it did.
 *
 * @param expects the kind of answer asked for ("place", "number (troops)", …)
 * @param context the question a follow-up was read with; empty for a question on its own
 * @param concepts what the question asks about, in question order
 * @param hits the best documents, best first
 */
public record Explanation(String expects, String context, List<Reading> concepts, List<Found> hits) {

    /** Hits shown: the answer uses at most two; the rest show what nearly won. */
    static final int HITS_SHOWN = 8;

    /**
     * One concept of the question.
     *
     * @param terms the word's index term and its synonyms
     * @param light a light word, a number or plain English the knowledge never uses, weighed less
     * @param plain plain English the knowledge never uses
     * @param correctedFrom the misspelled term it replaced, or null
     * @param related index terms of the words WordNet relates to it, when the knowledge never uses it
     */
    public record Reading(List<String> terms, double weight, boolean known, boolean light, boolean plain, String correctedFrom,
            List<String> related) {}

    /**
     * One retrieved document: {@code kind} is "PASSAGE" or "FACT"; {@code probability} is what the
     * {@link Calibration} makes of its signals (an answer at {@link Calibration#ANSWER_AT} or more).
     */
    public record Found(String kind, String id, double coverage, double score, double probability) {}

    public Explanation {
        concepts = List.copyOf(concepts);
        hits = List.copyOf(hits);
    }

    static Explanation of(Question question, Retrieval retrieval, Calibration calibration) {
        AnswerTypes.Reading expects = question.expects();
        return new Explanation(expects.type().name().toLowerCase(java.util.Locale.ROOT)
                        + (expects.focus() == null ? "" : " (" + expects.focus() + ")"), question.context(),
                retrieval.concepts().stream()
                        .map(c -> new Reading(c.terms(), c.weight(), c.known(), c.light(), c.plain(), c.correctedFrom(), c.related()))
                        .toList(),
                retrieval.hits().stream().limit(HITS_SHOWN)
                        .map(h -> new Found(h.kind().name(), h.id(), h.coverage(), h.score(),
                                calibration.probability(Signals.of(retrieval, h))))
                        .toList());
    }
}
