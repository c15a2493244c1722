package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Conversation reads a follow-up with the question before it")
final class ConversationTest {

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        private Instant now = Instant.parse("2026-11-27T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();
    private final Conversation conversation = new Conversation(clock);

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"what did he ask for then?", "and after that?", "why?", "when was that",
            "did they agree?", "anyone else coming along?", "who else", "what happened next then", "first name?",
            "for which country", "name one", "modeled on what", "in exchange for what", "welcomed what exactly", "including who",
            "which commitments specifically", "on which tv show", "what news network", "if what didn't happen", "unless what",
            "which one is the ukrainian", "anyone from the eu?", "anybody from nato", "did rubio say so too?", "anything about a truce?",
            "anything else on territory", "small part or big part?", "a law or just a promise", "whats needed then",
            "which details do you mean", "what clarity were you speaking about", "what kind of reports?", "the details you mentioned?",
            "what was the program called?"})
    @DisplayName("a question that points back or stands on nothing carries the one before")
    void followUps(String followUp) {
        // GIVEN a question
        conversation.follow(Question.of("What did Zelenskyy thank the US for?"));

        // WHEN a follow-up comes
        Question read = conversation.follow(Question.of(followUp));

        // THEN it is read with the question before as its context, its own text unchanged
        assertThat(read.text()).isEqualTo(QuestionText.clean(followUp));
        assertThat(read.context()).isEqualTo("What did Zelenskyy thank the US for?");
    }

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @DisplayName("a follow-up's pointer is read as what the answer named: after a who-question, or one that names nobody, \"he\" is whom it named first (a full name or one after a title before a surname alone; no people); after an answer that names an office and nobody in it, \"who's that?\" asks who holds it; after \"what's it called?\", \"what does that mean?\" asks about the name it gave; after the headline was read, what it says is the topic; other follow-ups carry the question before")
    @CsvSource(delimiter = '|', textBlock = """
            who is the us special envoy              | U.S. Special Envoy Steve Witkoff said Putin agreed. [1] Secretary of State Rubio noted it. [2] | what did he say?      | who is the us special envoy — "he" is Steve Witkoff
            how did ukraine's pres react to all this | Ukrainian President Volodymyr Zelenskyy has thanked the United States. [1]                     | whats his name again  | how did ukraine's president react to this — "his" is Volodymyr Zelenskyy
            who said there's still big disagreements | Rubio also mentioned that significant areas of disagreement still remain. [1]                  | where did he say that | who said there's still big disagreements — "he" is Rubio
            who met trump                            | Putin has met Trump. [1] Secretary of State Rubio was there. [2]                               | what did he say       | who met trump — "he" is Putin
            who is going with zelensky               | European leaders will join Zelenskyy. [1]                                                      | are they going        | who is going with zelensky
            which official is expected in the talks  | The U.S. Secretary of State is expected to participate in the talks. [1]                       | whos that?            | — "that" is the U.S. Secretary of State
            which official is expected in the talks  | The U.S. Secretary of State is expected to participate in the talks. [1]                       | whats his name        | — "his" is the U.S. Secretary of State
            which official is expected in the talks  | The U.S. Secretary of State is expected to participate in the talks. [1]                       | why?                  | which official is expected in the talks
            which official is expected in the talks  | Secretary of State Rubio is expected to participate in the talks. [1]                          | whos that?            | which official is expected in the talks
            what's the deal called                   | Von der Leyen welcomed Article 5-like security guarantees. [1]                                 | what does that mean?  | — "that" is "Article 5-like"
            what's the deal called                   | Von der Leyen welcomed Article 5-like security guarantees. [1]                                 | why that name         | — "that" is "Article 5-like"
            what show was rubio on                   | Rubio gave an interview on ABC's "This Week". [1]                                              | what is it about      | — "it" is "This Week"
            what's the deal called                   | Von der Leyen welcomed Article 5-like security guarantees. [1]                                 | who said that         | what's the deal called
            who welcomed the guarantees              | Von der Leyen welcomed Article 5-like security guarantees. [1]                                 | what does that mean?  | who welcomed the guarantees
            whats the headline say                   | The headline reads: Putin agreed, according to the American emissary [1]                       | according to who      | Putin agreed, according to the American emissary
            """)
    void pointerIsWhatTheAnswerNamed(String asked, String answer, String followUp, String context) {
        // GIVEN a question and the bot's answer to it
        Question first = conversation.follow(Question.of(asked));
        conversation.answered(first, answer, Pronouns.NONE);

        // WHEN a follow-up points back / THEN it carries the person, the office or the name of the answer's first
        // statement (not the title before a name, nor the second statement's), or else the question before
        assertThat(conversation.follow(Question.of(followUp)).context()).isEqualTo(context);
    }

    @Test
    @DisplayName("a long message before is carried by its question proper: its background is no topic of the follow-up")
    void longMessageCarriedByItsQuestion() {
        // GIVEN a long message whose question follows a word about a seminar
        Question first = conversation.follow(Question.of("i'm writing a summary for my IR seminar and i need to know - what exactly did"
                + " witkoff claim putin signed off on? like in one sentence"));
        conversation.answered(first, "According to U.S. Special Envoy Steve Witkoff, Putin has agreed to allow it. [1]", Pronouns.NONE);

        // WHEN a follow-up leans on it / THEN it carries the question, not the seminar
        String context = conversation.follow(Question.of("and did russia agree to anything else")).context();
        assertThat(context).contains("witkoff").doesNotContain("seminar");
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @DisplayName("a context without its readings is the questions' words alone, particles of a name included; as searched, it names the person by the last word of the name")
    @CsvSource(delimiter = '|', textBlock = """
            who is the us special envoy            | Steve Witkoff is the U.S. Special Envoy. [1]                            | what did he say | Steve Witkoff        | Witkoff | Steve
            is the eu commission president on board | European Commission President Ursula von der Leyen welcomed it. [1]     | what's her name | Ursula von der Leyen | Leyen   | von der
            """)
    void withoutReadings(String before, String answer, String followUp, String person, String lastWord, String leftOut) {
        // GIVEN a follow-up read with whom its pronoun stands for
        Question asked = conversation.follow(Question.of(before));
        conversation.answered(asked, answer, Pronouns.NONE);
        Question read = conversation.follow(Question.of(followUp));

        // WHEN its context is taken without readings / THEN the question before is left
        assertThat(read.context()).contains(person);
        assertThat(Conversation.withoutReadings(read.context()).strip()).isEqualTo(before);
        // WHEN it is taken as searched / THEN the name is its last word, as the sources call the person
        assertThat(Conversation.searched(read.context())).contains(before).contains(lastWord).doesNotContain(leftOut);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @DisplayName("a follow-up naming a place or a year of its own searches its context without the places and years the question before named")
    @CsvSource(delimiter = '|', textBlock = """
            who was anchoring cnn from anchorage | and who was in washington? | anchoring cnn from          | anchorage
            who was anchoring cnn from anchorage | and who was on the tv?     | anchoring cnn from anchorage | -
            how long was the helsinki summit in 2018 | and how long was alaska then | how long was the summit in | 2018
            """)
    void placeOfItsOwn(String before, String followUp, String kept, String leftOut) {
        // GIVEN a follow-up to a question naming a place
        Question read = conversation.follow(Question.of(before));
        conversation.answered(read, "Tapper reported from Anchorage. [1]", Pronouns.NONE);
        Question next = conversation.follow(Question.of(followUp));

        // WHEN its context is searched beside it
        String searched = Conversation.searched(next.context(), next.text()).replaceAll("\\s+", " ");

        // THEN the setting it names replaces the one before
        assertThat(searched).contains(kept);
        if (!leftOut.equals("-")) {
            assertThat(searched).doesNotContain(leftOut);
        }
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @DisplayName("a follow-up is read with whom the answer before named: \"he\" after a who-question is the surname that opens the answer's statement, after the moment it opens with; \"and without that?\" names no other party, as a preposition WordNet leaves out is no name")
    @CsvSource(delimiter = '|', textBlock = """
            who went first at the alaska press conference | On 2025-08-15, Putin was the one who opened the press conference in Alaska. [1] | how long did he speak | "he" is Putin
            what does rubio say the truce needs | Senator Marco Rubio noted that a deal on a truce would not be reached without Ukraine's participation. [1] | and without that? | rubio
            """)
    void followUpReadWithWhomTheAnswerNamed(String before, String answer, String followUp, String carried) {
        // GIVEN a question answered
        Question first = conversation.follow(Question.of(before));
        conversation.answered(first, answer, Pronouns.NONE);

        // WHEN a follow-up leans on it / THEN it is read with the person answered or asked about
        assertThat(conversation.follow(Question.of(followUp)).context()).contains(carried);
    }

    @Test
    @DisplayName("\"there\" after a question for a place, a programme or an outlet carries the setting the answer gave")
    void thereCarriesTheAnsweredSetting() {
        // GIVEN a question for a programme, answered
        Question show = conversation.follow(Question.of("what show was rubio on"));
        conversation.answered(show, "Senator Marco Rubio gave an interview on ABC's \"This Week\". [1]", Pronouns.NONE);

        // WHEN the follow-up asks what he said there
        Question there = conversation.follow(Question.of("wat did he say on there"));

        // THEN the interview is part of its topic, without the citation mark
        assertThat(there.context()).contains("what show was rubio on").contains("interview").doesNotContain("[1]");

        // GIVEN the same, and a follow-up with a topic of its own
        conversation.answered(there, "Rubio said things. [1]", Pronouns.NONE);
        Question again = conversation.follow(Question.of("what show was rubio on"));
        conversation.answered(again, "Senator Marco Rubio gave an interview on ABC's \"This Week\". [1]", Pronouns.NONE);
        Question own = conversation.follow(Question.of("what did he say there abt ukraine being in the talks"));

        // THEN only the question before is carried
        assertThat(own.context()).doesNotContain("interview");
    }

    @Test
    @DisplayName("no person is carried after another kind of question, to a follow-up without a person, or from a late answer")
    void personCarriedOnlyWhenAsked() {
        // GIVEN a where-question answered with a name
        Question where = conversation.follow(Question.of("where did witkoff speak"));
        conversation.answered(where, "Steve Witkoff spoke in Alaska. [1]", Pronouns.NONE);
        // THEN "he" is read with the question only
        assertThat(conversation.follow(Question.of("what did he say?")).context()).isEqualTo("where did witkoff speak");

        // GIVEN a who-question whose answer comes after the next question was read
        Question who = conversation.follow(Question.of("who is the us special envoy"));
        Question next = conversation.follow(Question.of("and then?"));
        conversation.answered(who, "Steve Witkoff is the envoy. [1]", Pronouns.NONE);
        // THEN the late answer is not carried
        assertThat(conversation.follow(Question.of("what did he say?")).context()).doesNotContain("Witkoff");
        assertThat(next.context()).isEqualTo("who is the us special envoy");

        // GIVEN a who-question answered, and a follow-up that points at no person
        Question whoElse = conversation.follow(Question.of("who is the us special envoy"));
        conversation.answered(whoElse, "Steve Witkoff is the envoy. [1]", Pronouns.NONE);
        assertThat(conversation.follow(Question.of("why?")).context()).isEqualTo("who is the us special envoy");
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "and trump?|DURATION|how long did putin speak at the press conference",
        "what about zelensky|DURATION|how long did speak at the press conference",
        "how about the talks?|DURATION|how long did putin speak at the press conference",
        "and who else spoke?|PERSON|how long did putin speak at the press conference",
        "so no deal soon?|STATEMENT|how long did putin speak at the press conference",
        "and why?|REASON|how long did putin speak at the press conference",
        "and the eu side?|DURATION|how long did speak at the press conference",
        "what about the europeans?|DURATION|how long did speak at the press conference",
        "and that's a long time?|STATEMENT|how long did putin speak at the press conference",
        "and whats the plan to end it?|STATEMENT|how long did putin speak at the press conference",
        "and who's there?|PERSON|how long did putin speak at the press conference",
        "and this guarantee ties into ending it?|STATEMENT|how long did putin speak at the press conference"})
    @DisplayName("an elliptical follow-up that asks nothing of its own (\"and trump?\") asks what the question before asked, of the person or the party it names instead; a statement put as a question (\"and that's …?\") or one with a contracted question word (\"and whats the plan\"), or one saying more than a few words (\"and this guarantee ties into ending it?\"), asks itself")
    void ellipsisAsksAsBefore(String followUp, AnswerType expected, String context) {
        // GIVEN a question for a length
        conversation.follow(Question.of("how long did putin talk at the press conference"));

        // WHEN an elliptical follow-up comes
        Question read = conversation.follow(Question.of(followUp));

        // THEN it is read with the question before, as read ("talk" of one person is "speak"), without the person it replaces
        // ("zelensky" for "putin"; "trump" is a plain word to the dictionary, so no name), and asks for a length too unless it
        // asks something itself
        assertThat(read.context()).isEqualTo(context);
        assertThat(read.expects().type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            whats her job              | — "her" is von der Leyen
            and what did she say       | who's meeting trump next — "she" is von der Leyen
            what did he say            | who's meeting trump next — "he" is Zelenskyy
            """)
    @DisplayName("after a who-answer naming a man and a woman, \"she\" is the one the sources call \"she\" (\"von der Leyen\", after her particles), \"he\" the other; asked her job, nothing else of the question before is carried")
    void sheIsTheWoman(String followUp, String context) {
        // GIVEN the sources call von der Leyen "she", and a who-question answered with Zelenskyy and her
        Pronouns pronouns = Pronouns.learnedFrom(List.of(List.of("Ursula von der Leyen said she would join the meeting.")));
        Question who = conversation.follow(Question.of("who's meeting trump next"));
        conversation.answered(who, "Zelenskyy will be joined by European leaders, including von der Leyen, for a meeting with President Trump. [1]",
                pronouns);

        // WHEN a follow-up points at a person / THEN by "she" it means her, by "he" him
        assertThat(conversation.follow(Question.of(followUp)).context()).isEqualTo(context);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            what about macron                  | macron
            and rubio?                         | rubio
            what about macron, what did he say | macron
            and the show?                      | ''
            and the eu lady, what did she say  | ''
            what did macron say                | ''
            """)
    @DisplayName("a follow-up names somebody by words without an article, as names go, to ask the same of them or to ask of them next")
    void someoneNamed(String followUp, String named) {
        assertThat(Conversation.someoneNamed(followUp)).isEqualTo(named.isEmpty() ? Set.of() : Set.of(named));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what did the us and europe offer ukraine | and russia?   | what did the and offer
            how did kyiv respond to the us offer     | and brussels? | how did respond to the offer
            who's the us president                   | and ukraine's? | who's the president
            """)
    @DisplayName("an elliptical follow-up that names another party asks the question before without the parties it named")
    void anotherParty(String before, String followUp, String context) {
        // GIVEN a question naming parties / WHEN a follow-up names another / THEN the parties before are not carried
        conversation.follow(Question.of(before));
        assertThat(conversation.follow(Question.of(followUp)).context()).isEqualTo(context);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what did zelensky say about the deal in alaska | and the eu lady what did she say  | what did say about the deal in alaska
            what did zelensky say about the deal           | and the eu? what did they say     | what did say about the deal
            what did zelensky say about the deal           | and for ukraine what did he mean  | what did zelensky say about the deal
            what did zelensky say about the deal           | and did putin say what he wants   | what did zelensky say about the deal
            what did von der leyen say about the deal      | what about macron, what did he say | what did say about the deal
            """)
    @DisplayName("a follow-up that names another party first and asks of it by a pronoun (\"and the eu lady, what did she say\") carries the question before without the people it named, but with its places")
    void anotherPartyNamedFirst(String before, String followUp, String context) {
        // GIVEN a question naming a person and a place / WHEN a follow-up names another party, then asks of it
        conversation.follow(Question.of(before));

        // THEN the person before is not carried, the place is; "for ukraine" and "did putin say" name no party asked of
        assertThat(conversation.follow(Question.of(followUp)).context()).isEqualTo(context);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Where was the Trump Putin summit held?", "hey bot where was the summit held",
            "tell me who hosted the summit", "did rubio say what was agreed on", "who is witkoff",
            "do you think putin wants peace in ukraine"})
    @DisplayName("a question that stands on its own starts afresh")
    void changeOfTopic(String question) {
        // GIVEN a question
        conversation.follow(Question.of("What did Zelenskyy thank the US for?"));

        // WHEN another topic is asked about
        Question read = conversation.follow(Question.of(question));

        // THEN nothing is carried
        assertThat(read.context()).isEmpty();
    }

    @Test
    @DisplayName("a follow-up of a follow-up carries the chain; the question before expires after five minutes")
    void chainAndExpiry() {
        // GIVEN a question and a follow-up
        conversation.follow(Question.of("who is rubio"));
        Question first = conversation.follow(Question.of("what did he say?"));

        // WHEN another follow-up comes at once
        Question second = conversation.follow(Question.of("and why?"));

        // THEN it carries both
        assertThat(first.context()).isEqualTo("who is rubio");
        assertThat(second.context()).isEqualTo("who is rubio what did he say?");

        // WHEN five minutes pass in silence
        clock.now = clock.now.plus(Conversation.EXPIRY).plus(Duration.ofSeconds(1));

        // THEN a follow-up has nothing to lean on
        assertThat(conversation.follow(Question.of("what did he say?")).context()).isEmpty();
    }

    @Test
    @DisplayName("a follow-up with a topic of its own starts the chain anew: the next one carries it, not what was asked before it")
    void ownTopicStartsTheChainAnew() {
        // GIVEN a question, and a follow-up that names a topic of its own
        conversation.follow(Question.of("is the war still happening"));
        Question own = conversation.follow(Question.of("and where does russia stand on the guarantees"));

        // WHEN the next follow-up asks why
        Question why = conversation.follow(Question.of("why tho"));

        // THEN it carries the follow-up alone
        assertThat(own.context()).isEqualTo("is the war still happening");
        assertThat(why.context()).isEqualTo("and where does russia stand on the guarantees");
    }

    @Test
    @DisplayName("an empty message does not replace the question to follow up on")
    void emptyKeepsThePrevious() {
        // GIVEN a question, then an empty message
        conversation.follow(Question.of("who is rubio"));
        conversation.follow(Question.of("   "));

        // WHEN a follow-up comes
        // THEN it leans on the real question
        assertThat(conversation.follow(Question.of("what did he say?")).context()).isEqualTo("who is rubio");
    }

    @Test
    @DisplayName("many conversations are kept apart, and their number is bounded")
    void conversationsApart() {
        // GIVEN two members' conversations
        Conversations all = new Conversations(clock);
        all.follow("c1:alice", Question.of("who is rubio"));
        all.follow("c1:bob", Question.of("where was the summit"));

        // WHEN each follows up
        // THEN each leans on its own question
        assertThat(all.follow("c1:alice", Question.of("what did he say?")).context()).isEqualTo("who is rubio");
        assertThat(all.follow("c1:bob", Question.of("when was that?")).context()).isEqualTo("where was the summit");

        // AND the number of conversations kept never passes the cap
        for (int i = 0; i < Conversations.CAPACITY + 50; i++) {
            all.follow("c2:" + i, Question.of("who is rubio"));
        }
        assertThat(all.size()).isEqualTo(Conversations.CAPACITY);
    }
}
