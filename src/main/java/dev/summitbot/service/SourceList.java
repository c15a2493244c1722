package dev.summitbot.service;

import dev.summitbot.knowledge.Source;
import java.util.List;

/** The loaded sources, in load order, with the knowledge version they belong to. */
public record SourceList(List<Source> sources, KnowledgeVersion version) {

    public SourceList {
        sources = List.copyOf(sources);
    }
}
