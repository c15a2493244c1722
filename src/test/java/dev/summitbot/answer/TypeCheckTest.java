package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.FactType;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.Pronouns;
import dev.summitbot.question.Question;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("TypeCheck: whether a statement gives the kind of answer asked for")
final class TypeCheckTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("someone's words are a verb of saying with what was said, an account of them (not \"on account of\"), or a quotation of words; a quoted title is neither")
    @CsvSource(delimiter = '|', textBlock = """
            Senator Marco Rubio gave an interview on ABC's "This Week".                                       | false
            Rubio appeared on "Face the Nation," CBS's Sunday programme.                                       | false
            Rubio said.                                                                                        | false
            Senator Marco Rubio, in an interview on ABC's "This Week," emphasized that a deal is a long way off. | true
            Rubio stated that a peace agreement is not imminent.                                               | true
            The guarantees are "game-changing", in Rubio's words.                                              | true
            In his interview Rubio: "We are a long way from a deal."                                           | true
            In Rubio's account of the talks, a deal is a long way off.                                         | true
            In ABC's account of Rubio's words, a deal is a long way off.                                       | true
            On account of the talks, Rubio stayed in Washington.                                               | false
            """)
    void saying(String statement, boolean words) {
        // GIVEN a question for someone's words
        Question question = Question.of("what did rubio say in his abc interview");

        // WHEN a statement is checked / THEN it answers only if it reports words said
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), question)).isEqualTo(words);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("the words asked for are those of the person the question names before its verb, as the speaker (after \"according to\", up to the comma); a question that names nobody takes anyone's")
    @CsvSource(delimiter = '|', textBlock = """
            what did ushakov tell reporters | NDTV Profit reported that the talks ended after three hours.   | false
            what did ushakov tell reporters | Kremlin aide Yuri Ushakov told reporters the talks went well.  | true
            what did he tell reporters      | NDTV Profit reported that the talks ended after three hours.   | true
            what did they talk about        | Witkoff said the two sides agreed on guarantees.               | true
            what did vance say              | Trump wrote that Vance and Rubio were coordinating with Russia.   | false
            what did vance say              | Vance told reporters the talks were useful.                      | true
            what did vance say              | Vance and Rubio were, Trump wrote, coordinating with Russia.     | false
            what did peskov say             | The agreements would be announced later, said Peskov.            | true
            what did witkoff say            | According to Special Envoy Steve Witkoff, Putin agreed.          | true
            what did macron tell reporters  | Trump phoned Putin after meeting Zelensky and Macron, Fox said.  | false
            what did putin say about it     | According to Special Envoy Steve Witkoff, Putin agreed.          | false
            what did the envoy say putin agreed to | According to Special Envoy Steve Witkoff, Putin agreed.   | true
            what did macron tell reporters after the meeting | Jang reported that Donald Trump phoned Vladimir Putin after the meeting. | false
            what did macron tell reporters after the meeting | Macron told reporters the meeting was useful.               | true
            what did putin himself say about it | Trump had warned before meeting with Putin that there would be "additional consequences". | false
            what did putin say about it     | The guarantees are "game-changing", Putin's aides believe.       | true
            """)
    void wordsOfWhomTheQuestionNames(String asked, String statement, boolean words) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(words);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"how far\" wants a distance, in words or miles, not any number; \"how many X\" wants a number of X (\"seven of them\" after the Xs); a number of something else near an X is none; asked \"exactly\" or \"in total\", \"several\" is no count")
    @CsvSource(delimiter = '|', textBlock = """
            how many reporters were there     | More than two hours had passed since reporters were taken in.   | false
            how many reporters were there     | More than 50 reporters waited outside.                         | true
            how many officials went           | Two Russian officials went with Putin.                         | true
            how many people died              | The war has lasted 3 1/2 years.                                | false
            how many years has the war lasted | The war has lasted 3 1/2 years.                                | true
            how big would the delegation be   | Peskov said the delegation would be large.                     | true
            how many would go                 | Peskov said the delegation would be large.                     | false
            how big are those gaps            | Significant areas of disagreement still remain.               | true
            how much money was pledged        | Significant sums were pledged.                                 | false
            how far is the us from a deal     | The United States is still a long way from a peace agreement.  | true
            how far is the us from a deal     | A peace agreement is not imminent.                             | true
            how far is the us from a deal     | The United States wants a peace agreement.                     | false
            how far is eielson from anchorage | Four F-35 fighters came from Eielson to Anchorage.             | false
            how far is eielson from anchorage | Eielson lies about 260 miles from Anchorage.                   | true
            how many b2s flew over            | Two B-2 bombers were flown into the base.                      | true
            how many f-35s were there         | Four F-35 fighters escorted the bomber.                        | true
            how many b2s flew over            | Four F-35 fighters escorted the bomber.                        | false
            how many leaders are going        | Several European leaders will join Zelenskyy.                  | true
            how many leaders are going exactly | Several European leaders will join Zelenskyy.                 | false
            how many leaders are going in total | Several European leaders will join Zelenskyy.                | false
            how many leaders are going in total | Five European leaders will join Zelenskyy.                   | true
            how many b2s flew to iran         | B-2 bombers were used in June, when seven of them flew to Iran. | true
            how many b2s flew to iran         | F-35 fighters were used in June, when seven of them flew to Iran. | false
            how many times have they met in total | Scavino said the meeting was still going on at 1:25 p.m. Alaska time. | false
            how many were in the room         | The talks were held three-on-three.                            | false
            """)
    void countsWhatIsAsked(String asked, String statement, boolean counts) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(counts);
    }

    @Test
    @DisplayName("asked how far, a fact typed as a length of time is no distance, though it answers how many hours")
    void lengthOfTimeIsNoDistance() {
        // GIVEN a fact typed as a length of time
        String statement = "The narrow-format talks in Anchorage lasted roughly 2 hours and 45 minutes.";

        // WHEN asked how far, and how many hours
        // THEN it answers only the number of hours
        assertThat(TypeCheck.satisfies(statement, Optional.of(FactType.DURATION), Question.of("how far is that from anchorage"))).isFalse();
        assertThat(TypeCheck.satisfies(statement, Optional.of(FactType.DURATION), Question.of("how many hours did the talks last"))).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("a length written as a modifier (\"the 3 1/2-year war\") is the length of what it modifies, and answers only about that")
    @CsvSource(delimiter = '|', textBlock = """
            how long has the war been going   | The deal would end the 3 1/2-year war in Ukraine.       | true
            how long would the guarantee last | The deal would end the 3 1/2-year war in Ukraine.       | false
            how long did the meeting last     | They held a two-hour-long meeting.                     | true
            how long would the guarantee last | The guarantee would last for ten years.                 | true
            """)
    void lengthOfWhatIsAsked(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"a second\" before a thing is the next one, not a length; \"a second later\" and \"ten seconds\" are lengths")
    @CsvSource(delimiter = '|', textBlock = """
            how long was the call | Trump called it a meeting that could prepare a second, more important one. | false
            how long was the call | Trump called it a meeting that could prepare a second meeting.           | false
            how long was the call | The call ended a second later.                                           | true
            how long was the call | The call lasted ten seconds, then it ended.                              | true
            """)
    void aSecondThingIsNoLength(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @Test
    @DisplayName("\"who were the translators\": a fact typed as naming people that speaks of the interpreters without naming them does not answer")
    void translatorsAreTheInterpreters() {
        // GIVEN a fact whose object is people, "Trump and Putin, with their interpreters"
        String statement = "The talks were attended only by Trump and Putin, with their interpreters.";
        // WHEN asked who the translators were (WordNet's other word for interpreters) / THEN it names none of them
        assertThat(TypeCheck.satisfies(statement, Optional.of(FactType.PERSON), Question.of("who were the translators in the one on one"))).isFalse();
        assertThat(TypeCheck.satisfies(statement, Optional.of(FactType.PERSON), Question.of("who attended the talks"))).isTrue();
        // WHEN asked the name of one / THEN it names none either, though its date reads as a capitalised word and a number
        assertThat(TypeCheck.satisfies("On 2025-08-15, " + statement, Optional.of(FactType.PERSON),
                Question.of("whats the name of putins interpreter"))).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("a name asked for is a capitalised word and a number (\"Article 5\"), never a date")
    @CsvSource(delimiter = '|', textBlock = """
            what's the name of the protection | The protection is modelled on Article 5.           | true
            what's the name of the protection | On 2025-08-15, the protection was announced.       | false
            what's the name of the protection | The protection was announced on August 15.         | false
            """)
    void numberedNameIsNoDate(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"where in alaska\": a place inside Alaska, by WordNet or named as a place; not another country named beside it")
    @CsvSource(delimiter = '|', textBlock = """
            where in alaska exactly | The protection for Ukraine was announced at the summit in Alaska.     | false
            where in alaska exactly | The United States hosted the summit in Alaska.                       | false
            where in alaska exactly | The leaders met in Anchorage, Alaska.                                | true
            where in alaska exactly | The summit was held at Joint Base Elmendorf-Richardson in Alaska.    | true
            where did they meet     | The protection for Ukraine was announced at the summit in Alaska.     | true
            """)
    void placeWithinThePlaceNamed(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("which outlet a report cited: the one after \"citing\", acronym or not")
    @CsvSource(delimiter = '|', textBlock = """
            which outlet did the gazette cite      | The Gazette reported, citing the broadcaster 7News, that the ferry would run.  | true
            which outlet did the gazette cite      | The Gazette reported, citing Harbour News, that the ferry would run.           | true
            which outlet did the gazette cite      | The Gazette reported that the ferry would run all winter.                      | false
            """)
    void outletCited(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("who did it: one of two the question offers, or somebody new; not a day's name, the outlet words were said to, nor the title of the one asked about (\"who was interviewing\" asks who did it, not who he is)")
    @CsvSource(delimiter = '|', textBlock = """
            who opened the ferry season, kowalczyk or nowak? | Kowalczyk was the one who opened the ferry season.       | true
            who opened the ferry season                      | Kowalczyk was the one who opened the ferry season.       | true
            who interviewed kowalczyk                        | Kowalczyk spoke of the ferry in an interview on Sunday.  | false
            who interviewed kowalczyk                        | Kowalczyk spoke of the ferry in an interview with CNN.   | false
            who interviewed kowalczyk                        | Kowalczyk spoke of the ferry to Anna Nowak of CNN.       | true
            who was interviewing kowalczyk                   | Senator Ada Kowalczyk spoke of the ferry in an interview. | false
            who is kowalczyk                                 | Senator Ada Kowalczyk spoke of the ferry in an interview. | true
            """)
    void whoDidIt(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("whether somebody said anything: a statement of his words, by name or going on with \"He\" (which gives no words of his own when what he said is asked), not one about him by another")
    @CsvSource(delimiter = '|', textBlock = """
            did kowalczyk say anything about the ferry  | Mayor Ada Kowalczyk said the ferry would run all winter.                 | true
            did kowalczyk say anything about the ferry  | He noted that the ferry would run all winter.                            | true
            did kowalczyk say anything about the ferry  | According to the harbour master, Kowalczyk wants the ferry to run.       | false
            did kowalczyks office say anything          | Mayor Ada Kowalczyk's office said the ferry would run all winter.        | true
            did norway comment on the ferry             | Norway stated that the ferry would run all winter.                       | true
            did norway comment on the ferry             | Kowalczyk said that Norway would pay for the ferry.                      | false
            did kowalczyk mention the ferry             | According to the harbour master, Kowalczyk wants the ferry to run.       | true
            what did kowalczyk say about the ferry      | He noted that the ferry would run all winter.                            | false
            did norway confirm it                       | Kowalczyk said that Norway would pay for the ferry.                      | false
            did kowalczyk confirm it                    | Mayor Ada Kowalczyk confirmed that the ferry would run.                  | true
            """)
    void saidAnythingByTheOneAsked(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"who were the interpreters\": a statement that speaks of them names one as such, or does not speak of them at all")
    @CsvSource(delimiter = '|', textBlock = """
            who were the interpreters in the one on one | The talks were attended only by Trump and Putin, with their interpreters. | false
            who was putin's interpreter                 | Putin's interpreter Pavel Ivanov sat beside him.                           | true
            who were the b-2 pilots in the flyover      | After the flyover, Trump clapped in honour of the pilots.                  | false
            who was the anchor in anchorage             | CNN anchor Jake Tapper called the base a relic of the Cold War.            | true
            who was the host                            | Margaret Brennan, the CBS host, asked Rubio about the summit.              | true
            """)
    void kindOfPersonNamedAsSuch(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("a question about the next of something is not answered by a statement of what was, only of what is to come")
    @CsvSource(delimiter = '|', textBlock = """
            where will the next trump-putin summit be held | The Trump–Putin summit was held in Alaska.                          | false
            where will the next trump-putin summit be held | Trump said the next summit would be held in Moscow.                 | true
            who's meeting trump next                       | Zelenskyy will be joined by European leaders for a meeting with Trump. | true
            what flew next to it                           | Two F-35 jets flew beside the bomber.                               | true
            """)
    void nextIsToCome(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"what show\" wants a programme's title, in quotes or after the word for it; a network or a host is none")
    @CsvSource(delimiter = '|', textBlock = """
            what show did rubio go on | Senator Marco Rubio gave an interview on ABC's "This Week".                  | true
            what show did rubio go on | Rubio was interviewed on the CBS programme Face the Nation on Sunday.       | true
            what show did rubio go on | Rubio clashed on television with ABC host Martha Raddatz.                  | false
            what show did rubio go on | Asked about the root cause, Rubio answered: "Ultimately, yeah."           | false
            what show did rubio go on | Rubio went on "This Week," ABC's Sunday programme.                         | true
            """)
    void programmeTitle(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
        // a fact typed person (the host) does not name the show either
        assertThat(TypeCheck.satisfies("ABC host Martha Raddatz", Optional.of(FactType.PERSON), Question.of(asked))).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"what did they call it\" is answered by the word a source quotes, of any case, with the sentence's comma inside its quotes too; not by words said; \"what is it called\" by a name")
    @CsvSource(delimiter = '|', textBlock = """
            what did rubio call the idea     | Rubio rejected the idea, calling it a "stupid media narrative".   | true
            what did rubio call the idea     | Rubio rejected the idea as a media narrative.                     | false
            what is the idea called          | Rubio rejected the idea, calling it a "stupid media narrative".   | false
            what r they calling this protection | This agreement, referred to as Article 5-like protection, was announced. | true
            what r they calling the guarantees  | The guarantees are described as "game-changing," indicating a major shift. | true
            what r they calling the talks       | He said the talks were "a very good step for all of us," after the meeting.  | false
            """)
    void calledByQuotedWords(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"which body\" is answered by a body's name (its last word a body's: Commission, Council, Ministry …), not by a country or a person")
    @CsvSource(delimiter = '|', textBlock = """
            which body does von der leyen lead | European Commission President Ursula von der Leyen welcomed it. | true
            which body does von der leyen lead | Ursula von der Leyen welcomed the United States' offer.        | false
            which institution met in brussels  | The Security Council met in Brussels.                           | true
            """)
    void bodyByItsName(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            where are the talks held        | The U.S. Secretary of State is expected to participate in the talks regarding Ukraine's security guarantee. | false
            where are the talks held        | The talks on Ukraine's security will be held in Geneva.    | true
            where are the talks held        | The talks will be held in the United States.               | true
            """)
    @DisplayName("\"where\" is answered by a place where a thing is: not a country owning something (\"Ukraine's security\") nor an office's (\"the U.S. Secretary of State\")")
    void placeWhereAThingIs(String asked, String statement, boolean place) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(place);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"where in Alaska\" is not answered by Alaska, nor by the United States around it")
    @CsvSource(delimiter = '|', textBlock = """
            where did they meet             | The meeting was set for the U.S. state of Alaska.          | true
            where in alaska did they meet   | The meeting was set for the U.S. state of Alaska.          | false
            where in alaska did they meet   | The summit was held at Anchorage, a city in Alaska.        | true
            """)
    void placeTheQuestionDoesNotName(String asked, String statement, boolean place) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(place);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("a place answers where only for the people the question names: not the place of a meeting they were not at")
    @CsvSource(delimiter = '|', textBlock = """
            where will zelensky and the europeans meet trump | A summit between President Donald Trump and Russian leader Vladimir Putin in Alaska. | false
            where did putin meet trump                       | A summit between President Donald Trump and Russian leader Vladimir Putin in Alaska. | true
            where did the american and russian leaders meet  | A summit between President Donald Trump and Russian leader Vladimir Putin in Alaska. | true
            """)
    void placeOfThePeopleAsked(String asked, String statement, boolean place) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(place);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"what month\", \"what day\", \"what year\" need that part of a time; \"how much did it cost\" needs a sum of money")
    @CsvSource(delimiter = '|', textBlock = """
            what month was the helsinki summit | The 2018 summit in Helsinki lasted about two hours.      | false
            what month was the helsinki summit | The Helsinki summit was held in July 2018.               | true
            what year was the helsinki summit  | The 2018 summit in Helsinki lasted about two hours.      | true
            what day did they meet             | They met in August 2025.                                 | false
            what day did they meet             | They met on Friday, August 15.                           | true
            how much did the summit cost       | The talks lasted about three hours.                      | false
            how much did the summit cost       | The summit cost the government $2 million.               | true
            how much did the summit cost       | Security for the summit cost 1.5 million dollars.        | true
            """)
    void partOfATimeAndMoney(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
        // a typed fact of the kind asked (a number) gives no sum of money
        if (asked.contains("cost")) {
            assertThat(TypeCheck.satisfies("Two B-2 bombers flew over.", Optional.of(FactType.NUMBER), Question.of(asked))).isFalse();
        }
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("a month's name alone tells a time; \"may\" and \"march\" only capitalised")
    @CsvSource(delimiter = '|', textBlock = """
            when will russia pass the law | Reports suggest Russia may be backsliding on the agreements. | false
            when will russia pass the law | Protesters march as Russia debates the law.                 | false
            when will russia pass the law | Russia is to pass the law in May.                           | true
            when will russia pass the law | Russia passed the law on may 5.                             | true
            when will russia pass the law | Russia is to pass the law in September.                     | true
            """)
    void monthNamesAlone(String asked, String statement, boolean time) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(time);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("a time told by an event (\"during a summit\") answers when, unless the question asks about a meeting itself")
    @CsvSource(delimiter = '|', textBlock = """
            when was it announced               | The protection was announced during a summit between Trump and Putin. | true
            when did peskov say it would be out | Peskov said the agreements would be announced after the talks.        | true
            when is zelenskyy meeting trump     | The protection was announced during a summit between Trump and Putin. | false
            when is zelenskyy meeting trump     | Trump had warned before meeting with Putin.                           | false
            what date was it announced          | The protection was announced during a summit between Trump and Putin. | false
            when was it announced               | The protection was announced by the envoy.                            | false
            """)
    void timeToldByAnEvent(String asked, String statement, boolean time) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(time);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"who were the interpreters\" needs a statement about interpreters that names someone; a title needs no such word; \"whose\", \"who proposed\", \"who's doing it\", \"who would protect them\", \"by whom\" and \"which side\" may be a country's; a pronoun names nobody; \"the american president\" is no Ukrainian President; a name whose last word is asked (\"Donald Trump\") is no answer; a named person's first name is in their name in full, and a people's adjective (\"the ukrainian president's full name\") names nobody")
    @CsvSource(delimiter = '|', textBlock = """
            who were the interpreters in the room | Trump and Putin would first meet with only translators in the room. | false
            who were the interpreters in the room | Trump's interpreter was named as Ada Quill.                         | true
            who is the us special envoy           | Steve Witkoff is the U.S. Special Envoy.                            | true
            who was the american negotiator       | Steve Witkoff is the U.S. Special Envoy.                            | true
            whose stance shifted                  | The guarantees indicate a major shift in Russia's stance.           | true
            who shifted their stance              | The guarantees indicate a major shift in Russia's stance.           | false
            who said the pier would reopen        | She said the pier would reopen.                                     | false
            who met putin                         | They met Putin in Alaska.                                           | false
            who proposed the guarantee            | The United States and its European allies have proposed a guarantee. | true
            who's going to provide it             | Europe and the U.S. are expected to provide the guarantees.         | true
            backsliding by who                    | Reports suggest that Russia may be backsliding on these agreements. | true
            by whom?                              | Reports suggest that Russia may be backsliding on these agreements. | true
            who's doing the backsliding           | Reports suggest that Russia may be backsliding on these agreements. | true
            who would protect ukraine             | Europe and the U.S. are expected to play significant roles.         | true
            which side made the concession        | Russia has agreed to enact legislation, a significant concession.   | true
            which side made the concession        | The legislation is a significant concession.                        | false
            who translated for putin              | The talks were held in Alaska.                                      | false
            who's the american president          | Ukrainian President Volodymyr Zelenskyy has thanked the United States. | false
            who's the american president          | The summit was between President Donald Trump and Putin.           | true
            who is the us envoy                   | According to U.S. Special Envoy Steve Witkoff, Putin agreed.        | true
            who is the russian leader             | Ukrainian leader Volodymyr Zelenskyy welcomed it.                  | false
            who is the russian leader             | The summit was with Russian leader Vladimir Putin.                  | true
            who else was in the room with trump and putin | Donald Trump held a summit with Vladimir Putin.             | false
            who else was in the room with trump   | Donald Trump held a summit with Vladimir Putin.                     | true
            what's zelensky's first name          | Zelenskyy will be joined by several European leaders, including von der Leyen. | false
            what's zelensky's first name          | Ukrainian President Volodymyr Zelenskyy has thanked the United States. | true
            what's the ukrainian president's full name | Ukrainian President Volodymyr Zelenskyy has thanked the United States. | true
            """)
    void whoIsTheNounAsked(String asked, String statement, boolean person) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(person);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"who's the us secretary of state\" needs a person named with the title, not the office alone nor another people's title")
    @CsvSource(delimiter = '|', textBlock = """
            who's the us secretary of state in this | The U.S. Secretary of State is expected to participate in the talks.      | false
            who's the us secretary of state in this | Secretary of State Rubio mentioned additional consequences.               | true
            who is the us secretary of state        | Ukrainian President Volodymyr Zelenskyy has thanked the United States.    | false
            whats the us secretary of state's name  | Secretary of State Rubio mentioned additional consequences.               | true
            whats the us secretary of state's name  | The U.S. Secretary of State is expected to participate in the talks.      | false
            who's the american president here       | European Commission President Ursula von der Leyen spoke.                 | false
            who's the american president here       | Von der Leyen welcomed President Trump's willingness.                     | true
            who was the american negotiator         | According to U.S. Special Envoy Steve Witkoff, Putin agreed.              | true
            who was the american negotiator         | The negotiator is expected in Alaska with Senator Marco Rubio.            | false
            who is the special envoy                | Steve Witkoff is the U.S. Special Envoy.                                  | true
            """)
    void titleHolder(String asked, String statement, boolean person) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(person);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"which city / state / country\" needs a place of that kind, as WordNet's gloss calls it")
    @CsvSource(delimiter = '|', textBlock = """
            which city in alaska did they meet in | The talks were about security guarantees for Ukraine.     | false
            which city in alaska did they meet in | The leaders met in Anchorage.                              | true
            which us state hosted the summit      | The U.S. Secretary of State spoke of Ukraine's security.   | false
            which us state hosted the summit      | The summit was held in Alaska.                             | true
            which country was invaded             | Russia's forces entered Ukraine.                           | true
            which country was invaded             | The forces crossed into Anchorage.                         | false
            """)
    void placeOfTheKindAsked(String asked, String statement, boolean place) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(place);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("a place WordNet does not know is a place when named as one of its kind (\"… Air Force Base\") or when a thing is said to be based there")
    @CsvSource(delimiter = '|', textBlock = """
            where were the jets stationed | The F-22 jets were based at Elmendorf.                   | true
            where were the jets stationed | The F-35s came from Eielson Air Force Base.              | true
            where were the jets stationed | The jets were fast, said Elmendorf.                      | false
            where were the jets stationed | The F-22 jets were flown by Elmendorf.                   | false
            """)
    void placeNamedAsOne(String asked, String statement, boolean place) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(place);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"where did he say that\", \"it would be announced where?\" are answered by a programme, an outlet, a platform or an event as well as a place, a place after a preposition of place (not whom he thanked)")
    @CsvSource(delimiter = '|', textBlock = """
            where did rubio say that     | Rubio said so in an interview on ABC's "This Week".           | true
            where did trump post it      | Trump announced it in a post on Truth Social.                 | true
            where was he when he said it | Trump told Fox News host Bret Baier on board Air Force One.   | true
            where did rubio say that     | Rubio said a deal was still a long way off.                   | false
            where did rubio say that     | Senator Marco Rubio emphasized that the United States is far from a deal. | false
            where did rubio say that     | Senator Marco Rubio, on ABC, emphasized that the United States is far from a deal. | true
            where did they meet          | They met on ABC's "This Week".                                | false
            where did rubio speak about this | Rubio said so in an interview on ABC's "This Week".       | true
            where did he mention it      | Senator Marco Rubio gave an interview on ABC's "This Week".   | true
            peskov said the agreements would be announced where? | Peskov said the agreements would be announced at the joint press conference. | true
            peskov said the summit would be held where? | Peskov said the agreements would be announced at the joint press conference. | false
            where did zelenskyy say that | Zelenskyy has thanked the United States for support for Ukraine. | false
            where did zelenskyy say that | Zelenskyy said so in Kyiv.                                  | true
            where did trump say that     | Trump said so, speaking from Washington.                     | true
            """)
    void whereWordsWereSaid(String asked, String statement, boolean place) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(place);
    }

    @Test
    @DisplayName("\"whats his first name\" after \"who's zelensky\": his name in full is Zelenskyy's, not another person's the statement names")
    void firstNameOfThePersonAskedBefore() {
        // GIVEN a question naming one person, answered
        Conversation conversation = new Conversation(Clock.systemUTC());
        Question who = conversation.follow(Question.of("who's zelensky"));
        conversation.answered(who, "Ukrainian President Volodymyr Zelenskyy expressed a need for clarity. [1]", Pronouns.NONE);

        // WHEN his first name is asked
        Question firstName = conversation.follow(Question.of("whats his first name"));

        // THEN only a statement giving Zelenskyy's name in full answers it
        assertThat(TypeCheck.satisfies("Zelenskyy will be joined by European leaders for a meeting with President Donald Trump.",
                Optional.empty(), firstName)).isFalse();
        assertThat(TypeCheck.satisfies("Ukrainian President Volodymyr Zelenskyy expressed a need for clarity.", Optional.empty(), firstName))
                .isTrue();
    }

    @Test
    @DisplayName("\"what did he say\" after a who-question no answer named anyone for: his words are anyone's, not a name in that question")
    void wordsOfWhomTheQuestionBeforeAskedFor() {
        // GIVEN who-questions that were declined, so nobody is read for "he"
        Conversation conversation = new Conversation(Clock.systemUTC());
        conversation.follow(Question.of("who was anchoring cnn's coverage from washington"));
        Conversation another = new Conversation(Clock.systemUTC());
        another.follow(Question.of("who said putin agreed to the guarantees"));

        // WHEN "what did he say" follows one, and a question naming no one by a pronoun the other
        Question said = conversation.follow(Question.of("what did he say about when the russian delegation would arrive"));
        Question confirmed = another.follow(Question.of("what did the kremlin say about it"));

        // THEN anyone's words answer "he"; otherwise a name in the question before still says whose words are asked for
        assertThat(TypeCheck.satisfies("Cooper said the Russian delegation would arrive in Alaska shortly after Trump landed.",
                Optional.empty(), said)).isTrue();
        assertThat(TypeCheck.satisfies("Zelenskyy said he needs clarity on the details.", Optional.empty(), confirmed)).isFalse();
    }

    @Test
    @DisplayName("\"what did the fox correspondent say\" after a question on Interfax's report: the speaker it names, not Interfax")
    void wordsOfTheSpeakerNamedByWhatHeIs() {
        // GIVEN a question naming Interfax-Ukraine, answered
        Conversation conversation = new Conversation(Clock.systemUTC());
        conversation.answered(conversation.follow(Question.of("how long did the 3 on 3 last according to interfax-ukraine?")),
                "The three-on-three meeting lasted almost three hours, according to Interfax-Ukraine. [1]", Pronouns.NONE);

        // WHEN the follow-up names its speaker by what he is, and another by a pronoun
        Question correspondent = conversation.follow(Question.of("what did the fox correspondent say about the presser after that"));

        // THEN the correspondent's words answer though they do not name Interfax
        assertThat(TypeCheck.satisfies("The joint press conference began earlier than expected, according to a Fox News correspondent.",
                Optional.empty(), correspondent)).isTrue();
    }

    @Test
    @DisplayName("\"where did he say that\" after a who-question: the person \"he\" was read as is the speaker, not where he spoke")
    void whereTheReadPersonSaidIt() {
        // GIVEN a who-question answered by a statement that names its speaker by his surname alone
        Conversation conversation = new Conversation(Clock.systemUTC());
        String answer = "Rubio also mentioned that potential areas of agreement have been identified. [1]";
        conversation.answered(conversation.follow(Question.of("who said there's still big disagreements in the talks")), answer, Pronouns.NONE);

        // WHEN "where did he say that" follows
        Question where = conversation.follow(Question.of("where did he say that"));

        // THEN "he" is Rubio, and a statement naming only him does not say where; one naming the programme does
        assertThat(where.context()).contains("is Rubio");
        assertThat(TypeCheck.satisfies("Rubio also mentioned that potential areas of agreement have been identified.", Optional.empty(), where))
                .isFalse();
        assertThat(TypeCheck.satisfies("Senator Marco Rubio, in an interview on ABC's \"This Week,\" emphasized that peace is far off.",
                Optional.empty(), where)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"says who\", \"according to whom\", \"who said that\", \"who brought that up\", \"who called it that\" need the source named by a verb of saying (before it, or a name right after it), even of a fact typed as a person")
    @CsvSource(delimiter = '|', textBlock = """
            says who          | According to U.S. Special Envoy Steve Witkoff, Putin has agreed to the guarantees.                        | false | true
            says who          | The protection was announced during the summit between President Donald Trump and Vladimir Putin.      | false | false
            according to whom| Senator Marco Rubio noted that a deal would not be reached without Ukraine.                              | false | true
            who said that     | He noted that a deal would not be reached without Ukraine.                                              | false | false
            says who          | President Donald Trump held a summit with Russian leader Vladimir Putin in Alaska.                      | true  | false
            says who          | The agreements would be announced later, said Kremlin aide Yuri Ushakov.                                | false | true
            who repeated that trump warned | Trump had warned before meeting with Putin that there would be consequences.               | false | false
            who brought that up again | Secretary of State Rubio mentioned that there would be additional consequences.                 | false | true
            who called them that      | Europe and the U.S. are expected to play significant roles in providing these guarantees.     | false | false
            who described it that way | The security guarantees are described as game-changing.                                        | false | false
            who called it that        | Rubio described the guarantees as game-changing.                                               | false | true
            who says putin agreed to that | According to U.S. Special Envoy Steve Witkoff, Putin has agreed to the guarantees.         | false | true
            who said?                 | Reports have suggested that Russia may be backsliding on these agreements.                     | false | true
            who says putin agreed to that | President Donald Trump held a summit with Russian leader Vladimir Putin in Alaska.          | true  | false
            who's claiming russia is backing out | Reports have suggested that Russia may be backsliding.                              | false | false
            """)
    void sourceOfAClaim(String asked, String statement, boolean typedPerson, boolean source) {
        Optional<FactType> type = typedPerson ? Optional.of(FactType.PERSON) : Optional.empty();
        assertThat(TypeCheck.satisfies(statement, type, Question.of(asked))).isEqualTo(source);
    }

    @Test
    @DisplayName("a fact whose object the question already names gives no answer of its type")
    void typedObjectTheQuestionNames() {
        Fact fact = new Fact("f", "The meeting", "was set to take place in",
                "the U.S. state of Alaska", "s", "q", Optional.of(FactType.PLACE), Optional.empty(),
                Optional.empty(), "f.yaml", 1);
        assertThat(TypeCheck.answeringType(fact, Question.of("where in alaska did they meet"))).isEmpty();
        assertThat(TypeCheck.answeringType(fact, Question.of("where did they meet"))).contains(FactType.PLACE);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @DisplayName("a person's role is the person asked about named with a title next to the name")
    @CsvSource(delimiter = '|', textBlock = """
            what's witkoff's title           | According to U.S. Special Envoy Steve Witkoff, Putin has agreed.             | true
            what's witkoff's title           | Steve Witkoff is the U.S. Special Envoy.                                      | true
            what's witkoff's title           | Steve Witkoff said the two sides agreed on guarantees.                        | false
            what's von der leyen's job       | European Commission President Ursula von der Leyen welcomed the offer.        | true
            what title does the article give rubio | Secretary of State Rubio mentioned "additional consequences".           | true
            what title does the article give rubio | Senator Marco Rubio emphasized that a deal is a long way off.           | true
            what title does the article give rubio | Rubio stated that peace is the goal.                                    | false
            what title does the article give rubio | The president told Rubio about the call.                               | false
            what is ushakov's role           | Yuri Ushakov, the Kremlin's foreign policy aide, named the delegation.        | true
            what is ushakov's role           | Russian President Vladimir Putin met Ushakov.                                 | false
            what's dmitriev's role           | Kirill Dmitriev was named a member of the delegation, as the president's special representative. | true
            what's witkoff's role            | Witkoff was in Moscow, as the president had said.                             | false
            what's his title                 | Steve Witkoff is the U.S. Special Envoy.                                      | true
            what's his title                 | Steve Witkoff said the two sides agreed on guarantees.                        | false
            """)
    void role(String asked, String statement, boolean role) {
        // GIVEN a question for someone's role
        Question question = Question.of(asked);

        // WHEN a statement is checked / THEN it answers only if it names that person with a title
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), question)).isEqualTo(role);
    }

    @Test
    @DisplayName("a follow-up for a role by pronoun is about whoever the evidence names with a title")
    void roleOfTheOneAnswered() {
        // GIVEN "what's his title" after a question that did not name him
        Question followUp = new Question("what's his title", "what's his title", null, "who is the us special envoy");

        // WHEN / THEN the envoy named with his title answers it
        assertThat(TypeCheck.satisfies("Steve Witkoff is the U.S. Special Envoy.", Optional.empty(), followUp)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("the name of a kind of thing is not answered by a typed place that the statement does not call that kind")
    @CsvSource(delimiter = '|', textBlock = """
            what's the name of the building on the base where they met | false
            what's the name of the base where they met                | true
            what's the name of the american emissary                  | true
            """)
    void nameOfAKind(String asked, boolean answers) {
        String statement = "The Alaska summit was held at Joint Base Elmendorf-Richardson, a military facility in Alaska.";
        assertThat(TypeCheck.satisfies(statement, Optional.of(FactType.PLACE), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("a when-question is answered by a time of what the people it names did, each named in the statement (\"putins\" is Putin's)")
    @CsvSource(delimiter = '|', textBlock = """
            what exact date is the putin zelensky meeting set for | President Donald Trump announced the date and place of his meeting with Vladimir Putin on August 8. | false
            when did putin and zelensky meet                      | Putin and Zelensky met on August 20.                                                                 | true
            when was putins last visit to the us                  | Putin last visited the United States in 2015.                                                          | true
            """)
    void timeOfThoseNamed(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("the name of a kind of thing is no acronym the statement names another thing by (the outlet of \"CNN anchor Jake Tapper\"), unless it calls something that kind")
    @CsvSource(delimiter = '|', textBlock = """
            what's the name of the building on the base where they met | CNN anchor Jake Tapper called the base the site of the summit.     | false
            what's the name of the building on the base where they met | The talks were held in a building the US Army calls HQ.         | true
            what's the name of the protection                          | The protection was first proposed by NATO.                      | true
            """)
    void acronymNamesItsOwnKind(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("\"says who?\" alone is answered by the unnamed reports the statement cites; \"who reported that …\" asks for a name")
    @CsvSource(delimiter = '|', textBlock = """
            says who?                                | true
            who says so                              | true
            who reported that russia is backsliding  | false
            """)
    void unnamedSources(String asked, boolean answers) {
        String statement = "Reports have suggested that Russia may be backsliding on these agreements.";
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a place of a kind asked for (\"what city\") is checked to be one, even in a fact typed as a place")
    @CsvSource(delimiter = '|', textBlock = """
            The summit was held at Joint Base Elmendorf-Richardson, a military facility in Alaska. | false
            The summit was held at the Elmendorf-Richardson base in Anchorage.                      | true
            """)
    void placeOfAKind(String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.of(FactType.PLACE), Question.of("what city in alaska was it in")))
                .isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("\"what car\", \"which aircraft\": a kind of the thing asked for, by WordNet, answers as the word itself does, up to kinds of kinds of kinds")
    @CsvSource(delimiter = '|', textBlock = """
            what car did they ride in together | The two leaders rode together in the armoured limousine of the US president. | true
            what car did they ride in together | The two leaders rode together to the talks.                                 | false
            what planes did the flyover        | A stealth bomber with four fighters flew over the leaders.                  | true
            what planes did the flyover        | Military aircraft flew over the leaders.                                    | false
            which aircraft flew over them      | A stealth bomber with four fighters flew over the leaders.                  | true
            which aircraft flew over them      | The leaders walked along the red carpet.                                    | false
            what meal did they have            | The talks were to continue over a working breakfast.                        | true
            """)
    void kindOfTheFocusThing(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("which outlet's reporter: an outlet named before its correspondent answers; \"for the next meeting\": people coordinating it are preparing what is to come")
    @CsvSource(delimiter = '|', textBlock = """
            which network's correspondent said reporters were told to hurry | A Fox News correspondent reported that the press had been told to take their seats. | true
            which network's correspondent said reporters were told to hurry | A correspondent reported that the press had been told to take their seats.          | false
            who is coordinating with russia for the next meeting            | Vance, Rubio and Witkoff were, Trump wrote, coordinating with Russia and Ukraine.  | true
            who is coordinating with russia for the next meeting            | Vance, Rubio and Witkoff met Russia and Ukraine.                                     | false
            """)
    void outletsReporterAndPreparingWhatComes(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @DisplayName("when, where or how long a person named did something is told by a statement about that person, not another's doing")
    @CsvSource(delimiter = '|', textBlock = """
            what time did putin fly out of alaska | The White House said Trump would depart at 6:45 a.m. Eastern Time. | false
            what time did putin fly out of alaska | Putin left Anchorage at 6:45 p.m. local time.                       | true
            what time did trump fly out           | The White House said Trump would depart at 6:45 a.m. Eastern Time. | true
            when did the talks start              | The talks started at 11:30 a.m. local time.                         | true
            when was putins last visit to the us  | The summit was Putin's first visit to the United States in ten years. | true
            when was putins last visit to the us  | The summit was Trump's first meeting with him in 2025.                | false
            """)
    void whenOfTheDoerAsked(String asked, String statement, boolean answers) {
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), Question.of(asked))).isEqualTo(answers);
    }
}
