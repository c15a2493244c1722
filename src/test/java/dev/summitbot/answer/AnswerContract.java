package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.knowledge.Source;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What every answer, refusal and summary promises, whatever was asked: assertions that fail on a
 * broken result, for tests that cannot know the exact text (evaluation questions, fuzzed input).
 */
public final class AnswerContract {

    /** Coverage is a sum of shares; floating point may put a full match a hair above 1. */
    private static final double ROUNDING = 1e-9;
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Pattern BULLET = Pattern.compile("(?s)(.+) \\[(\\d+)]");

    private AnswerContract() {}

    /** An answer obeys the citation rules; a refusal is below the threshold and suggests at most three questions. */
    public static void assertKept(Knowledge knowledge, Answer answer) {
        assertThat(answer.confidence()).as("confidence").isBetween(0.0, 1.0 + ROUNDING);
        if (answer instanceof Answer.Answered a) {
            assertCited(knowledge, a);
        } else if (answer instanceof Answer.NoAnswer n) {
            assertThat(n.confidence()).as("a refusal's confidence").isLessThan(Calibration.ANSWER_AT);
            assertThat(n.reason()).isNotBlank();
            assertThat(n.suggestions()).hasSizeLessThanOrEqualTo(AnswerEngine.MAX_SUGGESTIONS)
                    .allSatisfy(s -> assertThat(s).isNotBlank());
        }
    }

    /** The rules every answer obeys: length, threshold, markers 1..k matching the citations, verbatim quotes. */
    public static void assertCited(Knowledge knowledge, Answer.Answered a) {
        assertThat(a.text()).isNotBlank();
        assertThat(a.text().length()).as("answer length").isLessThanOrEqualTo(AnswerEngine.MAX_ANSWER_CHARS);
        assertThat(a.confidence()).isBetween(Calibration.ANSWER_AT, 1.0 + ROUNDING);
        // citations are numbered 1..k in order, and the markers in the text are exactly those numbers
        assertThat(a.citations()).extracting(Citation::n)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, a.citations().size()).boxed().toList());
        assertThat(markers(a.text())).isEqualTo(new TreeSet<>(a.citations().stream().map(Citation::n).toList()));
        assertThat(a.text()).matches("(?s).*\\[\\d+]$");
        // every quote is the source's own words, and the citation carries the source's title and URL
        for (Citation c : a.citations()) {
            Source source = java.util.Optional.ofNullable(knowledge.sourcesById().get(c.sourceId())).orElseThrow(() -> new AssertionError("unknown source " + c.sourceId()));
            assertThat(KnowledgeLoader.normalize(source.text())).as("quote [%d] in %s", c.n(), c.sourceId())
                    .contains(KnowledgeLoader.normalize(c.quote()));
            assertThat(c.title()).isEqualTo(source.title());
            assertThat(c.url()).isEqualTo(source.url());
        }
        assertThat(a.factIds()).isSubsetOf(knowledge.factsById().keySet());
    }

    /** Each bullet ends with " [n]" for a citation n; citations are 1..k, all used; quotes are the source's words. */
    public static void assertCited(Knowledge knowledge, Summary summary) {
        assertThat(summary.bullets()).hasSizeLessThanOrEqualTo(Summarizer.MAX_BULLETS);
        assertThat(summary.citations()).extracting(Citation::n)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, summary.citations().size()).boxed().toList());
        Set<Integer> used = summary.bullets().stream().map(b -> {
            Matcher m = BULLET.matcher(b);
            assertThat(m.matches()).as("bullet ends with [n]: %s", b).isTrue();
            assertThat(m.group(1)).doesNotContain("[");
            return Integer.parseInt(m.group(2));
        }).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(summary.citations().stream().map(Citation::n).toList());
        for (Citation c : summary.citations()) {
            Source source = java.util.Optional.ofNullable(knowledge.sourcesById().get(c.sourceId())).orElseThrow(() -> new AssertionError("unknown source " + c.sourceId()));
            assertThat(KnowledgeLoader.normalize(source.text())).contains(KnowledgeLoader.normalize(c.quote()));
            assertThat(c.title()).isEqualTo(source.title());
        }
    }

    private static Set<Integer> markers(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
