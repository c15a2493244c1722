package dev.summitbot.gaps;

import dev.summitbot.index.Analyzers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups logged questions by topic: two questions share a topic when their topic words are the same
 * set. Topic words are what the bot searches for, read by its own analysis chain (lower case, stop,
 * question and light words dropped, stemmed), less the words that name the kind of answer ("date",
 * "place"), which the partial outcome's "missing" shows instead ({@link Analyzers#topicTerms}). So
 * "When was the summit?" and "What date was the summit held" are one topic, "summit".
 *
 * <p>Groups are ordered by how often they were asked, then by the last time, then by their words:
 * the same log always lists the same way.
 */
final class Topics {

    static final Comparator<GapGroup> MOST_ASKED = Comparator.comparingInt(GapGroup::count).reversed()
            .thenComparing(GapGroup::last, Comparator.reverseOrder())
            .thenComparing(GapGroup::topicLabel);

    private Topics() {}

    static List<String> of(String question) {
        return Analyzers.topicTerms(question).stream().distinct().sorted().toList();
    }

    static List<GapGroup> group(List<GapEntry> entries) {
        Map<List<String>, List<GapEntry>> byTopic = new LinkedHashMap<>();
        for (GapEntry entry : entries) {
            byTopic.computeIfAbsent(of(entry.question()), k -> new ArrayList<>()).add(entry);
        }
        List<GapGroup> groups = new ArrayList<>();
        byTopic.forEach((topic, asked) -> groups.add(summarize(topic, asked)));
        groups.sort(MOST_ASKED);
        return groups;
    }

    private static GapGroup summarize(List<String> topic, List<GapEntry> asked) {
        Map<String, Integer> wordings = new HashMap<>();
        Map<String, Integer> missing = new TreeMap<>();
        Set<String> places = new HashSet<>();
        int declined = 0;
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (GapEntry entry : asked) {
            wordings.merge(entry.question(), 1, Integer::sum);
            if (GapEntry.DECLINED.equals(entry.outcome())) {
                declined++;
            } else if (entry.missing() != null) {
                missing.merge(entry.missing(), 1, Integer::sum);
            }
            places.add(entry.origin().place());
            first = entry.at().isBefore(first) ? entry.at() : first;
            last = entry.at().isAfter(last) ? entry.at() : last;
        }
        String representative = wordings.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        return new GapGroup(topic, representative, asked.size(), declined, asked.size() - declined, new TreeMap<>(missing),
                first, last, places.size());
    }
}
