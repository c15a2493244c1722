package dev.summitbot.search;

import java.util.List;

/**
 * What retrieval found for one question: hits best first, and how it read the question.
 *
 * @param concepts the question's concepts, a follow-up's with those it carries from the question before
 * @param own a follow-up's own concepts, without those it carries: what it asks now (all of them for a question that
 *     carries nothing)
 */
public record Retrieval(List<Hit> hits, List<Concept> concepts, List<Concept> own) {

    public Retrieval {
        hits = List.copyOf(hits);
        concepts = List.copyOf(concepts);
        own = List.copyOf(own);
    }

    /** True when the question has no known word at all: nothing in the knowledge relates to it. */
    public boolean nothingKnown() {
        return concepts.stream().noneMatch(Concept::known);
    }
}
