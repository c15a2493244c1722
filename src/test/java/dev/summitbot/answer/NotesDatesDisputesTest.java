package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.question.Question;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Answers from notes on reports: attributed as our notes, dated, and both sides when sources differ")
final class NotesDatesDisputesTest {

    @TempDir
    static Path folder;

    private static AnswerEngine engine;

    @BeforeAll
    static void build() {
        // GIVEN the fixture's report (the talks lasted two days) and our notes on another report that says
        // they lasted three hours on 2025-08-15, disputing it
        KnowledgeFixture.at(folder).summitIn("Alaska").disputingNotes();
        engine = Fixtures.answering(Fixtures.load(folder)).engine();
    }

    @Test
    @DisplayName("a question either fact answers gets both, \"Sources differ\", each cited; the notes cited as notes, with their date")
    void sourcesDiffer() {
        // WHEN
        Answer answer = engine.answer(Question.of("How long did the talks in Alaska last?"));

        // THEN
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
            assertThat(a.text()).startsWith("Sources differ: ").contains("[1]").contains("[2]")
                    .contains("two days").contains("On 2025-08-15, the talks lasted three hours.");
            assertThat(a.citations()).hasSize(2);
            assertThat(a.citations()).filteredOn(Citation::notes).singleElement().satisfies(c -> {
                assertThat(c.attribution()).isEqualTo("notes on A Paper, 2025-08-16");
                assertThat(c.published()).contains(LocalDate.of(2025, 8, 16));
            });
            assertThat(a.citations()).filteredOn(c -> !c.notes()).singleElement()
                    .satisfies(c -> assertThat(c.attribution()).isEqualTo("A fictional report written for tests"));
        });
    }

    @Test
    @DisplayName("a fact about a moment is said with its date; a fact without one is not")
    void dated() {
        // GIVEN / WHEN / THEN
        assertThat(Evidence.statement(Fixtures.load(folder).factsById().get("talks-three-hours")))
                .isEqualTo("On 2025-08-15, the talks lasted three hours.");
        assertThat(Evidence.statement(Fixtures.load(folder).factsById().get("summit-place")))
                .isEqualTo("The test summit was held in Alaska.");
    }

    @Test
    @DisplayName("a question about now is answered as of the newest source's date, and says it; others are not")
    void asOfTheNewestSource() {
        // GIVEN / WHEN
        Answer now = engine.answer(Question.of("Where is the test summit held now?"));
        Answer then = engine.answer(Question.of("Where was the test summit held?"));

        // THEN
        assertThat(now).isInstanceOfSatisfying(Answer.Answered.class,
                a -> assertThat(a.text()).startsWith("As of 2025-08-16: ").contains("Alaska").endsWith("[1]"));
        assertThat(then).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).doesNotContain("As of"));
    }

    @Test
    @DisplayName("a dated fact's date answers when it happened, but its digits are no number: how many is not answered by it")
    void dateIsNoNumber(@TempDir Path other) {
        // GIVEN a dated fact that gives no number
        KnowledgeFixture.at(other).summitIn("Alaska").file("facts/arrival.yaml", """
                - id: delegates-arrived
                  subject: "The delegates"
                  relation: "arrived"
                  object: "by plane"
                  source: test-report
                  quote: "The delegates arrived by plane"
                  type: statement
                  date: 2025-08-14
                """);
        AnswerEngine dated = Fixtures.answering(Fixtures.load(other)).engine();

        // WHEN / THEN
        assertThat(dated.answer(Question.of("When did the delegates arrive by plane?"))).isInstanceOfSatisfying(Answer.Answered.class,
                a -> assertThat(a.text()).startsWith("On 2025-08-14, the delegates arrived by plane."));
        assertThat(dated.answer(Question.of("How many delegates arrived by plane?"))).isNotInstanceOf(Answer.Answered.class);
    }

    @Test
    @DisplayName("a question for someone's words is answered only by words someone said: otherwise the reply says so")
    void saying() {
        // GIVEN the delegates, of whom the sources say only that they arrived
        // WHEN what they said is asked
        Answer answer = engine.answer(Question.of("What did the delegates say about Alaska?"));

        // THEN
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
        if (answer instanceof Answer.Partial p) {
            assertThat(p.missing()).isEqualTo("what was said");
        }
    }
}
