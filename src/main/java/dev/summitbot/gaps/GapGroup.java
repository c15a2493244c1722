package dev.summitbot.gaps;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Questions about one topic: those whose topic words ({@link Topics}) are the same.
 *
 * @param topic the topic words (analysed: lower case, stemmed), sorted; empty for questions without any
 * @param question the wording asked most often (ties: the alphabetically first), as asked
 * @param count how many times a question of this topic was asked
 * @param declined how many of them were declined
 * @param partial how many were answered in part
 * @param missing for the partial ones, what was missing and how often ("when" → 3)
 * @param channels in how many distinct channels (the console counts as one)
 */
public record GapGroup(List<String> topic, String question, int count, int declined, int partial,
        SortedMap<String, Integer> missing, Instant first, Instant last, int channels) {

    public GapGroup {
        topic = List.copyOf(topic);
        missing = Collections.unmodifiableSortedMap(new TreeMap<>(missing));
    }

    /** The topic words with spaces between ("hotel paid"), or "(no topic words)". */
    public String topicLabel() {
        return topic.isEmpty() ? "(no topic words)" : String.join(" ", topic);
    }

    /** "2 declined, 3 partial (when ×2, where ×1)". */
    public String outcomes() {
        StringBuilder sb = new StringBuilder();
        if (declined > 0) {
            sb.append(declined).append(" declined");
        }
        if (partial > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append(partial).append(" partial");
            if (!missing.isEmpty()) {
                sb.append(" (").append(String.join(", ", missing.entrySet().stream()
                        .map(e -> e.getKey() + " ×" + e.getValue()).toList())).append(')');
            }
        }
        return sb.toString();
    }
}
