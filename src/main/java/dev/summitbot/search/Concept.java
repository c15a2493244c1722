package dev.summitbot.search;

import dev.summitbot.question.QuestionWords;
import java.util.List;
import java.util.stream.Stream;

/**
 * One thing a question asks about: a word of the question and its synonyms, as index terms.
 *
 * @param alternatives the wordings that say it, each as index terms all of which a document must
 *     contain: "us" is found as "u.s." or as "united states", never as "state" alone
 * @param weight BM25 idf of the commonest known alternative (so a rare misspelling or synonym does
 *     not inflate it), times {@link QuestionWords#LIGHT_WEIGHT} for light words and numbers
 * @param known whether any alternative occurs in the index
 * @param light whether the word is a light word ({@link QuestionWords#LIGHT}), a number, or plain
 *     English the knowledge never uses: none of them makes a hit topical
 * @param plain whether it is plain English the knowledge never uses (most likely a paraphrase)
 * @param correctedFrom the misspelled term this concept replaced, or null
 * @param related index terms of words WordNet relates to a plain English word ("accept" → agree,
 *     "name" → refer): found at {@link Retriever#RELATED_MATCH} of the word itself
 */
public record Concept(List<List<String>> alternatives, double weight, boolean known, boolean light, boolean plain, String correctedFrom,
        List<String> related) {

    public Concept {
        alternatives = alternatives.stream().map(List::copyOf).toList();
        related = List.copyOf(related);
    }

    /** Every term of every alternative, once. */
    public List<String> terms() {
        return alternatives.stream().flatMap(List::stream).distinct().toList();
    }

    /**
     * This concept or {@code other}, as a question offers a choice between them ("the president or the pm"):
     * evidence that says either satisfies it. It weighs as the one the knowledge uses, or as the commoner when it uses
     * both; it is unknown only when the knowledge uses neither. Words WordNet relates to either are no choice the
     * question offers, and are dropped ("statement or tweet" is not answered by "Secretary of State").
     */
    Concept or(Concept other) {
        List<List<String>> either = Stream.concat(alternatives.stream(), other.alternatives.stream()).distinct().toList();
        boolean found = known && !plain;
        boolean otherFound = other.known && !other.plain;
        if (found != otherFound) {
            Concept used = found ? this : other;
            return new Concept(either, used.weight, true, used.light, false, used.correctedFrom, List.of());
        }
        return new Concept(either, found ? Math.min(weight, other.weight) : Math.max(weight, other.weight), known || other.known,
                light && other.light, plain && other.plain, correctedFrom != null ? correctedFrom : other.correctedFrom, List.of());
    }

    /** The same concept at another weight. */
    Concept weighing(double newWeight) {
        return new Concept(alternatives, newWeight, known, light, plain, correctedFrom, related);
    }
}
