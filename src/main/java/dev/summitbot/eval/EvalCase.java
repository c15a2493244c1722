package dev.summitbot.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One evaluation question and what a right reply holds.
 *
 * @param expect {@code answer} or {@code abstain}
 * @param phrases each must appear in the answer, case-insensitively; {@code a|b} accepts either
 * @param source the source id the answer must cite
 */
public record EvalCase(
        @JsonProperty("question") String question,
        @JsonProperty("expect") String expect,
        @JsonProperty("phrases") List<String> phrases,
        @JsonProperty("source") String source) {

    public EvalCase {
        Objects.requireNonNull(question, "question");
        if (!"answer".equals(expect) && !"abstain".equals(expect)) {
            throw new IllegalArgumentException("expect must be `answer` or `abstain`, was `" + expect + "` for: " + question);
        }
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        if ("answer".equals(expect) && (phrases.isEmpty() || source == null)) {
            throw new IllegalArgumentException("an answerable question needs phrases and a source: " + question);
        }
    }

    public boolean answerable() {
        return "answer".equals(expect);
    }

    /** The phrases the answer lacks. */
    public List<String> missingPhrases(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        return phrases.stream()
                .filter(p -> java.util.Arrays.stream(p.split("\\|")).noneMatch(alt -> lower.contains(alt.strip().toLowerCase(Locale.ROOT))))
                .toList();
    }
}
