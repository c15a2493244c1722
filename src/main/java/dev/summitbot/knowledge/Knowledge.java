package dev.summitbot.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated knowledge folder: sources, the passages cut from them, facts and synonyms.
 *
 * @param contentHash hex SHA-256 of every file's path and bytes, in path order
 * @param synonyms the synonyms file's text ("" when there is none); checked line by line already
 */
public record Knowledge(
        List<Source> sources, List<Passage> passages, List<Fact> facts, String synonyms, String contentHash) {

    public Knowledge {
        sources = List.copyOf(sources);
        passages = List.copyOf(passages);
        facts = List.copyOf(facts);
        Objects.requireNonNull(synonyms, "synonyms");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /**
     * The same knowledge with only the named sources, their passages and the facts that cite them
     * (synonyms and content hash unchanged): what an evaluation set written from those sources is
     * measured against. An empty set keeps everything.
     */
    public Knowledge only(Set<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return this;
        }
        return new Knowledge(sources.stream().filter(s -> sourceIds.contains(s.id())).toList(),
                passages.stream().filter(p -> sourceIds.contains(p.sourceId())).toList(),
                facts.stream().filter(f -> sourceIds.contains(f.source())).toList(), synonyms, contentHash);
    }

    public Map<String, Source> sourcesById() {
        return byId(sources, Source::id);
    }

    public Map<String, Passage> passagesById() {
        return byId(passages, Passage::id);
    }

    public Map<String, Fact> factsById() {
        return byId(facts, Fact::id);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
