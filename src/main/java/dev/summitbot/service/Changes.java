package dev.summitbot.service;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.Passage;
import dev.summitbot.knowledge.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a reload changed: sources, passages and facts added, removed and changed, by id, and
 * whether the synonyms changed (they change answers without changing any of the others).
 */
public record Changes(Count sources, Count passages, Count facts, boolean synonyms) {

    public record Count(int added, int removed, int changed) {
        public boolean any() {
            return added + removed + changed > 0;
        }
    }

    public static final Changes NONE = new Changes(new Count(0, 0, 0), new Count(0, 0, 0), new Count(0, 0, 0), false);

    public static Changes between(Knowledge before, Knowledge after) {
        return new Changes(
                count(before.sourcesById(), after.sourcesById(), Source::text),
                count(before.passagesById(), after.passagesById(), Passage::text),
                count(before.factsById(), after.factsById(), f -> f.sentence() + "\n" + f.quote() + "\n" + f.source()),
                !before.synonyms().equals(after.synonyms()));
    }

    /** Everything in the knowledge counted as added: the first load. */
    public static Changes initial(Knowledge knowledge) {
        return new Changes(new Count(knowledge.sources().size(), 0, 0), new Count(knowledge.passages().size(), 0, 0),
                new Count(knowledge.facts().size(), 0, 0), !knowledge.synonyms().isBlank());
    }

    public boolean any() {
        return sources.any() || passages.any() || facts.any() || synonyms;
    }

    /** "sources +1 −0 ~0, passages +12 −0 ~1, facts +3 −1 ~0", then ", synonyms changed" when they did. */
    public String describe() {
        return "sources " + describe(sources) + ", passages " + describe(passages) + ", facts " + describe(facts)
                + (synonyms ? ", synonyms changed" : "");
    }

    /** In words, only what changed: "1 fact added, 2 passages changed, synonyms changed"; "nothing" when nothing did. */
    public String inWords() {
        List<String> parts = new ArrayList<>();
        words(parts, sources, "source", "sources");
        words(parts, passages, "passage", "passages");
        words(parts, facts, "fact", "facts");
        if (synonyms) {
            parts.add("synonyms changed");
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static void words(List<String> parts, Count c, String one, String many) {
        int[] counts = {c.added, c.removed, c.changed};
        String[] verbs = {"added", "removed", "changed"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(counts[i] + " " + (counts[i] == 1 ? one : many) + " " + verbs[i]);
            }
        }
    }

    private static String describe(Count c) {
        return "+" + c.added + " −" + c.removed + " ~" + c.changed;
    }

    private static <T> Count count(Map<String, T> before, Map<String, T> after, Function<T, Object> content) {
        int added = 0;
        int changed = 0;
        for (Map.Entry<String, T> e : after.entrySet()) {
            T old = before.get(e.getKey());
            if (old == null) {
                added++;
            } else if (!Objects.equals(content.apply(old), content.apply(e.getValue()))) {
                changed++;
            }
        }
        int removed = (int) before.keySet().stream().filter(k -> !after.containsKey(k)).count();
        return new Count(added, removed, changed);
    }
}
