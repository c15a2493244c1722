package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.RealKnowledge;
import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.FactType;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.question.Question;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(RealKnowledge.Shared.class)
@DisplayName("Suggestions are questions written from the facts, and the bot answers each one")
final class SuggestionsTest {

    private static Knowledge real;
    private static AnswerEngine engine;

    @BeforeAll
    static void build(RealKnowledge shared) {
        real = shared.knowledge();
        engine = shared.answering().engine();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a fact becomes the question it answers, by its type and wording")
    @CsvSource(delimiter = '|', textBlock = """
            summit-location         | Where was the Trump–Putin summit held?
            war-duration            | How long has the war in Ukraine lasted?
            witkoff-special-envoy   | Who is Steve Witkoff?
            summit-participants     | Who did President Donald Trump hold a summit with?
            zelenskyy-wants-clarity | What did Ukrainian President Volodymyr Zelenskyy express a need for?
            rubio-peace-is-goal     | What did Rubio state?
            """)
    void written(String factId, String question) {
        // GIVEN / WHEN / THEN
        assertThat(Suggestions.write(real.factsById().get(factId))).contains(question);
    }

    @ParameterizedTest(name = "[{index}] {1} {2} …")
    @DisplayName("a fact whose wording would not read as a question suggests none")
    @CsvSource(delimiter = '|', textBlock = """
            out-of-commas   | Rubio                  | answered, when asked whether the cause was the invasion, | no
            a-negation      | No ceasefire           | was reached at                                           | the summit
            asks-other-time | Trump                  | wrote that Zelensky would come on                        | Monday
            clause-object   | Rubio                  | said both sides                                          | would have to give something
            clause-object-2 | Witkoff                | said it was the first time                               | the Russians had agreed
            too-long        | Foreign Minister Sergei Lavrov and Finance Minister Anton Siluanov | were members of | the delegation
            """)
    void unreadableNotWritten(String id, String subject, String relation, String object) {
        // GIVEN a fact worded so (typed date when it says "on", else a statement)
        Optional<FactType> type = Optional.of(relation.endsWith(" on") ? FactType.DATE : FactType.STATEMENT);
        Fact fact = new Fact(id, subject, relation, object, "s", "q", type, Optional.empty(), Optional.empty(), "f.yaml", 1);

        // WHEN / THEN
        assertThat(Suggestions.write(fact)).isEmpty();
    }

    @Test
    @DisplayName("\"what\" may stand for an object after a preposition, a verb form, or a verb's second object")
    void whatFits() {
        assertThat(Suggestions.write(fact("Ushakov", "said the two presidents would concentrate on", "Ukraine")))
                .contains("What did Ushakov say the two presidents would concentrate on?");
        assertThat(Suggestions.write(fact("Putin", "said Moscow wanted", "a settlement"))).contains("What did Putin say Moscow wanted?");
        assertThat(Suggestions.write(fact("Trump", "told Bret Baier", "he would walk away"))).contains("What did Trump tell Bret Baier?");
    }

    private static Fact fact(String subject, String relation, String object) {
        return new Fact("f", subject, relation, object, "s", "q", Optional.empty(), Optional.empty(), Optional.empty(), "f.yaml", 1);
    }

    @Test
    @DisplayName("every question a refusal may suggest is answered when asked back")
    void everySuggestionAnswered() {
        // GIVEN every fact's suggestion, as the engine checks them
        Suggestions suggestions = new Suggestions(engine::answer);
        List<String> offered = real.facts().stream().map(suggestions::of).flatMap(Optional::stream).toList();

        // THEN most facts have one, and each is answered when asked back
        assertThat(offered).hasSizeGreaterThan(real.facts().size() / 2);
        assertThat(offered).allSatisfy(q -> assertThat(engine.answer(Question.of(q))).as(q).isInstanceOf(Answer.Answered.class));
    }

    @Test
    @DisplayName("a question the bot would not answer is never suggested")
    void unansweredNotSuggested() {
        // GIVEN an engine stand-in that answers nothing
        Suggestions suggestions = new Suggestions(q -> new Answer.NoAnswer(q.text(), Answer.NOT_COVERED, List.of(), 0));

        // WHEN any fact is offered
        // THEN nothing is suggested
        for (Fact fact : real.facts()) {
            assertThat(suggestions.of(fact)).isEmpty();
        }
    }
}
