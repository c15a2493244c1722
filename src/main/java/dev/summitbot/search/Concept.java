package dev.summitbot.search;

import java.util.List;

/**
 * One thing a question asks about: a word of the question and its synonyms, as index terms.
 *
 * @param weight BM25 idf of the rarest known alternative (the largest idf when none is known),
 *     times a third for common question words
 * @param known whether any alternative occurs in the index
 * @param correctedFrom the misspelled term this concept replaced, or null
 */
public record Concept(List<String> terms, double weight, boolean known, boolean generic, String correctedFrom) {

    public Concept {
        terms = List.copyOf(terms);
    }
}
