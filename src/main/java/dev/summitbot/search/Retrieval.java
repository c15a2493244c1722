package dev.summitbot.search;

import java.util.List;

/** What retrieval found for one question: hits best first, and how it read the question. */
public record Retrieval(List<Hit> hits, List<Concept> concepts) {

    public Retrieval {
        hits = List.copyOf(hits);
        concepts = List.copyOf(concepts);
    }

    /** True when the question has no known word at all: nothing in the knowledge relates to it. */
    public boolean nothingKnown() {
        return concepts.stream().noneMatch(Concept::known);
    }
}
