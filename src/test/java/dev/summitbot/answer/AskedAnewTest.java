package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A follow-up asks beyond the answer before only with words the sources could answer, more of somebody's words are theirs, and one asking only a time or a place asks it of the answer before")
final class AskedAnewTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge, and the article's alone: with fewer statements about a
    // person, the one answered before is more often the only one that fits
    private static Answering article;

    @BeforeAll
    static void buildArticle() {
        article = Fixtures.answering(Fixtures.load(Fixtures.articleKnowledge()));
    }

    @AfterAll
    static void closeArticle() throws IOException {
        article.close();
    }

    @Test
    @DisplayName("\"which eu thing is she president of\" after who Ursula is: \"thing\", a word the sources never use, asks nothing beyond the answer naming the European Commission")
    void wordTheSourcesNeverUseAsksNothingNew() {
        // GIVEN who Ursula is answered with "European Commission President Ursula von der Leyen …"
        // WHEN the follow-up asks with a word of its own no source uses
        Answer next = afterAnswering("who is ursula", "which eu thing is she president of");

        // THEN a statement naming her office answers, not the next statement about her without it
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("European Commission"));
    }

    @Test
    @DisplayName("\"and who was anchoring from dc\" after who anchored in Anchorage: its own word (\"dc\", Washington in the shipped synonyms) asks for somebody beyond the anchor just named")
    void somebodyElseByTheFollowUpsOwnWords() {
        // GIVEN who anchored for CNN in Anchorage answered: Jake Tapper
        // WHEN the follow-up asks who anchored from Washington
        Answer next = afterAnswering("who was cnn's anchor on the ground in anchorage", "and who was anchoring from dc");

        // THEN the anchor in Washington answers, not Tapper again
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Cooper"));
    }

    @DisplayName("\"what's her name\", \"who from them is named?\" after an answer naming her ask nothing new: a word the question before was read by (\"on board\": support) is not the follow-up's own, and naming asks for the one named")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            is the eu commission prez on board w trump | what's her name
            Zelenskyy will go to meet Trump alone?     | who from them is named?
            """)
    void herNameIsTheOneNamedBefore(String before, String followUp) {
        // GIVEN an answer naming Ursula von der Leyen
        // WHEN the follow-up asks her name, or who is named
        Answer next = afterAnswering(article, before, followUp);

        // THEN the answer naming her answers again
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("von der Leyen"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what year was that one", "what year was that"})
    @DisplayName("\"what year was that one\" after how long the Helsinki summit went: the answer before gives the year, though \"years\" is a word of other statements")
    void kindAskedOfTheAnswerBefore(String followUp) {
        // GIVEN how long the Helsinki summit went answered: "The 2018 Trump–Putin summit in Helsinki lasted about two hours …"
        // WHEN the follow-up asks only for a year
        Answer next = afterAnswering("how long did the helsinki summit go", followUp);

        // THEN the answer before, which gives it, answers again; not Putin's first visit "in almost ten years"
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("2018"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what he said there", "what was his main point there"})
    @DisplayName("\"what he said there\", \"what was his main point there\" after where Rubio gave his interview ask for his words, which the answer before did not tell, though the sources say \"stated\", never \"said\" or \"point\"")
    void wordsAskedBeyondAnAnswerThatToldNone(String followUp) {
        // GIVEN where Rubio gave his interview answered: "… gave an interview on ABC's \"This Week\"."
        // WHEN the follow-up asks for his words there
        Answer next = afterAnswering(article, "where rubio gave the interview", followUp);

        // THEN what he said in it answers, not where it was again
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("long way"));
    }

    @Test
    @DisplayName("\"backsliding on what exactly\" echoes \"backsliding\" only: \"exactly\" stresses it, so the answer that said no more of it is not said again")
    void stressedEchoAsksWhatTheWordIs() {
        // GIVEN an answer ending "… due to reports of potential backsliding, which may complicate their implementation."
        // WHEN the follow-up echoes the word, stressed
        Answer next = afterAnswering(article, "why might the guarantees be hard to pull off", "backsliding on what exactly");

        // THEN the statement saying what Russia may be backsliding on answers
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("backsliding on these agreements"));
    }

    @Test
    @DisplayName("\"anything else he said\" after Rubio's words on Ukraine in the talks: more of Rubio's words, not the same again")
    void moreOfHisWords() {
        // GIVEN what Rubio said about Ukraine in the talks answered
        // WHEN the follow-up asks for anything else he said
        Answer next = afterAnswering(article, "what did rubio say about ukraine being in the talks", "anything else he said");

        // THEN other words of Rubio's answer
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text())
                .contains("Rubio").doesNotContain("would not be reached without Ukraine's participation"));
    }
}
