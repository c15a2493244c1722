package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.question.Question;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A fact typed as the kind of answer asked leads, ahead of one that only mentions such a thing")
final class TypedFactFirstTest {

    @TempDir
    static Path folder;

    private static AnswerEngine engine;

    @BeforeAll
    static void build() {
        // GIVEN a typed date fact about the test summit, and a dated fact that names "the test summit" more
        // fully (so it ranks first) but is about something else: its date says when, not when the summit was
        KnowledgeFixture.at(folder).summitIn("Alaska").file("sources/day.md", """
                ---
                id: day-report
                title: "The day of the test summit"
                ---
                The test summit was on August 15, 2025. No ceasefire came out of the test summit, the test summit of Alaska.
                The test talks between the delegations in Alaska lasted three hours. An earlier summit in Oslo had lasted two hours, less than the test talks.
                """).file("facts/day.yaml", """
                - id: no-ceasefire
                  subject: "No ceasefire"
                  relation: "came out of"
                  object: "the test summit"
                  source: day-report
                  quote: "No ceasefire came out of the test summit, the test summit of Alaska."
                  type: statement
                  date: 2025-08-15

                - id: summit-date
                  subject: "The test summit"
                  relation: "took place on"
                  object: "August 15, 2025"
                  source: day-report
                  quote: "The test summit was on August 15, 2025."
                  type: date
                  date: 2025-08-15

                - id: test-talks-length
                  subject: "The test talks between the delegations in Alaska"
                  relation: "lasted"
                  object: "three hours"
                  source: day-report
                  quote: "The test talks between the delegations in Alaska lasted three hours."
                  type: duration

                - id: oslo-length
                  subject: "An earlier summit in Oslo"
                  relation: "had lasted"
                  object: "two hours, less than the test talks"
                  source: day-report
                  quote: "An earlier summit in Oslo had lasted two hours, less than the test talks."
                  type: duration
                """);
        engine = Fixtures.answering(Fixtures.load(folder)).engine();
    }

    @Test
    @DisplayName("\"how long did the test talks last?\" is answered by the talks' length: another summit's, whose object names the talks, comes second")
    void subjectNotObjectTellsTheTopic() {
        // WHEN
        Answer answer = engine.answer(Question.of("how long did the test talks last?"));

        // THEN
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.factIds()).first().isEqualTo("test-talks-length"));
    }

    @Test
    @DisplayName("\"when was the test summit?\" is answered by the date fact alone")
    void dateFactAnswersWhen() {
        // WHEN
        Answer answer = engine.answer(Question.of("when was the test summit?"));

        // THEN
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
            assertThat(a.factIds()).containsExactly("summit-date");
            assertThat(a.text()).contains("August 15, 2025").doesNotContain("ceasefire");
        });
    }
}
