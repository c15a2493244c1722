package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.summitbot.Fixtures;
import dev.summitbot.RealKnowledge;
import dev.summitbot.eval.EvalCase;
import dev.summitbot.eval.Evaluator;
import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.Pronouns;
import dev.summitbot.question.Question;
import dev.summitbot.question.QuestionText;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AnswerEngine: short cited answers, or an honest refusal")
@ExtendWith(RealKnowledge.Shared.class)
final class AnswerEngineTest {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Pattern LIVE_MENTION = Pattern.compile("@everyone|@here|<@");
    private static final double ROUNDING = 1e-9;

    private static Knowledge real;
    private static AnswerEngine engine;
    private static Pronouns pronouns;
    private static Knowledge mini;
    private static Answering miniAnswering;
    private static AnswerEngine miniEngine;

    @BeforeAll
    static void buildEngines(RealKnowledge shared) {
        real = shared.knowledge();
        engine = shared.answering().engine();
        pronouns = shared.answering().pronouns();
        mini = Fixtures.load(Fixtures.fixture("mini"));
        miniAnswering = Fixtures.answering(mini);
        miniEngine = miniAnswering.engine();
    }

    @AfterAll
    static void close() throws IOException {
        miniAnswering.close();
    }

    /** The engine's answer to {@code followUp} asked right after {@code first} was answered, in one conversation. */
    private static Answer afterAnswering(String first, String followUp) {
        Conversation conversation = new Conversation(java.time.Clock.systemUTC());
        Question asked = conversation.follow(Question.of(first));
        conversation.answered(asked, engine.answer(asked).text(), pronouns);
        return engine.answer(conversation.follow(Question.of(followUp)));
    }

    static Stream<String> evaluationQuestions() throws IOException {
        return Evaluator.load(Fixtures.evaluationSet()).stream().map(EvalCase::question);
    }

    @Test
    @DisplayName("a follow-up that asks for more (\"what are they?\") is not given the answer before again, when another statement answers")
    void moreIsNotTheSameAgain() {
        // GIVEN a question answered, in one conversation
        Conversation conversation = new Conversation(java.time.Clock.systemUTC());
        Question first = conversation.follow(Question.of("did rubio mention potential areas of agreement"));
        String before = engine.answer(first).text();
        conversation.answered(first, before, Pronouns.NONE);

        // WHEN the follow-up asks for more
        Answer more = engine.answer(conversation.follow(Question.of("what are they?")));

        // THEN it says something the first answer did not: that Rubio did not specify them
        assertThat(more).isInstanceOf(Answer.Answered.class);
        assertThat(more.text()).doesNotStartWith(before.substring(0, before.indexOf(" [")));
        assertThat(more.text()).containsIgnoringCase("specif");
    }

    static Stream<Arguments> followUpsAskingSomethingNew() {
        return Stream.of(
                // a word of its own the answer before does not have: not the same identity statement again
                Arguments.of("what's witkoff's job", "and what did he reveal", "agreed"),
                Arguments.of("who's the american emissary in the headline", "what's he claiming", "agreed"),
                Arguments.of("where did rubio give his interview", "what was his main point", "long way"),
                // more of it: not the same again, even in other words ("Rubio also mentioned …"); "ones" stands for them
                Arguments.of("did rubio say there's disagreement left", "which ones?", "specif"),
                // its words are all in the answer before: that answer may be given again
                Arguments.of("will the secretary of state take part in talks", "talks about what?", "security guarantee"),
                // its own words say what the answer before says another way ("make it official": enact): that answer may stand
                Arguments.of("did russia promise not to grab more land", "how will they make it official", "enact legislation"),
                // "is it being honoured": whether the promise is kept
                Arguments.of("did russia promise not to grab more land", "is it being honoured so far?", "backsliding"),
                // "what does it look like": what it resembles
                Arguments.of("who proposed the security gaurantee for kyiv", "what does it look like", "collective defense"),
                // "what did she think about it": what she thought is her reaction, which the answer before gave ("welcomed")
                Arguments.of("who is von der leyen", "what did she think about it", "welcomed"),
                // "what does that mean" in plain words asks about what was just said: the definition it gave may stand
                Arguments.of("what even is the article 5 like protection", "ok but what does that mean in normal words", "attack on all"),
                // "did he say anything else": more of his words, not the same statement again
                Arguments.of("who thanked the us for its support", "did he say anything else", "clarity"),
                // "The" opening the answer before is no name: "this man" is the office it gave, and its holder is named
                Arguments.of("Who from american government is expected to take part in talks about guarantee for Ukraine?", "who is this man?",
                        "Rubio"),
                // "which points": which they are, which the sources say were not specified
                Arguments.of("did rubio say they agree on some things", "which points exactly, he told it?", "did not specify"),
                // "alongside who": a partner, which a country is as much as a person
                Arguments.of("in providing what", "alongside who", "U.S."),
                // "more countries": an international commitment
                Arguments.of("who's gonna actually back up these guarantees, just america?", "does that mean more countries are in on supporting ukraine",
                        "international commitment"),
                // "is that holding": whether it is kept
                Arguments.of("has russia changed its tune on ukraine's security", "is that holding tho", "backsliding"),
                // "did he list them": whether he specified them
                Arguments.of("whats still unresolved in the talks according to rubio", "did he list them", "did not specify"),
                // "keep it" after a promise: whether they keep the promise
                Arguments.of("Russia made some concession in this process?", "but they really keep it?", "backsliding"),
                // "since how long" asks how long (English learned late)
                Arguments.of("what is the deal part of", "since how long is going this war?", "3 1/2"),
                // a yes/no follow-up whose name the answer before said another way ("eu": European) asks nothing new by it
                Arguments.of("is trump actually gonna chip in on protecting ukraine", "did the eu like that", "welcomed"),
                Arguments.of("who's meeting trump next", "is anyone from the EU coming along with him", "von der Leyen"),
                // "anything else?": the next thing said on the topic, though it has few of the words carried ("He noted …")
                Arguments.of("what did rubio say on this week", "anything else?", "participation"),
                // "going to" and "supposed to" say only that it is to be: nothing new asked
                Arguments.of("did russia promise not to grab more land", "how r they gonna lock that in", "enact legislation"),
                // who: not an office or a person the question before already named
                Arguments.of("does the secretary of state take part in the talks", "who is that", "Rubio"),
                // the answer named the office and nobody in it: "that" is the office, and its holder is named with the title
                Arguments.of("which official is expected to take part in the security guarantee talks", "whos that?", "Rubio"),
                // asked which ones, the statement that they were not specified answers, even when the answer before was it
                Arguments.of("has rubio identified any areas of agreement", "which ones?", "did not specify"),
                // "that" is the name the answer before gave: what Article 5-like protection means
                Arguments.of("what's the ukraine security deal called", "what does that mean?", "attack on all"),
                // "any names?" asks for the people the answer before spoke of: the answer that named them may stand
                Arguments.of("whos meeting trump with zelenskyy", "any names?", "von der Leyen"),
                Arguments.of("have they found any common ground in the talks", "which ones", "did not specify"),
                // who she is, asked by a pronoun for the person the question before named: her office
                Arguments.of("what did von der leyen say", "who is she again", "European Commission President"),
                // "who is he" after an answer that named an office and nobody in it: its holder, named with the title
                Arguments.of("does the secretary of state take part in the talks", "who is he", "Rubio"),
                // nothing new of the kind asked: her words, which the answer before gave, are given again
                Arguments.of("who is ursla von der leyn", "and what did she say", "welcomed"),
                Arguments.of("did rubio say there are disagreements", "did he say what they are", "did not specify"),
                Arguments.of("which us official is expected to join the talks on kyiv's security guarantee", "whats his name", "Rubio"),
                Arguments.of("what did trump warn before meeting putin", "who repeated that", "Rubio"),
                // the sentence that answers hides the speaker behind "He noted": the fact that restates it names him
                Arguments.of("can a truce be agreed w/o ukraine at the table", "who said that", "Rubio"),
                // "the United States" is in what he said, not where he said it
                Arguments.of("what did rubio say about a peace deal", "where did he say that", "This Week"),
                // a yes/no follow-up with words of its own: not the definition just given again
                Arguments.of("what is article 5", "does ukraine get nato membership with it", "without formal NATO membership"),
                // "name" asks for the particulars, like "specify": it is no topic to search
                Arguments.of("what's rubio's main take on the peace deal", "did he name the areas they disagree on", "did not specify"),
                Arguments.of("what did rubio say on abc", "did he name specifics", "did not specify"),
                // after the headline was read, "according to who" asks who the headline's "American emissary" is
                Arguments.of("whats the headline say", "according to who", "Witkoff"),
                // where a remark was made is said by the sentence that opens its paragraph: both are given
                Arguments.of("who said there's still big disagreements in the talks", "where did he say that", "This Week"),
                Arguments.of("did rubio say ukraine must be in the truce talks", "on which tv show", "This Week"),
                // a fact quoting part of the remark's sentence finds the sentence, and the setting before it, in its source
                Arguments.of("who is the secretary of state in this article", "what tv show was he on", "This Week"),
                // "the name of the show" asks for a show's name, and so leans on the interview asked of before
                Arguments.of("what did rubio say on abc", "what's the name of the show", "This Week"),
                // "is that confirmed" asks whether it is certain: the reports that make Russia's stance uncertain
                Arguments.of("wat did witkoff claim", "is that confirmed tho", "backsliding"),
                // "is there a catch" asks what could complicate it: the reports of backsliding
                Arguments.of("how does the article describe russia's promise not to take more land", "is there a catch", "backsliding"),
                // "sure" asks whether it is certain, "wanted" what he needs: the statements that say so, not the answer before
                Arguments.of("what does russia's stance on ukraine security look like after the summit", "is that for sure", "uncertain"),
                Arguments.of("how did zelensky react to the guarantee offer", "was there anything he wanted more of", "clarity"),
                // a yes/no follow-up whose own words the sources never use ("alone"): the answer before may stand
                Arguments.of("who will zelensky meet with", "will he go alone", "European leaders"),
                Arguments.of("who is zelenskyy meeting with", "is he going by himself", "European leaders"),
                // "and zelensky?" asks the question before of him: his reaction, not von der Leyen's again, in the fact restating it
                Arguments.of("what does von der leyen think of trump's stance on the guarantees", "and zelensky?", "thanked"),
                // asked of another party that the answer before named as the one offered to: not that answer again
                Arguments.of("how did europe respond to trump's offer", "and ukraine?", "thanked"),
                // "report" says only that he told it, like "say": what he reported is the agreement
                Arguments.of("what's the us special envoy's name", "what did he report from the summit?", "agreed"),
                // "did he name any" asks whether he specified them
                Arguments.of("what did rubio say about areas of agreement", "did he name any", "did not specify"),
                // why, after an answer that gave no reason: not the same statement again, but what it indicates
                Arguments.of("what word did they use to describe the security guarantees", "why tho", "major shift"),
                // why, after an answer that gave its reason ("due to reports of potential backsliding"): that answer may stand
                Arguments.of("is russia's position on the guarantees clear", "how come", "backsliding"),
                // its own words decide among the confident answers, the topic it carries only ranks the rest: what she did,
                // not his thanks again; whether Moscow can be trusted, not the pledge; what Putin agreed to, not the announcement
                // at the summit in Alaska, which only relates to agreeing ("agreement")
                Arguments.of("wat did zelensky thank the us for", "and wat did von der leyen do", "welcomed"),
                Arguments.of("is the territory pledge a big concession or nah", "ok but can we trust moscow on that", "backsliding"),
                Arguments.of("who is vladimir putin in this story", "what did he agree to", "agreed to allow"),
                // "what does that show" asks what it reflects or indicates (not a tv show)
                Arguments.of("who will give ukraine these guarantees, europe or america?", "and what does that show", "broader international commitment"),
                // how long, of what the question before said goes on: the length, not that it is ongoing again
                Arguments.of("is the fighting in ukraine still going on", "how long's it been going", "3 1/2 years"),
                // a topic of its own, whose words one statement holds but not those of the question before: as sure as they are found
                Arguments.of("what network did rubio's interview air on", "and what did he say abt consequences", "additional consequences"),
                Arguments.of("tell me about rubios abc interview", "did he say anything about ukraine being involved", "participation"),
                Arguments.of("does russia still want more of ukraine", "is that in writing or just talk", "legislation"),
                Arguments.of("who did trump sit down with in alaska", "and what did he sign off on", "security"),
                // as sure as the surest statement, not only the first by the whole question's coverage
                Arguments.of("Who told ABC that peace was still a long way off?", "did he give any specifics on the sticking points?",
                        "did not specify"),
                // "one" standing for the thing just named is no word of the follow-up's own (nor the "one" of "attack on one")
                Arguments.of("is there a ceasefire yet", "and if there isn't one?", "additional consequences"),
                // an echo asking what a word of the answer before is, which it only named at the end of a clause: what else says it
                Arguments.of("what did rubio say is the way to avoid consequences", "what consequences", "additional consequences"),
                Arguments.of("what could make the guarantees hard to implement", "backsliding on what", "on these agreements"),
                // one the answer before said more of ("the talks regarding …") may be answered by it again
                Arguments.of("will the secretary of state take part in talks", "talks about what?", "security guarantee"),
                // "bring that up" is a way of saying it: when he first mentioned it
                Arguments.of("what consequences is the us threatening", "when did trump first bring that up?", "before meeting"),
                // "originally" asks when first, like "first": no topic the answer must share
                Arguments.of("explain collective defense pls", "whose policy is that originally", "NATO"),
                // what he is "still missing" is what he needs; what "was found so far" is what has been identified
                Arguments.of("how did zelenskyy react to the us offer", "but what is he still missing", "clarity"),
                Arguments.of("does rubio think the us is close to peace", "what did he say was found so far then", "areas of agreement"),
                // "under what condition" asks the condition of the answer before, leaning on it
                Arguments.of("who said there'd be additional consequences", "under what condition tho", "ceasefire"),
                // what it is called: "referred to as", the name it goes by
                Arguments.of("what security guarantee did they propose for ukraine", "whats it called", "Article 5-like protection"),
                Arguments.of("what did the us and europe propose for ukraine", "what do they call it", "Article 5-like protection"),
                // whether the office just named is somebody's: the statement naming both
                Arguments.of("who is expected to participate in the talks on ukraine's security guarantee", "isnt that rubio?",
                        "Secretary of State Rubio"),
                // a follow-up that is only a choice asks which of the two: either word answers
                Arguments.of("what kind of assurance can the us offer ukraine now", "strong or weak one?", "robust"),
                // a first name alone is the person the sources call by surname
                Arguments.of("who is ursula", "is she going to the trump meeting too", "von der Leyen"),
                // anything positive he said: his thanks
                Arguments.of("does zelenskyy know the details of the deal", "did he say anything positive tho", "thanked"),
                // said again: repeated, reiterated
                Arguments.of("what consequences did trump warn about", "has rubio repeated that?", "Rubio mentioned"),
                // what he is still waiting on is what he needs
                Arguments.of("what did zelenskyy say about the us offer", "and what's he still waiting on?", "clarity"),
                // whether they mean it is whether they keep it
                Arguments.of("what is russia going to legislate", "do they mean it?", "backsliding"),
                // how far off it is, asked before, is how long a way it is
                Arguments.of("did rubio say how far off peace is", "what exactly did he say", "long way"),
                // what the answer before means: the statement that explains it, not that answer again
                Arguments.of("what does the ukraine guarantee mirror", "meaning what tho", "attack on one"),
                Arguments.of("what's the ukraine security guarantee modeled on", "explain that in plain english pls", "attack on one"),
                // the United States is a country, though no name pattern finds "U.S." in "The U.S. Secretary of State"
                Arguments.of("who'll take part in talks on ukraine's security guarantee", "from which country", "U.S."),
                // challenged, the answer before names its source, however few of the words before it has
                Arguments.of("what did the kremlin supposedly agree to regarding nato-style guarantees", "says who?", "Witkoff"),
                // "alone?" checks the answer just given, clipped from "is he going alone?"
                Arguments.of("who's meeting trump next", "alone?", "European leaders"),
                // "just the two of them?" checks it too, in a few words after "just"
                Arguments.of("is trump meeting zelenskyy", "just the two of them?", "European leaders"),
                // "or is it just one guy saying so": whose word it is, as "says who?" asks
                Arguments.of("did putin actually agree to security guarantees for ukraine", "is that confirmed or is it just one guy saying so",
                        "Witkoff"),
                // "like an actual law??": whether what was just said is one; "like which us official": which of them
                Arguments.of("did russia promise anything about land", "like an actual law??", "legislation"),
                Arguments.of("who else is in the talks", "like which us official", "Secretary of State"),
                // "her" is the woman the answer named (the sources call her "Ursula von der Leyen"), and her job is her own
                Arguments.of("who's joining zelensky's meeting with trump", "what's her job", "European Commission President"),
                // "and brussels?" after Kyiv's reaction, then von der Leyen's: hers again, as it is about the party asked of;
                // "and kyiv's president?" after hers: not hers, though it opens with a president
                Arguments.of("how did kyiv react to the guarantees", "and brussels?", "von der Leyen welcomed"),
                Arguments.of("how did von der leyen react to trump", "and kyiv's president?", "thanked"),
                // "name of the show?" asks the show's name, as "what's the name of the show" does
                Arguments.of("what channel did rubio go on", "name of the show?", "This Week"),
                // "where don't they agree" asks on what points they disagree, no place
                Arguments.of("are the us and russia agreeing on anything, per rubio", "and where dont they agree", "disagreement"),
                // "i saw ppl saying …" is where the claim was met: the claim is the question
                Arguments.of("why is everyone calling the alaska deal game changing", "ok but i saw ppl saying russia's already walking it back??",
                        "backsliding"),
                // "does it have a name" asks what it is called; "any chance they renege" whether they could; "like what tho" for
                // particulars, which were not specified
                Arguments.of("what did the us and europe propose for ukraine", "does it have a name", "Article 5-like"),
                Arguments.of("whats the concession russia made", "any chance they renege", "backsliding"),
                Arguments.of("does rubio think the sides agree on anything", "like what tho", "did not specify"),
                // "what happens if there isn't one" asks the consequences, which the answer before may have given already
                Arguments.of("did rubio say a ceasefire was close", "wat did he say happens if there isnt one", "additional consequences"),
                Arguments.of("wait is a ceasefire deal done", "what happens if it doesnt come", "additional consequences"),
                // "who says putin agreed to that" asks whose claim it is: the statement that says so, not the summit's people
                Arguments.of("wat was agreed at the sumit in alaska", "who says putin actualy agreed to that", "Witkoff"),
                // "who said?" alone challenges the answer just given, as "who said that" does: the unnamed reports are its source
                Arguments.of("russia backsliding??", "who said", "Reports have suggested"),
                // "whats missing for him": what he needs; "was he vague": whether he specified
                Arguments.of("did zelensky fully accept the deal", "so whats missing for him", "clarity"),
                Arguments.of("what did rubio say about where both sides agree", "ok but did he actually name any of them or was he vague",
                        "did not specify"),
                // "his own idea or trump's": "own" is no word the sources must use
                Arguments.of("what did rubio say happens if there is no ceasefire", "was that his own idea or trumps", "Trump had warned"),
                // "any other leaders" asks for somebody the answer before did not name
                Arguments.of("what did zelensky say about the details of the deal", "did any other leaders react to the guarantee offer",
                        "von der Leyen"),
                // "like always" is the asker's aside, no likeness to find
                Arguments.of("what did rubio say about areas of agreement",
                        "ok so did he actually say what those are or is he just being vague like always", "did not specify"),
                // "what about the eu side, what did they say": the question after the party named first says what is asked
                Arguments.of("did zelenskyy thank the us", "what about the eu side, what did they say", "welcomed"),
                // a long follow-up is read by its question proper, still following on the question before
                Arguments.of("what did witkoff say", "ok so im confused, does this mean russia is fine with ukraine basically having nato"
                        + " protection but just not being in nato officially?? thats kinda wild if true", "without formal NATO"),
                // a choice and nothing else leans on the question before
                Arguments.of("who is expected to give ukraine the guarantees", "small part or big part?", "significant roles"),
                // "he" is the man it named, not her ("Ursula" is a woman's given name)
                Arguments.of("who is meeting trump together with european leaders", "what did he say about the us offer", "Zelenskyy"));
    }

    @ParameterizedTest(name = "\"{0}\" then \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            what did von der leyen say about trump | what about macron
            what did von der leyen say about trump | and merz?
            what did von der leyen say about trump | what about macron, what did he say
            """)
    @DisplayName("\"what about macron?\" asks the same of somebody the sources never name, though \"macron\" is an English word too: not answered")
    void askedTheSameOfSomebodyUnknown(String first, String followUp) {
        // GIVEN von der Leyen's welcome, answered / WHEN asked the same of a leader the sources never name
        Answer answer = afterAnswering(first, followUp);

        // THEN her welcome is no answer about him
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
    }

    @ParameterizedTest(name = "\"{0}\" then \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            what did trump warn about before the summit | additional consequences like what, sanctions?
            who's steve witkoff                         | since when has he been envoy
            who's joining zelenskyy at the meeting      | which other leaders besides her
            who's joining zelensky for the trump meeting | who are the others
            russia will pass a law to not take more ukrainian land | and will they give back what they already took?
            """)
    @DisplayName("what the sources never say is not answered: which consequences (\"like what\" asks for examples), since when he has been envoy (not when an event he took part in was), which other leaders (the answer before named them all), whether they give back what they took (no backing, no providing)")
    void particularsTheSourcesNeverGive(String first, String followUp) {
        // GIVEN the answer before / WHEN asked for what the sources never give
        Answer answer = afterAnswering(first, followUp);

        // THEN no answer claims it
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
    }

    @Test
    @DisplayName("\"which base tho\" asks for a place the sources call a base: Alaska is none, and the article names none")
    void whichBase() {
        // GIVEN the summit in Alaska, answered / WHEN asked which base
        Answer answer = afterAnswering("trump n putin met in alaska right", "which base tho");

        // THEN the sources do not say, and what they do say is told as such
        assertThat(answer).isInstanceOf(Answer.Partial.class);
        assertThat(answer.text()).startsWith("My sources don't say");
    }

    @Test
    @DisplayName("\"who's reporting that\" asks whose reports they are: \"The United States …\" says nothing (\"States\" is no verb of saying), and the reports are unnamed")
    void unitedStatesSaysNothing() {
        // GIVEN the reports of backsliding, answered / WHEN asked who is reporting it
        Answer answer = afterAnswering("is the kremlin backing out of what it agreed", "who's reporting that");

        // THEN no statement names who: a partial answer with the unnamed reports, not the allies "working on providing" guarantees
        assertThat(answer).isInstanceOf(Answer.Partial.class);
        assertThat(answer.text()).startsWith("My sources don't say who.").contains("Reports have suggested");
    }

    @Test
    @DisplayName("\"is that considered a big deal\" asks whether it is one: \"considered\" is a hedge, no word to find (\"reflecting\" is related to it)")
    void consideredIsAHedge() {
        // GIVEN Russia's legislation, answered / WHEN asked whether it is considered a big deal
        Answer answer = afterAnswering("what did russia agree to legislate", "is that considered a big deal");

        // THEN the statement that calls it a significant concession leads, not Europe's "significant roles … reflecting"
        assertThat(answer).isInstanceOf(Answer.Answered.class);
        assertThat(answer.text()).startsWith("Russia").contains("significant concession").doesNotContain("significant roles");
    }

    @ParameterizedTest(name = "\"{0}\" then \"{1}\" → {2}")
    @MethodSource("followUpsAskingSomethingNew")
    @DisplayName("a follow-up is answered with what it asks: not the answer before again, nor a person the question before named")
    void followUpWithItsOwnWord(String first, String followUp, String expected) {
        // GIVEN a question answered, in one conversation
        // WHEN the follow-up is asked
        Answer answer = afterAnswering(first, followUp);

        // THEN it is answered with what it asks
        assertThat(answer).isInstanceOf(Answer.Answered.class);
        assertThat(answer.text()).containsIgnoringCase(expected);
    }

    @Test
    @DisplayName("asked whether someone holds a title the knowledge never gives, the bot answers with the title it gives them")
    void titleTheKnowledgeNeverGives() {
        // GIVEN the knowledge calls Witkoff the U.S. Special Envoy, and nobody an ambassador
        // WHEN asked whether he is an ambassador
        Answer answer = engine.answer(Question.of("is witkof an ambassador"));

        // THEN his title as the sources give it
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Special Envoy"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            how did zelensky react to all this      | thanked | clarity
            How were the security guarantees described? | game-changing | major shift
            what did zelensky say about the whole thing | clarity | thanked
            what's the eu's role in the guarantees      | significant roles | broader international commitment
            """)
    @DisplayName("a fact that says part of a sentence covering the question as well is followed by the fact that says the rest of it, "
            + "also when the lead quotes the whole sentence, and after someone's words, when the rest is their words too")
    void restOfTheSentence(String question, String lead, String rest) {
        assertThat(engine.answer(Question.of(question))).isInstanceOfSatisfying(Answer.Answered.class,
                a -> assertThat(a.text()).contains(lead).contains(rest).doesNotContain(", but"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"how does rubio define peace", "what did rubio mean by peace"})
    @DisplayName("asked what a word means, a statement that defines it leads (\"peace, the end of hostilities, …\")")
    void definitionLeads(String question) {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of(question));

        // THEN
        assertThat(answer).isInstanceOf(Answer.Answered.class);
        assertThat(answer.text()).startsWith("Rubio stated that peace, the end of hostilities,");
    }

    @Test
    @DisplayName("a question about the next of something, when only the last is known, is partial: the sources don't say what comes next")
    void nextNotKnown() {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of("what was the next summit between trump and putin"));

        // THEN it says what it misses in words, not "which null"
        assertThat(answer).isInstanceOf(Answer.Partial.class);
        assertThat(answer.text()).startsWith("My sources don't say what comes next. What they do say: ");
    }

    @Test
    @DisplayName("a question for whoever does something is answered by a statement telling of that doing, or not at all")
    void doerTellsOfTheDoing() {
        // GIVEN / WHEN "provide" has statements that tell of providing; "translate" has none
        Answer provider = engine.answer(Question.of("who will provide the article 5 style protection"));
        Answer translator = engine.answer(Question.of("who translated for putin during the meeting"));

        // THEN the provider is who provides, not NATO of a statement that only mentions the protection
        assertThat(provider).isInstanceOf(Answer.Answered.class);
        assertThat(provider.text()).contains("providing");
        assertThat(translator).isNotInstanceOf(Answer.Answered.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"whats rubio's job", "is rubio a senator or secretary of state?"})
    @DisplayName("asked for a role the sources give under two titles, the answer gives both")
    void bothTitles(String question) {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of(question));

        // THEN
        assertThat(answer).isInstanceOf(Answer.Answered.class);
        assertThat(answer.text()).contains("Senator").contains("Secretary of State");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            is zelenskyy the ukrainian president or the pm             | President
            is zelenskyy the ukrainian president or prime minister     | President
            was the guarantee announced at the summit or later         | during
            is this guarantee locked in or still just a proposal       | proposed
            is the guarantee a standalone thing or part of smth bigger | eventual deal
            is the security assurance strong or weak                  | robust
            """)
    @DisplayName("a yes/no question offering a choice (\"A or B\") is answered when the sources say one of them, though they never say the other")
    void choiceOfTwo(String question, String expected) {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of(question));

        // THEN
        assertThat(answer).isInstanceOf(Answer.Answered.class);
        assertThat(answer.text()).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "is the zelensky trump meeting at the white house or somewhere else",
        "did putin meet the alaska governor or any local officials",
        "did the lunch with both delegations actually happen or did they skip it",
    })
    @DisplayName("\"or somewhere else\" offers no choice, nor does a word that is only part of a phrase after \"or\", nor a question of its own after \"or\"")
    void noChoiceOffered(String question) {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of(question));

        // THEN
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
    }

    @Test
    @DisplayName("a question that misspells the English words it turns on is answered as if spelled right")
    void misspelledEnglishWords() {
        // GIVEN / WHEN
        Answer problems = engine.answer(Question.of("any problms with the deal? like could it fall apart"));
        Answer programme = engine.answer(Question.of("what abc progam did the senater go on"));

        // THEN
        assertThat(problems).isInstanceOf(Answer.Answered.class);
        assertThat(problems.text()).contains("backsliding");
        assertThat(problems.question()).as("the reply names the question as typed").isEqualTo("any problms with the deal? like could it fall apart");
        assertThat(programme).isInstanceOf(Answer.Answered.class);
        assertThat(programme.text()).contains("This Week");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            who's witkof                                   | Special Envoy
            whats witkofs job                              | Special Envoy
            whats rubios job titel                         | Senator
            what does zelensky do                          | President
            is the war still going on                      | ongoing
            is the war stil going on                       | ongoing
            ok so what did rubio actually say on tv        | Rubio
            Who put forward the safety pledge for Ukraine? | proposed
            which us state hosted the trump putin meetup   | Alaska
            which us official is joining the talks on ukraine's security guarantee | Secretary of State
            whats it gonna take to get a peace deal        | a lot of work
            so putin actually ok'd security guarantees for ukraine?? | agreed
            so the kremlin okay'd western guarantees for kyiv?       | agreed
            in which us state did the two presidents sit down        | Alaska
            whats this guarantee deal ultimately supposed to lead to | eventual deal
            did the kremlin change its tune on ukrainian security    | shift
            Which leaders reacted to the outcome of the summit?      | von der Leyen
            is zelenskyy fully on board or does he have questions    | clarity
            what did the EU commission lady say                      | welcomed
            who's the head of the european commission                | von der Leyen
            so does ukraine actually get into nato then              | without formal NATO membership
            peace agreement soon or it take long time                | long way
            explain why ppl call it game changing                    | major shift
            is the deal with russia in trouble                       | backsliding
            whats the worry about moscow in all this                 | backsliding
            is a peace deal right around the corner??                | not imminent
            who's in charge of the european commission               | von der Leyen
            does ukraine get a seat at the table for any truce talks | participation
            under the deal can russia still go after more ukrainian land | not to pursue
            how did the eu commission boss take trump's offer        | welcomed
            is zelensky going solo to see trump                      | European leaders
            remind me how long this war's been dragging on           | 3 1/2 years
            what came outta the summit                               | announced during the summit
            who's the eu person in all this                          | von der Leyen
            Does Mr Rubio think the war will be over soon?           | not imminent
            Who is this Steve Whitkoff fellow?                       | Special Envoy
            How long has this dreadful war in Ukraine been going on now? | 3 1/2 years
            Is Mr Zelenskyy going to see Trump on his own, or is he bringing company? | European leaders
            which body does von der leyen lead                       | European Commission
            what did the lady who runs the european commission say   | welcomed
            how does article 5 work                                  | attack on one
            ok so what did putin actually agree to in alaska         | Putin has agreed
            """)
    @DisplayName("chat's wording is answered as meant: a misspelled name in a role question, a war still going on, what was said "
            + "on tv, a safety pledge, a meetup, joining the talks, what it will take, ok'd and okay'd, sitting down, ultimately, "
            + "a change of tune, the outcome of the summit, being on board and having questions, the commission lady, the head of it, getting into nato, a long time, calling it so, a deal in trouble, a worry about Moscow, right around the corner, in charge of it, a seat at the table, still going after more, the commission boss, going solo, dragging on, what came out of it, the eu person, a courtesy title, a fellow, a dreadful war, bringing company, the body she leads, the lady who runs it, how it works, what he agreed to (not the agreement announced)")
    void chatWording(String question, String expected) {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of(question));

        // THEN answered, not a partial answer or a refusal
        assertThat(answer).isInstanceOf(Answer.Answered.class);
        assertThat(answer.text()).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"whats the headline say", "what does the headline call witkoff", "whats the headline saying putin did"})
    @DisplayName("asked what the headline says, the headline is the answer, cited as the article's words")
    void headline(String question) {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of(question));

        // THEN
        String title = real.sources().get(0).title();
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
            assertThat(a.text()).isEqualTo("The headline reads: " + title + " [1]");
            assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo(title));
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"what are the tags on this article", "whats the article tagged as"})
    @DisplayName("asked how the article is tagged, its tags are the answer, said with its headline, which the citation quotes")
    void tags(String question) {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of(question));

        // THEN
        var source = real.sources().get(0);
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
            assertThat(a.text()).isEqualTo("Tagged war-and-conflicts, policy-and-legislation and general-news: " + source.title() + " [1]");
            assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo(source.title()));
        });
    }

    @Test
    @DisplayName("the flagship question is answered from the fact, citing the article")
    void flagshipQuestion() {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of("Where was the summit held?"));

        // THEN the location fact answers it in its own sentence, with one citation of the article's words
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
            assertThat(a.factIds()).containsExactly("summit-location");
            assertThat(a.text()).isEqualTo(real.factsById().get("summit-location").sentence() + " [1]").contains("Alaska");
            assertThat(a.citations()).singleElement().satisfies(c -> {
                assertThat(c.n()).isEqualTo(1);
                assertThat(c.sourceId()).isEqualTo("summit-article");
                assertThat(c.title()).isEqualTo(real.sources().get(0).title());
                assertThat(c.url()).isEmpty();
                assertThat(c.quote()).isEqualTo(real.factsById().get("summit-location").quote());
            });
            assertThat(a.confidence()).isGreaterThanOrEqualTo(Calibration.ANSWER_AT);
        });
    }

    @Test
    @DisplayName("a fact is preferred to a passage that covers the question just as well")
    void factPreferredToEqualPassage() {
        // GIVEN the mini fixture, where both a fact and the sentence it quotes mention cutting the ribbon
        // WHEN the question is asked
        Answer answer = miniEngine.answer(Question.of("Who cut the ribbon?"));

        // THEN the fact's sentence answers, citing the quote it was written from, with the source's URL
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
            Fact fact = mini.factsById().get("ribbon-cut-by-mayor");
            assertThat(a.factIds()).containsExactly(fact.id());
            assertThat(a.text()).isEqualTo(fact.sentence() + " [1]");
            assertThat(a.citations()).singleElement().satisfies(c -> {
                assertThat(c.quote()).isEqualTo(fact.quote());
                assertThat(c.title()).isEqualTo("Lighthouse reopens on Gull Island");
                assertThat(c.url()).contains("https://example.org/harbor/lighthouse");
            });
        });
    }

    @Test
    @DisplayName("without a matching fact, the best passage answers in its own words")
    void passageWhenNoFact() {
        // GIVEN a question only a passage of the mini fixture answers
        // WHEN it is asked
        Answer answer = miniEngine.answer(Question.of("How much did the repairs cost?"));

        // THEN the sentence itself is the answer and the quote
        String sentence = "The repairs cost 2.4 million dollars and were paid for by the county.";
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
            assertThat(a.factIds()).isEmpty();
            assertThat(a.text()).isEqualTo(sentence + " [1]");
            assertThat(a.citations()).extracting(Citation::quote).containsExactly(sentence);
        });
    }

    @Test
    @DisplayName("--explain shows the question as it is answered: respelled, so a misspelled word's synonyms are read with it")
    void explanationReadsTheRespelledQuestion() {
        // GIVEN "emisary", one slip from the knowledge's "emissary", whose synonyms include "envoy"
        // WHEN the reading is explained
        Explanation explanation = engine.explain(Question.of("whos the american emisary"));

        // THEN the concept read is the word respelled, with its synonyms, as the answer reads it
        assertThat(explanation.concepts()).anySatisfy(c -> assertThat(c.terms()).contains("emissari", "envoi"));
    }

    @Test
    @DisplayName("a synonym from synonyms.txt finds the answer")
    void synonymFindsTheAnswer() {
        // GIVEN "boat" is a synonym of "ferry" in the mini fixture
        // WHEN / THEN the question about the boat is answered by the ferry fact
        assertThat(miniEngine.answer(Question.of("Who runs the boat?"))).isInstanceOfSatisfying(Answer.Answered.class,
                a -> assertThat(a.factIds()).containsExactly("ferry-captain"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("the shipped synonyms answer chat's ways of asking: a threat is what was warned of, what would happen is the consequences, backing is support, echoing is resembling, becoming a member is joining, saying yes is agreeing, easy is a matter of work, a problem is what complicates it, sitting down with is meeting, hyping is describing, modeled after is resembling, trusting them to keep that promise is asking about backsliding, chipping in is contributing, what they agree on is the areas of agreement, strong is robust, what could go wrong is what could complicate it, giving something up or in exchange is a concession, an offer is a willingness to contribute or to support, made public is announced, up in the air is uncertain, what a thing suggests is what it indicates, a change of mind is a shift, a piece of it is part of it, the bigger picture is an eventual deal, saying ok is agreeing, the top diplomat is the Secretary of State, an overlap is common ground, being fine with it is agreeing, a sitdown is a meeting, tying into it is being part of it, beef is disagreement, the alliance is NATO, one's take on something is a reaction or a statement, shaky is uncertain, whose idea it was is who proposed it, spelling out is specifying, signs of something are what reports suggest, hitting a country is attacking it, similar is resembling, pushing back is asked of agreeing, being convinced is being certain, being involved in something is taking part or having a role in it, while what talks involve is what they take in, small or minor asks how significant, taking the news is reacting, the State Department is the Secretary of State's, being cut out is not taking part, reckoning is stating, in writing is in law")
    @CsvSource(delimiter = '|', textBlock = """
            did trump threaten anything before the alaska summit  | additional consequences
            what did rubio say would happen without a ceasefire   | additional consequences
            who's gonna back the guarantees                       | Europe
            Which NATO principle does the proposed guarantee echo? | collective defense
            will ukraine become a nato member under this          | without
            did moscow say yes to security guarantees for kyiv    | agreed
            will peace be easy?                                   | a lot of work
            whats the problem w/ russia's commitments             | backsliding
            who did trump sit down with up in alaska              | Putin
            what word did they use to hype up the guarantees      | game-changing
            which alliance is the guarantee modeled after         | NATO
            can we trust russia to keep that promise              | backsliding
            is trump willing to chip in on the guarantees         | contribute
            what points do they agree on exactly                  | areas of agreement
            how strong is the security assurance                  | robust
            what could go wrong with these security guarantees    | backsliding
            whats the main thing russia gave up in this           | concession
            did russia give something in exchange, any concessions? | concession
            what did von der lyen think about trumps offer        | welcomed
            how did zelensky react to the guarantee offer         | thanked
            at what event was the article 5 style protection made public | during the summit
            why is russia's position kinda up in the air          | backsliding
            what does the game-changing thing suggest abt russia  | major shift
            did the russians change their mind on ukraine security | shift
            what bigger deal is the security guarantee a piece of | eventual deal
            is the guarantee part of the bigger picture           | eventual deal
            did putin say ok to ukraine becoming nato member      | agreed
            is the top us diplomat gonna be in the room for the ukraine guarantee talks | participate
            any overlap between the sides according to rubio?     | areas of agreement
            so putin is fine with the west backing ukraine now??  | agreed
            yo where'd the trump putin sitdown go down            | Alaska
            and this guarantee ties into ending the war?          | eventual deal
            is there still beef between rubio's side and russia   | disagreement
            will ukraine have to become a member of the alliance  | without formal NATO membership
            what's rubio's take on ukraine being included in the talks | Ukraine's participation
            why does russia's stance on the guarantees look shaky  | backsliding
            was the security guarantee for ukraine putins idea     | proposed
            did rubio spell out where they agree or disagree       | did not specify
            Are there any signs that Russia might not stick to the agreements? | backsliding
            so if someone hits a member everybody jumps in?        | attack on all
            is the ukraine guarantee similar to nato               | resembles
            did moscow push back on the guarantees                 | agreed
            is everyone convinced russia means it                  | uncertain
            what will the talks involve going forward              | policy decisions
            Is Europe involved in the security guarantees?         | significant roles
            is russia's land pledge a big concession or small one? | significant concession
            how did zelensky take the news                         | thanked
            is anyone from the state dept going to be in the ukraine negotiations | Secretary of State
            is ukraine being cut out of the peace talks            | participation
            who reckons peace will take a lot of work              | Rubio
            did russia put it in writing                           | legislation
            did rubio spill which points they disagree on          | did not specify
            is russia pulling back on the guarantees               | backsliding
            is russia's pledge legit                               | backsliding
            what article of the nato treaty is it based on         | NATO
            whats still unresolved                                 | disagreement
            could russia backsliding mess things up                | complicat
            are euro leaders going with zelensky                   | European leaders
            is the us foreign minister part of the ukraine talks   | Secretary of State
            what is the us hoping to avoid according to rubio      | the goal to avoid consequences
            has russia stuck to its promises from the summit      | backsliding
            did rubio give any details on where they agree        | did not specify
            what is left to sort out according to rubio           | still remain
            how much work does a peace agreement still need       | a lot of work
            did rubio give any examples of where they agree       | did not specify
            is the guarantee part of a bigger thing               | eventual deal
            so putin just went along?                             | agreed
            how big a deal are the security guarantees            | game-changing
            is vdl going too                                      | von der Leyen
            is that uncertainty because of the backsliding        | due to reports
            how much work is left to get to a peace deal          | a lot of work
            could the backsliding affect the guarantees           | complicat
            is there a plan to end the war in ukraine             | eventual deal
            is russia's territory pledge binding                  | legislati
            did zelensky say anything positive about the us       | thanked
            who is ursula von der leyen                           | European Commission President
            are the guarantees part of some bigger international thing | broader international commitment
            """)
    void shippedSynonymsAnswer(String question, String expected) {
        assertThat(engine.answer(Question.of(question))).isInstanceOfSatisfying(Answer.Answered.class,
                a -> assertThat(a.text()).contains(expected));
    }

    @Test
    @DisplayName("\"who reported that\" asks the reports to be named: unnamed reports give no name, and the answer says so")
    void reporterOfUnnamedReports() {
        // GIVEN a question answered by "Reports have suggested that Russia may be backsliding …", in one conversation
        // WHEN asked who reported it
        Answer answer = afterAnswering("are there reports of russia backsliding", "who reported that");

        // THEN the sources name nobody: a partial answer, not the unnamed reports as if they were a name
        assertThat(answer).isInstanceOf(Answer.Partial.class);
        assertThat(answer.text()).startsWith("My sources don't say who.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            who interviewed rubio on this week                    | false
            who did zelenskyy thank                               | true
            who is marco rubio                                    | true
            """)
    @DisplayName("who did something is nobody the question named, by title or by the outlet it was said on; a country may be whom it was done to")
    void whoDidItNamesSomebodyNew(String question, boolean answered) {
        // GIVEN the article: "Senator Marco Rubio, in an interview on ABC's \"This Week,\"" names no interviewer
        // WHEN asked who did something, or who somebody is
        Answer answer = engine.answer(Question.of(question));
        // THEN "Senator" is the title of the Rubio asked about, and ABC's programme is where he spoke: no interviewer is named;
        // "the United States" is whom Zelenskyy thanked, and "Senator" tells who Rubio is
        assertThat(answer instanceof Answer.Answered).isEqualTo(answered);
    }

    @ParameterizedTest(name = "\"{0}\" then \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            who said putin agreed to the guarantees               | did putin himself say anything about it
            does the deal resemble nato article 5                 | did nato comment on it
            """)
    @DisplayName("whether somebody said anything is answered by his words only: what another said of him is no yes")
    void saidAnythingOnlyByHisWords(String first, String followUp) {
        // GIVEN a question answered, in one conversation ("According to U.S. Special Envoy Steve Witkoff, Putin has agreed …")
        // WHEN asked whether somebody else said anything
        Answer answer = afterAnswering(first, followUp);

        // THEN no statement gives his words: not answered as if he had, and a partial answer says the sources don't say so
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
        if (answer instanceof Answer.Partial) {
            assertThat(answer.text()).startsWith("My sources don't say so. What they do say: ");
        }
    }

    @ParameterizedTest(name = "\"{0}\" then \"{1}\" → answered: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            what did rubio say would happen if theres no ceasefire | like what consequences?  | false
            what did rubio say would happen if theres no ceasefire | what consequences?       | false
            what did rubio say would happen if theres no ceasefire | consequences for what?   | true
            what did rubio say is the way to avoid consequences    | what consequences        | true
            """)
    @DisplayName("\"like what consequences?\" after an answer that only quoted \"additional consequences\": no statement quoting them again tells what they are; asked what they are for, or after an answer that only named them, it does")
    void whatTheQuotedThingIs(String first, String followUp, boolean answered) {
        // GIVEN "Rubio mentioned that there would be \"additional consequences\" if a ceasefire was not reached", or the goal to avoid them
        // WHEN asked what the consequences are
        Answer answer = afterAnswering(first, followUp);

        // THEN Trump's warning, quoting the same words, is no answer; the condition after the quotation answers what they are for
        assertThat(answer instanceof Answer.Answered).isEqualTo(answered);
    }

    @Test
    @DisplayName("\"who does he work for\" after the envoy's claim asks who he is: his title, not the \"lot of work\" a peace deal needs")
    void whomHeWorksForIsWhoHeIs() {
        // GIVEN "who said putin agreed to the guarantees", answered by Witkoff's claim
        // WHEN asked whom "he" works for
        Answer answer = afterAnswering("who said putin agreed to the guarantees", "who does he work for?");

        // THEN his title answers
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Special Envoy"));
    }

    @ParameterizedTest(name = "\"{0}\" then \"{1}\" → answered: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            who will zelenskyy meet with    | where's that meeting happening | false
            who did trump meet in alaska    | where's that meeting happening | true
            is zelensky meeting trump       | where at                       | false
            when did trump meet putin       | where?                         | true
            """)
    @DisplayName("\"that meeting\", or \"where at\" alone, asks about the meeting the question before asked about: a statement about another meeting, without the name it carried, is no answer")
    void thatThingIsTheOneAskedBefore(String first, String followUp, boolean answered) {
        // GIVEN a question answered, in one conversation: Zelenskyy's meeting with Trump, or the Trump–Putin summit
        // WHEN asked where "that meeting" is
        Answer answer = afterAnswering(first, followUp);

        // THEN the summit held in Alaska answers only for the summit: the sources don't say where Zelenskyy meets Trump
        assertThat(answer instanceof Answer.Answered).isEqualTo(answered);
        if (answered) {
            assertThat(answer.text()).contains("Alaska");
        }
    }

    @Test
    @DisplayName("a question for a condition is answered by a statement that states one, in any words")
    void conditionAnsweredByAConditionalStatement() {
        // GIVEN the article: "a deal on a truce would not be reached without Ukraine's participation"
        // WHEN asked for the condition, a word the article does not use
        Answer answer = engine.answer(Question.of("what condition did rubio put on a truce deal"));
        // THEN that statement answers, not a partial answer saying the sources name no condition
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class,
                a -> assertThat(a.text()).contains("without Ukraine's participation"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("the shipped synonyms also find what the notes on public reports say")
    @CsvSource(delimiter = '|', textBlock = """
            did trump drop the ceasefire demand after alaska       | gave up
            who was on the russian team in alaska                  | delegation
            what did trump start setting up in his call with putin | began arranging
            how long were the talks at jber                        | Elmendorf-Richardson
            when was trump flying out of anchorage                 | 5:45
            how long was the 3 on 3 meeting                        | three-on-three
            """)
    void shippedSynonymsAnswerFromNotes(String question, String expected) throws IOException {
        // GIVEN the whole knowledge folder, notes included
        try (Answering whole = Fixtures.answering(Fixtures.load(Fixtures.realKnowledge()))) {
            // WHEN asked / THEN the notes' wording answers
            assertThat(whole.engine().answer(Question.of(question))).isInstanceOfSatisfying(Answer.Answered.class,
                    a -> assertThat(a.text()).contains(expected));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a when-question is answered by the statement dated by the happening it asks of, not by one dated by another")
    @CsvSource(delimiter = '|', textBlock = """
            when did trump first announce the alaska meeting       | August 8
            when did trump announce the alaska mtg                 | August 8
            """)
    void whenQuestionDatedByItsHappening(String question, String expected) throws IOException {
        // GIVEN the whole knowledge folder, where the summit day dates many statements ("On 2025-08-15, … Putin's first visit")
        try (Answering whole = Fixtures.answering(Fixtures.load(Fixtures.realKnowledge()))) {
            // WHEN asked when Trump announced it / THEN the announcement's date answers
            assertThat(whole.engine().answer(Question.of(question))).isInstanceOfSatisfying(Answer.Answered.class,
                    a -> assertThat(a.text()).contains(expected));
        }
    }

    @Test
    @DisplayName("a long sentence is shortened to fit 350 characters, and its citation keeps the whole quote")
    void longPassageIsShortened() {
        // GIVEN a passage of about 500 characters that answers the question
        // WHEN it is asked
        Answer answer = miniEngine.answer(Question.of("What happens to the ferry in winter?"));

        // THEN the answer fits, ends with an ellipsis and the marker, and begins like the quote
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
            assertThat(a.text().length()).isLessThanOrEqualTo(AnswerEngine.MAX_ANSWER_CHARS);
            assertThat(a.text()).endsWith("… [1]");
            Citation c = a.citations().get(0);
            assertThat(c.quote().length()).isGreaterThan(AnswerEngine.MAX_ANSWER_CHARS);
            assertThat(c.quote()).startsWith(a.text().substring(0, a.text().length() - "… [1]".length()));
            assertThat(c.url()).isEmpty();
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("every answer is short, its [n] markers match its citations, and every quote is verbatim")
    @MethodSource("evaluationQuestions")
    void answersKeepTheCitationContract(String question) {
        // GIVEN any question of the evaluation set
        // WHEN it is answered
        Answer answer = engine.answer(Question.of(question));

        // THEN an answer obeys the contract, and a refusal offers at most three suggestions
        if (answer instanceof Answer.Answered a) {
            AnswerContract.assertCited(real, a);
        } else if (answer instanceof Answer.NoAnswer n) {
            assertThat(n.suggestions()).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
            assertThat(n.confidence()).isLessThan(Calibration.ANSWER_AT);
            assertThat(n.reason()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("people, places and topics absent from the knowledge get a refusal with up to three suggestions")
    @ValueSource(strings = {
        "Who is Emmanuel Macron?",
        "What did Emmanuel Macron say about the summit?",
        "What did Olaf Scholz say about the summit?",
        "What did Boris Johnson say about the security guarantees?",
        "Did Merkel meet Putin in Alaska?",
        "Was the summit in Helsinki?",
        "Did Witkoff visit Kyiv?",
        "Will Macron join the meeting with Trump?",
        "Did China agree to security guarantees for Ukraine?",
        "What did Narendra Modi say about Ukraine?",
        "What is the weather in Anchorage?",
        "Who won the 2022 World Cup?",
    })
    void abstainsOnAbsentTopics(String question) {
        // GIVEN a question about someone or something the article never mentions
        // WHEN it is asked
        Answer answer = engine.answer(Question.of(question));

        // THEN the engine declines rather than answering about something else, and suggests real questions
        assertThat(answer).isInstanceOfSatisfying(Answer.NoAnswer.class, n -> {
            assertThat(n.reason()).isEqualTo("My sources do not cover that.");
            assertThat(n.confidence()).isLessThan(Calibration.ANSWER_AT);
            assertThat(n.suggestions()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            // each suggestion is a question, and the bot answers it when asked back
            assertThat(n.suggestions()).allSatisfy(s -> {
                assertThat(s).endsWith("?").doesNotContain("…");
                assertThat(engine.answer(Question.of(s))).as(s).isInstanceOf(Answer.Answered.class);
            });
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("an unknown name one letter away from a common word is not read as that word")
    @ValueSource(strings = {"What happened in Paris?", "What happened in Rome?", "What did Pence say?"})
    void unknownNameIsNotCorrectedIntoAnotherWord(String question) {
        // GIVEN a question about a place or person absent from the article, spelled like a word it contains
        // WHEN it is asked
        Answer answer = engine.answer(Question.of(question));

        // THEN it is declined
        assertThat(answer).isInstanceOf(Answer.NoAnswer.class);
    }

    @Test
    @DisplayName("an empty question is declined without searching, with suggestions")
    void emptyQuestion() {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of(""));

        // THEN
        assertThat(answer).isInstanceOfSatisfying(Answer.NoAnswer.class, n -> {
            assertThat(n.reason()).isEqualTo("There is no question to answer.");
            assertThat(n.confidence()).isZero();
            assertThat(n.suggestions()).hasSize(3);
        });
    }

    @Test
    @DisplayName("a mention in front of a question is dropped and the question answered")
    void mentionBeforeQuestion() {
        // GIVEN / WHEN
        Answer answer = engine.answer(Question.of("@everyone <@&123456789012345678> where was the summit held?"));

        // THEN
        assertThat(answer.question()).isEqualTo("where was the summit held?");
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Alaska"));
    }

    static Stream<Arguments> hostileInputs() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("spaces", "   "),
                Arguments.of("white space", " \t\r\n \u00A0\u2003 "),
                Arguments.of("control characters", "\u0000\u0001\u0002\u0007\b\u001b[31m\u007f"),
                Arguments.of("@everyone", "@everyone"),
                Arguments.of("@here", "@here"),
                Arguments.of("mass mentions", "@everyone @here"),
                Arguments.of("role mention", "<@&123456789012345678>"),
                Arguments.of("user mention", "<@123456789012345678>"),
                Arguments.of("nickname mention", "<@!123456789012345678>"),
                Arguments.of("mention + question", "<@123> @here who is the special envoy? @everyone"),
                Arguments.of("hidden mention", "@\u200Beveryone where was the summit held"),
                Arguments.of("Lucene operators", "AND OR NOT ((( \"*:*\" ~2^3"),
                Arguments.of("field syntax", "title:foo"),
                Arguments.of("escaped quote", "\\\""),
                Arguments.of("SQL", "DROP TABLE sources;--"),
                Arguments.of("lone surrogate", "where \uD800 was the summit \uDC00 held"),
                Arguments.of("emoji", "🤖🔥 where was the summit held 🏔️"),
                Arguments.of("right-to-left override", "\u202Ewhere was the summit held"),
                Arguments.of("10,000 letters", "a".repeat(10_000)),
                Arguments.of("10,000 chars of words", "where was the summit held ".repeat(400)),
                Arguments.of("10,000 chars of mentions", "@everyone ".repeat(1_000)),
                Arguments.of("10,000 chars of operators", "((( *:* ~2^3 AND ".repeat(600)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("hostile input is answered calmly: no exception, and nothing that pings a channel")
    @MethodSource("hostileInputs")
    void hostileInput(String name, String input) {
        // GIVEN text a hostile or careless user might send
        // WHEN it is answered
        Answer[] holder = new Answer[1];
        assertThatCode(() -> holder[0] = engine.answer(Question.of(input))).doesNotThrowAnyException();
        Answer answer = holder[0];

        // THEN no part of the reply is a live mention, and the question is clean and bounded
        assertThat(answer.question()).doesNotContainPattern(LIVE_MENTION).doesNotContainPattern("\\p{Cc}");
        assertThat(answer.question().length()).isLessThanOrEqualTo(QuestionText.MAX_CHARS);
        assertThat(answer.confidence()).isBetween(0.0, 1.0 + ROUNDING);
        if (answer instanceof Answer.Answered a) {
            assertThat(a.text()).doesNotContainPattern(LIVE_MENTION);
            assertThat(a.citations()).allSatisfy(c -> assertThat(c.quote()).doesNotContainPattern(LIVE_MENTION));
            AnswerContract.assertCited(real, a);
        } else if (answer instanceof Answer.NoAnswer n) {
            assertThat(n.reason()).doesNotContainPattern(LIVE_MENTION);
            assertThat(n.suggestions()).hasSizeLessThanOrEqualTo(3)
                    .allSatisfy(s -> assertThat(s).doesNotContainPattern(LIVE_MENTION));
        }
    }

    @Test
    @DisplayName("two engines built separately from the same folder give the same answers")
    void deterministic() throws IOException {
        // GIVEN a second engine, over a second load and index of the real knowledge
        try (RealKnowledge again = RealKnowledge.loadAndIndex()) {
            AnswerEngine second = again.answering().engine();

            // WHEN every evaluation question is asked of both
            List<String> differences = evaluationQuestions()
                    .filter(q -> !second.answer(Question.of(q)).equals(engine.answer(Question.of(q))))
                    .toList();

            // THEN text, citations, facts and confidence agree, question by question
            assertThat(differences).isEmpty();
        }
    }

    @Test
    @DisplayName("an answer never says the same statement twice, even when two sources say it")
    void noRepeatedStatement() throws IOException {
        // GIVEN two sources that contain the same sentence
        Knowledge knowledge = Fixtures.load(Fixtures.fixture("ties"));
        try (Answering answering = Fixtures.answering(knowledge)) {
            AnswerEngine ties = answering.engine();

            // WHEN the sentence is asked for
            Answer answer = ties.answer(Question.of("red kite nests"));

            // THEN it is said once
            assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
                String withoutMarkers = MARKER.matcher(a.text()).replaceAll("").strip();
                assertThat(withoutMarkers.split("(?<=\\.)\\s+")).doesNotHaveDuplicates();
            });
        }
    }
}
