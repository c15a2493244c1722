package dev.summitbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.summitbot.Fixtures;
import dev.summitbot.RealKnowledge;
import dev.summitbot.answer.Summarizer;
import dev.summitbot.answer.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the summaries to the key points of {@code eval/summary-key-points.yaml}, written blind from the
 * article by a helper who had not seen the summarizer. A point is covered when one bullet contains,
 * for each of its phrases, one of the phrase's alternatives ({@code "Witkoff|envoy"}), ignoring case.
 * The file is not tuned, and neither is the summarizer to it: the points the summaries miss are
 * listed in {@link #KNOWN_GAPS} with the reason, and the test fails when one of them becomes covered
 * too, so that the list stays true.
 */
@DisplayName("Summary evaluation: the blind key points are covered, no statement twice")
@ExtendWith(RealKnowledge.Shared.class)
final class SummaryKeyPointsTest {

    private static final String OVERVIEW = "overview";

    /** Section, then the start of the point: what the summaries do not cover, and why. */
    private static final Map<String, String> KNOWN_GAPS = Map.of(
            "overview: Russia agreed to pass legislation",
            "few other statements share the pledge's words (territory, legislation), so its centrality is low and the"
                    + " eight bullets go to statements about the guarantees, the summit, the doubts and the reactions",
            "overview: Rubio cautioned that a peace agreement",
            "Rubio's statements are many but each says something else; the overview picks one of them"
                    + " (the areas of disagreement or the consequences), not the 'long way / not imminent' one",
            "russia: Per Witkoff, Putin agreed",
            "the Witkoff sentence names Putin, not Russia; only its neighbour names \"Russian leader\" Putin, so it is a"
                    + " context match (coverage 0.6) and ranks below the eight statements that name Russia",
            "zelenskyy: Rubio said a truce deal",
            "the statement names neither Zelenskyy nor anything the synonyms tie to him, nor does its neighbours:"
                    + " retrieval cannot place it under Zelenskyy");

    private static Summarizer summarizer;
    private static JsonNode points;

    @BeforeAll
    static void load(RealKnowledge real) throws IOException {
        summarizer = real.answering().summarizer();
        points = new ObjectMapper(new YAMLFactory()).readTree(
                Files.readString(Fixtures.projectRoot().resolve("eval/summary-key-points.yaml")));
    }

    static Stream<Arguments> keyPoints() throws IOException {
        JsonNode all = new ObjectMapper(new YAMLFactory()).readTree(
                Files.readString(Fixtures.projectRoot().resolve("eval/summary-key-points.yaml")));
        List<Arguments> out = new ArrayList<>();
        all.get(OVERVIEW).forEach(p -> out.add(Arguments.of(OVERVIEW, p.get("point").asText(), phrases(p), p.path("headline").asBoolean(false))));
        all.get("topics").fields().forEachRemaining(topic -> topic.getValue().forEach(p ->
                out.add(Arguments.of(topic.getKey(), p.get("point").asText(), phrases(p), true))));
        return out.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("keyPoints")
    @DisplayName("each headline point of the overview, and each point of a topic, is in one bullet — or is a known gap")
    void pointCovered(String section, String point, List<String> phrases, boolean required) {
        // GIVEN the summary of the section
        List<String> bullets = summary(section).bullets();

        // WHEN the point is looked for in its bullets
        boolean covered = bullets.stream().anyMatch(b -> covers(b, phrases));

        // THEN it is there, unless it is a known gap (then it must still be one), or an optional overview point
        Optional<String> gap = gap(section, point);
        if (gap.isPresent()) {
            assertThat(covered).as("known gap now covered, remove it from KNOWN_GAPS: %s", gap.get()).isFalse();
        } else if (required) {
            assertThat(covered).as("%s covers \"%s\"; bullets:%n%s", section, point, String.join("\n", bullets)).isTrue();
        }
    }

    @Test
    @DisplayName("the overview: 3–8 bullets of at most 200 characters, each cited")
    void overviewShape() {
        Summary overview = summary(OVERVIEW);
        assertThat(overview.bullets()).hasSizeBetween(3, 8)
                .allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(200).matches("(?s).+ \\[\\d+]"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("sections")
    @DisplayName("no two bullets of a summary repeat one statement: not the same quote, not nearly the same content words")
    void noRepeats(String section) {
        Summary summary = summary(section);
        List<String> bullets = summary.bullets();
        for (int i = 0; i < bullets.size(); i++) {
            for (int j = i + 1; j < bullets.size(); j++) {
                assertThat(quoteOf(summary, bullets.get(i))).as("quotes of %s and %s", i, j).isNotEqualTo(quoteOf(summary, bullets.get(j)));
                assertThat(jaccard(words(bullets.get(i)), words(bullets.get(j))))
                        .as("content words of%n%s%n%s", bullets.get(i), bullets.get(j)).isLessThan(0.6);
            }
        }
    }

    static Stream<String> sections() throws IOException {
        JsonNode all = new ObjectMapper(new YAMLFactory()).readTree(
                Files.readString(Fixtures.projectRoot().resolve("eval/summary-key-points.yaml")));
        List<String> out = new ArrayList<>(List.of(OVERVIEW));
        all.get("topics").fieldNames().forEachRemaining(out::add);
        return out.stream();
    }

    private static Summary summary(String section) {
        return summarizer.summarize(section.equals(OVERVIEW) ? Optional.empty() : Optional.of(section));
    }

    private static Optional<String> gap(String section, String point) {
        return KNOWN_GAPS.entrySet().stream()
                .filter(e -> e.getKey().startsWith(section + ": ") && point.startsWith(e.getKey().substring(section.length() + 2)))
                .map(Map.Entry::getValue).findFirst();
    }

    private static List<String> phrases(JsonNode point) {
        List<String> out = new ArrayList<>();
        point.get("phrases").forEach(p -> out.add(p.asText()));
        return out;
    }

    private static boolean covers(String bullet, List<String> phrases) {
        String text = bullet.toLowerCase(Locale.ROOT);
        return phrases.stream().allMatch(phrase -> Arrays.stream(phrase.split("\\|"))
                .anyMatch(alt -> text.contains(alt.strip().toLowerCase(Locale.ROOT))));
    }

    private static String quoteOf(Summary summary, String bullet) {
        int n = Integer.parseInt(bullet.replaceAll("(?s).* \\[(\\d+)]$", "$1"));
        return summary.citations().get(n - 1).quote();
    }

    private static Set<String> words(String bullet) {
        return Arrays.stream(bullet.replaceAll(" \\[\\d+]$", "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 3).collect(Collectors.toCollection(HashSet::new));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return either.isEmpty() ? 0 : (double) both.size() / either.size();
    }
}
