package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.RealKnowledge;
import dev.summitbot.generate.GeneratorSettings;
import dev.summitbot.generate.KnowledgeGenerator;
import dev.summitbot.knowledge.Knowledge;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Summarizer: deterministic cited summaries of everything or of a topic")
@ExtendWith(RealKnowledge.Shared.class)
final class SummarizerTest {

    private static final Pattern BULLET = Pattern.compile("(?s)(.+) \\[(\\d+)]");

    private static Knowledge real;
    private static Summarizer summarizer;

    @BeforeAll
    static void build(RealKnowledge shared) {
        real = shared.knowledge();
        summarizer = shared.answering().summarizer();
    }

    @Test
    @DisplayName("the whole knowledge: 3–8 bullets of at most 200 characters, each ending with a valid [n]")
    void wholeKnowledge() {
        // GIVEN / WHEN
        Summary summary = summarizer.summarize(Optional.empty());

        // THEN
        assertThat(summary.topic()).isEmpty();
        assertThat(summary.covered()).isTrue();
        assertThat(summary.bullets()).hasSizeBetween(Summarizer.MIN_BULLETS, Summarizer.MAX_BULLETS)
                .hasSizeBetween(3, 8).doesNotHaveDuplicates()
                .allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(Summarizer.MAX_BULLET_CHARS));
        AnswerContract.assertCited(real, summary);
    }

    @Test
    @DisplayName("the overview opens with the news (the summit in Alaska, the Article 5-like protection), then Witkoff's report and a reaction")
    void overviewOpensWithTheNews() {
        // GIVEN / WHEN
        List<String> bullets = summarizer.summarize(Optional.empty()).bullets();

        // THEN the first bullet is the one closest to the article's title, and the others follow the article
        assertThat(bullets.get(0)).contains("Alaska").contains("Article 5-like");
        assertThat(bullets).anyMatch(b -> b.contains("Witkoff") && b.contains("Putin has agreed"))
                .anyMatch(b -> b.contains("Zelenskyy") || b.contains("von der Leyen"));
    }

    @Test
    @DisplayName("a fact and the passage it quotes, or two facts of one quote, never both become bullets")
    void noStatementTwice() {
        for (Optional<String> topic : List.of(Optional.<String>empty(), Optional.of("Rubio"), Optional.of("security guarantees"), Optional.of("Russia"))) {
            // GIVEN / WHEN
            Summary summary = summarizer.summarize(topic);

            // THEN every bullet has its own quote
            assertThat(summary.bullets()).extracting(b -> summary.citations().get(Integer.parseInt(b.replaceAll("(?s).* \\[(\\d+)]$", "$1")) - 1).quote())
                    .as("quotes of %s", topic).doesNotHaveDuplicates();
        }
    }

    @Test
    @DisplayName("two summarizers built separately from the same folder give the same summaries")
    void deterministic() throws IOException {
        // GIVEN a second summarizer, over a second load and index of the real knowledge
        try (RealKnowledge again = RealKnowledge.loadAndIndex()) {
            Summarizer second = again.answering().summarizer();

            // WHEN / THEN the whole knowledge and a topic are summarized alike, bullets and citations
            for (Optional<String> topic : List.of(Optional.<String>empty(), Optional.of("Rubio"), Optional.of("security guarantees"))) {
                assertThat(second.summarize(topic)).as("topic %s", topic).isEqualTo(summarizer.summarize(topic));
            }
        }
    }

    @Test
    @DisplayName("a topic gives only bullets about it, facts first, each quote said once")
    void topicRubio() {
        // GIVEN / WHEN
        Summary summary = summarizer.summarize(Optional.of("Rubio"));

        // THEN every bullet is about Rubio and cited
        assertThat(summary.topic()).contains("Rubio");
        assertThat(summary.covered()).isTrue();
        assertThat(summary.bullets()).hasSizeBetween(Summarizer.MIN_BULLETS, Summarizer.MAX_BULLETS)
                .allSatisfy(b -> assertThat(b).containsIgnoringCase("Rubio"));
        AnswerContract.assertCited(real, summary);
        assertThat(summary.citations()).extracting(Citation::quote).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a knowledge larger than the overview's graph limit is summarized from its facts and first passages")
    void largerThanTheGraph(@TempDir Path temp) throws IOException {
        // GIVEN a generated knowledge of 3,000 passages and 50 facts
        new KnowledgeGenerator(new GeneratorSettings(5, 3_000, 50, 7)).generate(temp.resolve("k"));
        Knowledge big = Fixtures.load(temp.resolve("k"));
        assertThat(big.passages().size() + big.facts().size()).isGreaterThan(Summarizer.GRAPH_LIMIT);
        try (Answering answering = Fixtures.answering(big)) {
            // WHEN
            Summary summary = answering.summarizer().summarize(Optional.empty());

            // THEN
            assertThat(summary.bullets()).hasSizeBetween(3, 8);
            AnswerContract.assertCited(big, summary);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a topic absent from the knowledge is not covered")
    @ValueSource(strings = {"Macron", "Emmanuel Macron", "Anchorage", "oil prices", "title:foo", "AND OR NOT"})
    void absentTopic(String topic) {
        // GIVEN / WHEN
        Summary summary = summarizer.summarize(Optional.of(topic));

        // THEN nothing is said, rather than something unrelated
        assertThat(summary.covered()).isFalse();
        assertThat(summary.bullets()).isEmpty();
        assertThat(summary.citations()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @DisplayName("a topic with nothing readable in it means the whole knowledge")
    @ValueSource(strings = {"", "   ", "@everyone", "<@&123456789012345678>", "\u0000\u0007"})
    void blankTopicMeansEverything(String topic) {
        // GIVEN / WHEN
        Summary summary = summarizer.summarize(Optional.of(topic));

        // THEN it is the overview, not a topic
        assertThat(summary.topic()).isEmpty();
        assertThat(summary.bullets()).isEqualTo(summarizer.summarize(Optional.empty()).bullets());
    }

    @Test
    @DisplayName("the mini fixture: facts of both files, with the source's URL in the citations")
    void miniFixture() throws IOException {
        // GIVEN a knowledge with two facts files, one fact in one and three in the other
        Knowledge mini = Fixtures.load(Fixtures.fixture("mini"));
        try (Answering answering = Fixtures.answering(mini)) {
            Summarizer s = answering.summarizer();

            // WHEN the whole and a topic are summarized
            Summary whole = s.summarize(Optional.empty());
            Summary ferry = s.summarize(Optional.of("ferry"));

            // THEN the whole opens with its headline and says each thing once; the topic keeps to the ferry
            assertThat(whole.bullets()).extracting(SummarizerTest::statement).startsWith(
                    "The Gull Island lighthouse reopened after three years of repairs.")
                    .contains("Captain Lena Ortiz has run the Brenn river ferry since 2019.")
                    .doesNotContain("Captain Lena Ortiz has run the ferry since 2019.");
            assertThat(whole.citations()).filteredOn(c -> c.sourceId().equals("harbor-news"))
                    .allSatisfy(c -> assertThat(c.url()).contains("https://example.org/harbor/lighthouse"));
            AnswerContract.assertCited(mini, whole);
            assertThat(ferry.bullets()).isNotEmpty().allSatisfy(b -> assertThat(b).containsIgnoringCase("ferry"));
            assertThat(ferry.bullets().get(0)).startsWith("Captain Lena Ortiz has run the Brenn river ferry");
            AnswerContract.assertCited(mini, ferry);
        }
    }

    private static String statement(String bullet) {
        Matcher m = BULLET.matcher(bullet);
        return m.matches() ? m.group(1) : bullet;
    }
}
