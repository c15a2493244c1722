package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.RealKnowledge;
import dev.summitbot.question.Question;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evidence must give the kind of answer asked for: a where-question gets a place, a when-question a
 * time. When the sources cover the topic but not what was asked, the bot says so and gives what
 * they do say: a partial answer, never a confident wrong one.
 */
@ExtendWith(RealKnowledge.Shared.class)
@DisplayName("Answer types: the answer gives what was asked, or says it cannot")
final class AnswerTypesInAnswersTest {

    private static AnswerEngine engine;

    @BeforeAll
    static void build(RealKnowledge shared) {
        engine = shared.answering().engine();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("questions of each kind are answered with that kind of answer; asked why a thing is so or what it means, not with the thing itself; hearsay around a question (\"ppl keep talking abt\") is no topic; asked what kind, a statement that names the kind; a long message by its question proper; \"which network\" by the outlet words were said on, the word \"network\" or \"location\" no topic; a few words ending with the kind of thing asked for (\"summit location?\") ask for it")
    @CsvSource(delimiter = '|', textBlock = """
            Where did Trump meet Putin?            | Alaska
            where was the summit                   | Alaska
            Who is the US special envoy?           | Witkoff
            how long has the war lasted            | 3 1/2
            what's the protection for ukraine called | Article 5
            what did von der leyen say             | welcomed
            who is expected to take part in the talks on ukraine's security guarantee | Secretary of State
            what did rubio say in his abc interview | long way
            what's witkoff's title                 | Special Envoy
            what's von der leyen's job             | European Commission President
            whats russia's position now on kyiv's security guarantees? | stance
            who is von der leyen                   | European Commission President
            who is zelenskyy                       | Ukrainian President
            who is steve witkof                    | Special Envoy
            why game changing                      | major shift
            what kind of protection is kyiv gettin | Article 5-like
            what network was rubio on              | ABC
            summit location?                       | Alaska
            what was the location of the summit    | Alaska
            so my uncle keeps arguing that this whole alaska meeting was pointless and nothing came out of it, can u tell me what kind of protection ukraine is supposedly getting from the us and europe | security guarantee
            what does game changing mean here      | major shift
            what's this article 5 style protection ppl keep talking abt | collective defense
            """)
    void answered(String question, String expected) {
        // GIVEN the real knowledge / WHEN asked
        Answer answer = engine.answer(Question.of(question));

        // THEN it is answered with the kind of thing asked for
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains(expected));
    }

    @Test
    @DisplayName("a person named in many statements: the role is found among those that name a title too")
    void roleOfAMuchNamedPerson() throws IOException {
        // GIVEN the whole knowledge folder, where dozens of statements name Putin without a title
        try (Answering whole = Fixtures.answering(Fixtures.load(Fixtures.realKnowledge()))) {
            // WHEN his role is asked
            Answer answer = whole.engine().answer(Question.of("what is putin's role"));

            // THEN a statement naming him with his title answers
            assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("leader Vladimir Putin"));
        }
    }

    @Test
    @DisplayName("a when-question about a covered topic without a date gets a partial answer that says so")
    void partialWhenNoDate() {
        // GIVEN the meeting the sources mention without a date
        // WHEN its date is asked
        Answer answer = engine.answer(Question.of("When is Zelenskyy's meeting with Trump?"));

        // THEN the bot says its sources do not say when, then what they say, cited
        assertThat(answer).isInstanceOfSatisfying(Answer.Partial.class, p -> {
            assertThat(p.missing()).isEqualTo("when");
            assertThat(p.text()).startsWith("My sources don't say when. What they do say: ").contains("von der Leyen").endsWith("[1]");
            assertThat(p.citations()).hasSize(1);
            assertThat(p.text().length()).isLessThanOrEqualTo(AnswerEngine.MAX_ANSWER_CHARS);
        });
        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.PARTIAL);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a number, a time or a place the sources never give is not answered; a count of people is not a number of years")
    @CsvSource(delimiter = '|', textBlock = """
            how many troops does russia have in ukraine   | how many
            what day was the summit                       | when
            how long did the summit last                  | how long
            what is the name of the russian law on ukrainian territory | what it is called
            How many people have been killed in the war in Ukraine? | how many
            which channel did zelensky speak on           | which organisation
            """)
    void notAnswered(String question, String missing) {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of(question));

        // THEN it is not answered; if the topic is covered, the reply says what is missing
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
        if (answer instanceof Answer.Partial p) {
            assertThat(p.missing()).isEqualTo(missing);
        }
    }
}
