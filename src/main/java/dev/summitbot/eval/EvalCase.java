package dev.summitbot.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One evaluation question and what a right reply holds.
 *
 * @param after for a follow-up, the question asked just before it in the same conversation
 * @param earlier for a follow-up in a longer conversation, the questions asked before {@code after}, in order; may be absent
 * @param expect {@code answer} or {@code abstain}
 * @param kind for questions the knowledge cannot answer or hostile ones: {@code near-miss},
 *     {@code off-topic} or {@code hostile}; may be absent
 * @param phrases each must appear in the answer, case-insensitively; {@code a|b} accepts either
 * @param source the source id the answer must cite
 */
public record EvalCase(
        @JsonProperty("question") String question,
        @JsonProperty("after") String after,
        @JsonProperty("earlier") List<String> earlier,
        @JsonProperty("expect") String expect,
        @JsonProperty("kind") String kind,
        @JsonProperty("phrases") List<String> phrases,
        @JsonProperty("source") String source) {

    /** What a case measures; each is counted apart. */
    public enum Category {
        /** A question the knowledge answers, asked on its own. */
        ANSWERABLE,
        /** A question that leans on the one before it. */
        FOLLOW_UP,
        /** A question the knowledge cannot answer: it must not be answered (declined, or partial). */
        UNANSWERABLE,
        /** Hostile input: it must be safe (no ping, nothing answered that should not be). */
        HOSTILE
    }

    public EvalCase {
        Objects.requireNonNull(question, "question");
        if (!"answer".equals(expect) && !"abstain".equals(expect)) {
            throw new IllegalArgumentException("expect must be `answer` or `abstain`, was `" + expect + "` for: " + question);
        }
        if (kind != null && !List.of("near-miss", "off-topic", "hostile").contains(kind)) {
            throw new IllegalArgumentException("kind must be near-miss, off-topic or hostile, was `" + kind + "` for: " + question);
        }
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
        if (!earlier.isEmpty() && after == null) {
            throw new IllegalArgumentException("`earlier` questions need the question `after` them: " + question);
        }
        if ("answer".equals(expect) && (phrases.isEmpty() || source == null)) {
            throw new IllegalArgumentException("an answerable question needs phrases and a source: " + question);
        }
    }

    public boolean answerable() {
        return "answer".equals(expect);
    }

    public Category category() {
        if ("hostile".equals(kind)) {
            return Category.HOSTILE;
        }
        if (after != null) {
            return Category.FOLLOW_UP;
        }
        return answerable() ? Category.ANSWERABLE : Category.UNANSWERABLE;
    }

    /** The phrases the answer lacks. */
    public List<String> missingPhrases(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        return phrases.stream()
                .filter(p -> Arrays.stream(p.split("\\|")).noneMatch(alt -> lower.contains(alt.strip().toLowerCase(Locale.ROOT))))
                .toList();
    }
}
