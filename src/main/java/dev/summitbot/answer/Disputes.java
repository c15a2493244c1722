package dev.summitbot.answer;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Knowledge;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts that sources dispute ({@code disputes:} in a facts file), each paired with the other side. */
final class Disputes {

    /** Each fact that disputes another, or is disputed, to the other. */
    private final Map<String, Fact> other;
    /** The facts of {@link #other}, by id. */
    private final List<Fact> disputed;

    Disputes(Knowledge knowledge) {
        Map<String, Fact> byId = knowledge.factsById();
        Map<String, Fact> pairs = new HashMap<>();
        for (Fact fact : knowledge.facts()) {
            fact.disputes().map(byId::get).ifPresent(f -> {
                pairs.putIfAbsent(fact.id(), f);
                pairs.putIfAbsent(f.id(), fact);
            });
        }
        this.other = Map.copyOf(pairs);
        this.disputed = knowledge.facts().stream().filter(f -> other.containsKey(f.id()))
                .sorted(Comparator.comparing(Fact::id)).toList();
    }

    /**
     * The fact that disputes what {@code item} says: it is a fact in a disputed pair, or a passage
     * that holds the quote of one.
     */
    Optional<Fact> of(Evidence.Item item) {
        if (item.fact().isPresent()) {
            return Optional.ofNullable(other.get(item.fact().get().id()));
        }
        return disputed.stream().filter(f -> f.source().equals(item.sourceId()) && item.quote().contains(f.quote()))
                .findFirst().map(f -> other.get(f.id()));
    }
}
