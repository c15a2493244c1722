package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The whole real knowledge answers in other words than the question's: a kind of the thing asked for (a limousine for a car), another form of an irregular verb (\"laid\" for \"lay\"), those who sat with a leader for those who came with him")
final class OtherWordsTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge, notes on reports included ("rode together in \"The Beast\", the armoured limousine …")

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what car did trump and putin ride in together                        | The Beast
            what planes did the flyover when trump and putin were on the red carpet | B-2
            who came with putin into the talks                                   | Lavrov
            where did putin go lay flowers in anchorage                          | Fort Richardson
            how long did trump and putin stand on stage together                 | side by side
            how long were trump and putin up on stage together                   | just over 10 minutes
            how big did the kremlin say the russian delegation would be          | representative and large
            did ushakov say how long the talks would go                          | depend on how the discussion went
            what did witkoff say was still unresolved                            | territory
            per peskov where were they gonna announce whatever they agreed on    | joint press conference
            witkoff said ukraine could get what kind of nato-ish protection      | Article 5
            what kind of mood was the russian team in heading to alaska          | businesslike
            what kind of plane took off from vnukovo headed to alaska            | Il-76
            what mood did ushakov say the russian delegation was in              | businesslike
            why were the europeans nervous about skipping a ceasefire            | doubtful
            who did trump talk to on air force one on the way to alaska          | Baier
            did putin n trump take any qs from reporters after the press conf    | did not answer questions
            did trump ring putin after the white house meeting                   | phoned Vladimir Putin
            when was the last time a us and russian president met face to face before this | since 2021
            what planes did the flyover when putin arrived                       | B-2
            what photo did the white house put out after trump called putin on monday | speakerphone
            after the 3 on 3 wrapped how soon could the presser start            | within ten minutes
            what plane did russia send over to alaska                            | Il-76
            what did trump call the 3 way meeting with putin and zelensky        | Trilat
            who did trump have at the white house the same day he announced the putin meeting | Pashinyan
            where did the f35s fly in from                                       | Eielson
            what did trump call the alaska thing beforehand to kinda lower expectations | feel-out
            who was trump hosting at the white house the day he announced the alaska thing | Pashinyan
            which broadcaster did novyny get the schedule from                   | 9News
            who went in with trump for the 3 on 3                                | Rubio
            what word did trump use on truth social for the 3-way meeting with putin and zelensky | Trilat
            how fast could the presser start after the 3 on 3 wrapped            | within ten minutes
            whats trumps advice to zelensky lol                                  | make a deal
            is trump still pushing for a ceasefire after alaska or what          | demand for a ceasefire
            """)
    @DisplayName("\"what car\", \"what planes\": a kind of the thing answers (\"car\" is used once elsewhere in the sources); \"came with\" is the shipped synonyms' \"sat with\"; a light verb's irregular form is the verb (\"go\": \"went\", \"say\": \"said\"); \"whatever\" names no topic, chat's \"nato-ish\" is \"-like\"; a mood is a frame of mind, \"heading to\" is going there the nervous are doubtful whom one spoke to is whom one told, and whom one rings is whom one phones, as the shipped synonyms say; chat's \"qs\" are questions; a note names the two countries it means; a flyover is flying over and to put out is to publish, as the shipped synonyms say; a note keeps the lines about one thing in one paragraph and names the country, place and day it means; a three-way meeting is a trilateral one; what flew in from a place came from it; what was done \"beforehand\" was done before, as the shipped synonyms say; whom one hosts one receives, a day's schedule is its programme, and who went in with a leader sat with him, as the shipped synonyms say; \"truth social\" is one name, not two words; \"how fast\" asks when, as \"how soon\" does; advice is what one advises, and what one pushes for one demands, as the shipped synonyms say")
    void answeredInOtherWords(String asked, String expected) {
        // WHEN asked in words the statement does not use
        Answer answer = answering.answer(Question.of(asked));

        // THEN the statement saying it otherwise answers
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains(expected));
    }

    @Test
    @DisplayName("\"how soon was the presser supposed to start\" after when the three-on-three ended: to start is to begin, as the shipped synonyms say (\"could begin within ten minutes\")")
    void startIsBegin() {
        // WHEN asked when the press conference would start, after the meeting before it
        Answer next = afterAnswering("when did the three on three wrap up according to interfax",
                "and how soon after that was the presser supposed to start");

        // THEN the statement that it could begin within ten minutes answers
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("ten minutes"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what formation was the flyover in                             | flew over              | arrow formation
            who noticed putin talked twice as long as trump at the presser | twice as long          | RIA Novosti
            """)
    @DisplayName("what was asked, told in the next line of the best statement's paragraph (\"passed low in an arrow formation\", \"Journalists of RIA Novosti were the ones who noticed it\"), answers with the line before it")
    void toldInTheNextLine(String asked, String lead, String told) {
        // WHEN asked what the line that best fits the question does not say
        Answer answer = answering.answer(Question.of(asked));

        // THEN that line and the next, which says it, answer
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains(lead).contains(told));
    }

    @Test
    @DisplayName("\"n who did putin have w him\" after who went in with Trump: Putin's company, not Trump's, though both statements name both")
    void companyOfTheOneAsked() {
        // WHEN asked who Putin had with him, after who Trump brought
        Answer next = afterAnswering("who did trump bring into the 3 on 3 w putin", "n who did putin have w him");

        // THEN those who sat with Putin answer first
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).startsWith("On 2025-08-15, Foreign Minister Sergei Lavrov"));
    }

    @Test
    @DisplayName("\"what is the us gonna focus on instead\": \"instead\" only sets the question against the one before, a light word the sources need not say")
    void insteadIsLight() {
        // WHEN asked what the United States would do instead, after what Putin means by the root causes
        Answer next = afterAnswering("what does putin mean by root causes according to rubio", "so what is the us gonna focus on instead");

        // THEN what Rubio said the United States would focus on answers
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("would focus on"));
    }

    @Test
    @DisplayName("the thing asked for in the synonyms' other words answers only with all the rest of the question: European leaders who \"joined\" Zelenskyy are no members of congress, though joining is a kind of membership in the shipped synonyms")
    void thingAskedInOtherWordsNeedsTheRest() {
        // WHEN asked which members of congress went, which the sources never tell
        Answer answer = answering.answer(Question.of("which members of congress went to alaska"));

        // THEN nobody who merely joined somebody answers
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
    }

    @Test
    @DisplayName("\"what's the name of the b2 pilot who did the flyover\": the pilot is named as one; Trump and Putin, whom the bomber flew over, are no pilots")
    void thePersonOfAKindIsNamedAsOne() {
        // WHEN asked for the pilot's name, which the sources never give
        Answer answer = answering.answer(Question.of("whats the name of the b2 pilot who did the flyover"));

        // THEN the flyover naming Trump and Putin does not answer
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
    }
}
