package dev.summitbot.answer;

import dev.summitbot.index.DocKind;
import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.FactType;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.Passage;
import dev.summitbot.knowledge.Source;
import dev.summitbot.search.Hit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /** Per source id, its facts: where a passage's restatements are looked for. */
    private final Map<String, List<Fact>> factsBySource;
    /** Per source id, its passages in order: where the line after a statement is looked for. */
    private final Map<String, List<Passage>> passagesBySource;

    Evidence(Knowledge knowledge) {
        this.sources = knowledge.sourcesById();
        this.passages = knowledge.passagesById();
        this.facts = knowledge.factsById();
        Map<String, List<Fact>> bySource = new HashMap<>();
        knowledge.facts().forEach(f -> bySource.computeIfAbsent(f.source(), s -> new ArrayList<>()).add(f));
        this.factsBySource = Map.copyOf(bySource);
        Map<String, List<Passage>> lines = new HashMap<>();
        knowledge.passages().forEach(p -> lines.computeIfAbsent(p.sourceId(), s -> new ArrayList<>()).add(p));
        this.passagesBySource = Map.copyOf(lines);
    }

    /**
     * The next line of an item's paragraph in notes written a sentence a line: the passage after the one that holds the
     * item's quote, when that passage's paragraph ({@link Passage#around()}) has it. Empty at a paragraph's end, and for a
     * source not written a line a sentence.
     */
    Optional<Item> nextLine(Item item) {
        List<Passage> lines = passagesBySource.getOrDefault(item.sourceId(), List.of());
        for (int i = 0; i + 1 < lines.size(); i++) {
            Passage line = lines.get(i);
            if (line.text().contains(item.quote())) {
                Passage next = lines.get(i + 1);
                return next.ordinal() == line.ordinal() + 1 && line.around().contains(next.text())
                        ? resolve(new Hit(next.id(), DocKind.PASSAGE, 0, 1, 1, 0, 0, 0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The facts that restate a passage item (their quote lies within it), each standing where the
     * passage stood: "He noted that a deal on a truce …" is "Senator Marco Rubio noted …" as a fact.
     * Empty for a fact item. Looked up when asked (a passage's source has a few facts), not for every
     * passage when the knowledge loads.
     */
    List<Item> restatements(Item item) {
        if (item.fact().isPresent()) {
            return List.of();
        }
        Passage passage = passages.get(item.hit().id());
        return passage == null ? List.of()
                : factsBySource.getOrDefault(passage.sourceId(), List.of()).stream()
                        .filter(f -> passage.text().contains(f.quote())).map(f -> item(f, item.hit())).toList();
    }

    Optional<Item> resolve(Hit hit) {
        if (hit.kind() == DocKind.FACT) {
            return Optional.ofNullable(facts.get(hit.id())).map(f -> item(f, hit));
        }
        Passage passage = passages.get(hit.id());
        return Optional.ofNullable(passage)
                .map(p -> new Item(hit, p.text(), p.sourceId(), p.text(), Optional.empty()));
    }

    /** Words that open a sentence in lower case once a date comes first. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their",
            "his", "her", "our", "some", "both", "no", "each", "every", "all", "several", "many", "most", "one", "two");

    /** A fact as a statement, standing where {@code hit} stood. */
    Item item(Fact fact, Hit hit) {
        return new Item(hit, statement(fact), fact.source(), fact.quote(), Optional.of(fact));
    }

    /**
     * The fact's sentence, said with its moment when it is about one: "On 2025-08-15, the leaders met
     * …"; a dated claim is said as its speaker's ({@link Attribution}): "According to Trump, speaking on …".
     */
    static String statement(Fact fact) {
        String sentence = fact.sentence();
        if (fact.date().isEmpty() || fact.type().filter(t -> t == FactType.DATE).isPresent()) {
            return sentence;
        }
        return Attribution.of(fact).orElseGet(() -> "On " + fact.date().get() + ", " + lowerDeterminer(sentence));
    }

    /**
     * "The talks …" becomes "the talks …" when something comes before it; any other word keeps its
     * capital: a subject opens with a name more often than not, and names are plain words too ("Trump", "Kremlin").
     */
    static String lowerDeterminer(String text) {
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        return DETERMINERS.contains(first.toLowerCase(Locale.ROOT)) ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
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
            list.add(source == null ? new Citation(n, sourceId, sourceId, Optional.empty(), quote)
                    : new Citation(n, sourceId, source.title(), source.url(), quote, source.publisher(), source.published(),
                            source.isNotes()));
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
