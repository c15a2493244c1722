package dev.summitbot.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each source brings, for editors ({@code ./summitbot check}): its facts, how many are typed,
 * dated, or dispute another; and every disputed pair.
 */
public record SourceReport(List<Row> rows, List<Pair> disputed) {

    /** One source: its front matter and its facts, counted. */
    public record Row(Source source, int passages, int facts, int typed, int dated, int disputing) {}

    /** A fact and the fact it disputes, with their sources. */
    public record Pair(Fact fact, Fact disputes) {}

    public SourceReport {
        rows = List.copyOf(rows);
        disputed = List.copyOf(disputed);
    }

    public static SourceReport of(Knowledge knowledge) {
        Map<String, List<Fact>> factsBySource = knowledge.facts().stream().collect(Collectors.groupingBy(Fact::source));
        Map<String, Long> passagesBySource = knowledge.passages().stream()
                .collect(Collectors.groupingBy(Passage::sourceId, Collectors.counting()));
        List<Row> rows = new ArrayList<>();
        for (Source source : knowledge.sources()) {
            List<Fact> facts = factsBySource.getOrDefault(source.id(), List.of());
            rows.add(new Row(source, passagesBySource.getOrDefault(source.id(), 0L).intValue(), facts.size(),
                    count(facts, f -> f.type().isPresent()), count(facts, f -> f.date().isPresent()),
                    count(facts, f -> f.disputes().isPresent())));
        }
        Map<String, Fact> byId = knowledge.factsById();
        // A pair named from both ends is listed once, from the fact that comes first.
        List<Pair> pairs = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Fact fact : knowledge.facts()) {
            Fact other = fact.disputes().map(byId::get).orElse(null);
            if (other != null && listed.add(fact.id() + " " + other.id()) && !listed.contains(other.id() + " " + fact.id())) {
                pairs.add(new Pair(fact, other));
            }
        }
        return new SourceReport(rows, pairs);
    }

    private static int count(List<Fact> facts, Function<Fact, Boolean> test) {
        return (int) facts.stream().filter(test::apply).count();
    }
}
