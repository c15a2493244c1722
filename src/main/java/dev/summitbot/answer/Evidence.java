package dev.summitbot.answer;

import dev.summitbot.index.DocKind;
import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.Passage;
import dev.summitbot.knowledge.Source;
import dev.summitbot.search.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge behind index hits: what a hit says, the quote that backs it, and the
 * citations they become. Built once per loaded knowledge set.
 */
final class Evidence {

    /** A hit resolved to its statement and quote. */
    record Item(Hit hit, String statement, String sourceId, String quote, Optional<Fact> fact) {}

    private final Map<String, Source> sources;
    private final Map<String, Passage> passages;
    private final Map<String, Fact> facts;

    Evidence(Knowledge knowledge) {
        this.sources = knowledge.sourcesById();
        this.passages = knowledge.passagesById();
        this.facts = knowledge.factsById();
    }

    Optional<Item> resolve(Hit hit) {
        if (hit.kind() == DocKind.FACT) {
            Fact fact = facts.get(hit.id());
            return Optional.ofNullable(fact)
                    .map(f -> new Item(hit, f.sentence(), f.source(), f.quote(), Optional.of(f)));
        }
        Passage passage = passages.get(hit.id());
        return Optional.ofNullable(passage)
                .map(p -> new Item(hit, p.text(), p.sourceId(), p.text(), Optional.empty()));
    }

    /** Numbers citations in order of first use; the same quote of the same source keeps its number. */
    final class Citations {
        private final List<Citation> list = new ArrayList<>();

        /** The number the quote has, or would get if cited now. */
        int numberFor(String sourceId, String quote) {
            for (Citation c : list) {
                if (c.sourceId().equals(sourceId) && c.quote().equals(quote)) {
                    return c.n();
                }
            }
            return list.size() + 1;
        }

        int cite(String sourceId, String quote) {
            int existing = numberFor(sourceId, quote);
            if (existing <= list.size()) {
                return existing;
            }
            Source source = sources.get(sourceId);
            int n = list.size() + 1;
            list.add(new Citation(n, sourceId, source == null ? sourceId : source.title(),
                    source == null ? Optional.empty() : source.url(), quote));
            return n;
        }

        List<Citation> list() {
            return List.copyOf(list);
        }
    }

    Citations citations() {
        return new Citations();
    }
}
