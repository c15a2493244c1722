package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("AnswerTypes reads the kind of answer a question asks for")
final class AnswerTypesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("from the question's wording, as people type it")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # question                                        | type         | focus
            Where was the summit held?                        | PLACE        | -
            where'd trump n putin meet                        | PLACE        | -
            hey bot, when is zelenskyy meeting trump          | TIME         | -
            what day was the summit                           | TIME         | day
            which city hosted it                              | PLACE        | city
            which two leaders had a summit in alaska          | PERSON       | -
            which us official went on this week               | PERSON       | -
            which eu official is mentioned                    | PERSON       | -
            who is the american emissary the headline talks about | PERSON   | -
            who is the american emissary it mentions?         | PERSON       | -
            and what's needed for a truce?                    | STATEMENT    | conditions
            what would it take to end the war                 | STATEMENT    | conditions
            when rubio talks abt peace what does he mean by it | STATEMENT   | -
            how much work is left to get a peace deal         | STATEMENT    | -
            how much money is the us putting in               | NUMBER       | -
            if russia backslides who enforces it              | PERSON       | -
            when did the summit happen                        | TIME         | -
            which politician talked on tv                     | PERSON       | -
            what did trump and putin talk about in the car    | SAYING       | -
            what did they discuss                             | SAYING       | -
            what did he report from the summit?               | SAYING       | -
            which 3 countries signed                          | PLACE        | countries
            how long did the summit last                      | DURATION     | -
            what's that supposed to show                      | STATEMENT    | -
            what makes people say that                        | REASON       | -
            what made putin agree                             | REASON       | -
            what makes up the russian delegation              | STATEMENT    | -
            what did they announce there                      | STATEMENT    | -
            how big a concession is it                        | STATEMENT    | -
            how big is the russian delegation                 | NUMBER       | -
            how old is the war                                | DURATION     | -
            how many troops does russia have                  | NUMBER       | troops
            how many of them                                  | NUMBER       | -
            how many were there                               | NUMBER       | -
            how much did it cost                              | NUMBER       | -
            what is putin's net worth                         | NUMBER       | worth
            what is the population of moscow                  | NUMBER       | population
            what is the capital of alaska                     | PLACE        | capital
            which network aired the interview                 | ORGANISATION | network
            who is steve witkoff                              | ROLE         | -
            who is von der leyen                              | ROLE         | -
            who is zelenskyy meeting with                     | PERSON       | -
            who were the interpreters in the room             | PERSON       | interpreters
            who was putin's interpreter                       | PERSON       | interpreter
            who were the b-2 pilots in the flyover            | PERSON       | pilots
            who is the us special envoy                       | PERSON       | -
            who's the russian leader in this story            | PERSON       | -
            who's she again                                   | ROLE         | -
            did he say anything else                          | SAYING       | -
            summit location?                                  | PLACE        | location
            rubio interview network                           | ORGANISATION | network
            and on putins side?                               | STATEMENT    | -
            what does that show                               | STATEMENT    | -
            what was on the menu at the lunch                 | STATEMENT    | menu
            whats on the agenda                               | STATEMENT    | agenda
            what was on                                       | STATEMENT    | -
            did rubio mention anything more                   | SAYING       | -
            who are the key players in this story             | PERSON       | -
            why is russia's stance uncertain                  | REASON       | -
            is ukraine joining nato?                          | YES_NO       | -
            did the kremlin accept the offer                  | YES_NO       | -
            and trump met putin where?                        | PLACE        | -
            what plane did putin fly on                       | STATEMENT    | plane
            what did rubio say                                | SAYING       | -
            tell me about the guarantees                      | STATEMENT    | -
            where does moscow stand on the guarantees rn      | STATEMENT    | -
            where do things stand with the talks              | STATEMENT    | -
            where does that leave ukraine                     | STATEMENT    | -
            where did they stand during the summit            | STATEMENT    | -
            whats the name of the security deal for kyiv      | NAME         | name
            whats his name again                              | PERSON       | -
            what show did rubio go on                         | NAME         | show
            what tv show was rubio interviewed on             | NAME         | show
            Rubio gave interview to which TV?                 | ORGANISATION | tv
            which tv channel had rubio on                     | ORGANISATION | channel
            rubio was on what show                            | NAME         | show
            the interview aired on which network              | ORGANISATION | network
            which us state hosted the summit                  | PLACE        | state
            which other host did he clash with                | STATEMENT    | host
            which other european leaders besides her          | PERSON       | -
            what other countries were there                   | PLACE        | countries
            which side made that concession                   | PLACE        | side
            what news network aired it                        | ORGANISATION | network
            which did they sign                               | STATEMENT    | -
            did rubio say which points they agree on          | YES_NO       | -
            what does nato's collective defense policy say    | STATEMENT    | -
            what does the russia land law thing say            | STATEMENT    | -
            what does the kremlin say                         | SAYING       | -
            what exactly did putin say to trump on the tarmac | SAYING       | -
            what's the name of the show                       | NAME         | show
            whats the name of the b2 pilot who did the flyover | PERSON      | pilot
            what was the name of the interpreter              | PERSON       | interpreter
            what did putin say yes to                         | STATEMENT    | -
            what is the name of that network                  | ORGANISATION | network
            and her position?                                 | ROLE         | position
            his title?                                        | ROLE         | title
            and russia's position?                            | STATEMENT    | -
            what were the first words putin said to trump     | SAYING       | -
            whats rubio's job title                           | ROLE         | job title
            what's marco rubios position in govt              | ROLE         | position
            whats special envoy witkoffs first name           | PERSON       | -
            whats the eu commission chief's name              | PERSON       | -
            whats the us secretary of state's name            | PERSON       | -
            first name?                                       | PERSON       | -
            name one                                          | PERSON       | -
            any names?                                        | PERSON       | -
            any specific leaders named?                       | PERSON       | -
            anyone named specifically?                        | PERSON       | -
            what's the protection for ukraine called          | NAME         | -
            the deal is called what?                          | NAME         | -
            what is the protection called in the article      | NAME         | -
            what's being called game-changing                 | STATEMENT    | -
            wat r they calling this protection                | NAME         | call
            what do they call the nato-style guarantee        | NAME         | call
            what did rubio call the idea                      | NAME         | call
            what does the article call putin                  | ROLE         | call
            what do they call von der leyen                   | ROLE         | call
            how does the article describe putn                | ROLE         | -
            how is witkoff referred to in the article         | ROLE         | -
            how are the guarantees described                  | STATEMENT    | -
            how did they describe them                        | STATEMENT    | -
            how did they describe him                         | ROLE         | -
            is witkof an ambassador                           | ROLE         | -
            what did trump call for                           | STATEMENT    | -
            what did he call on them to do                    | STATEMENT    | -
            what did rubio say about the peace deal           | SAYING       | -
            hey bot what did trump tell hannity after         | SAYING       | -
            what has the kremlin announced                    | SAYING       | -
            what does the article say about the guarantees    | STATEMENT    | -
            what did it say about rubio                       | STATEMENT    | -
            did rubio say there was common ground             | YES_NO       | -
            what's witkoff's title                            | ROLE         | title
            what's von der leyen's job                        | ROLE         | job
            what title does the article give rubio            | ROLE         | title
            what title does it give rubio when talking about abc | ROLE      | title
            what is the role of witkoff                       | ROLE         | role
            whats the title for putin in the article          | ROLE         | title
            what is witkoff's role in all this                | ROLE         | role
            and what's his job                                | ROLE         | job
            what is her official position or title again?     | ROLE         | position
            what's his full title                             | ROLE         | title
            what's the envoy's title exactly                  | ROLE         | title
            which alliance's defense policy is it compared to | ORGANISATION | alliance
            what's rubio's actual position, the article calls him two things | ROLE | position
            what is the article's title                       | STATEMENT    | -
            is rubio a senator or secretary of state?         | ROLE         | -
            whats russia's position now on kyiv's security guarantees? | STATEMENT | -
            what is rubio's position on the peace deal        | STATEMENT    | -
            what position does russia take on the guarantees  | STATEMENT    | position
            what role does europe have in this                | STATEMENT    | -
            what part does europe play in this                | STATEMENT    | -
            what exactly did putin agree to                   | STATEMENT    | -
            what else did he mention there                    | STATEMENT    | -
            what word was used to describe the guarantees     | STATEMENT    | -
            what membership isnt ukraine getting              | STATEMENT    | membership
            isnt ukraine joining nato                         | YES_NO       | -
            who's the us special envoy mentioned              | PERSON       | -
            who is the source for the claim that putin agreed | PERSON       | -
            what's the article's title                        | STATEMENT    | -
            is rubio in alaska or in washington               | YES_NO       | -
            name of the show?                                 | NAME         | show
            which base tho                                    | PLACE        | base
            and where dont they agree                         | STATEMENT    | -
            where do the sides differ                         | STATEMENT    | -
            what about moscow, did the kremlin confirm it     | YES_NO       | -
            what about the eu side, what did they say         | SAYING       | -
            what about the eu side                            | STATEMENT    | -
            """)
    void reads(String question, AnswerType type, String focus) {
        // GIVEN a question as typed
        // WHEN it is read, in plain wording as Question.of reads it ("isnt" → "isn't")
        AnswerTypes.Reading reading = AnswerTypes.read(ChatWording.plain(QuestionText.clean(question)));

        // THEN the kind of answer and the focus are those a reader would expect
        assertThat(reading.type()).isEqualTo(type);
        assertThat(reading.focus()).isEqualTo(focus);
    }

    @Test
    @DisplayName("the word that asks for a role is a type word, and a light word of that question only")
    void roleWords() {
        // GIVEN / WHEN / THEN: "title" says what kind of answer is wanted; "position on …" is a topic
        assertThat(AnswerTypes.typeWords()).contains("title", "job", "position", "occupation", "date", "place");
        assertThat(Question.of("what's witkoff's title").expects().typeWord()).contains("title");
        assertThat(Question.of("what is russia's position on the guarantees").expects().typeWord()).isEmpty();
        // a word for anyone is not searched; a title is ("Special Envoy")
        assertThat(Question.of("which eu official is mentioned").expects().typeWord()).contains("official");
        assertThat(Question.of("which us envoy went to moscow").expects().typeWord()).isEmpty();
    }

    @Test
    @DisplayName("\"how soon\", \"how fast\", \"how quickly\" ask when, within how long or how near: the adverb is the type word, no topic the answer must share")
    void howSoon() {
        // GIVEN / WHEN / THEN: "within ten minutes", "not imminent" answer it without the word
        assertThat(Question.of("how soon could the presser start after the meeting ended").expects().typeWord()).contains("soon");
        assertThat(Question.of("how soon could the presser start after the meeting ended").expects().type()).isEqualTo(AnswerType.STATEMENT);
        assertThat(Question.of("how fast was the presser supposed to start after that").expects().typeWord()).contains("fast");
        assertThat(Question.of("how quickly did the press conference begin").expects().typeWord()).contains("quickly");
        assertThat(Question.of("will it end soon").expects().typeWord()).isEmpty();
    }

    @Test
    @DisplayName("a kind of place asked for is a type word: the answer is checked to be one, and need not say the word")
    void placeKinds() {
        // GIVEN / WHEN / THEN: "the Secretary of State" has the word, Alaska is the state
        assertThat(Question.of("which us state hosted the summit").expects().typeWord()).contains("state");
        assertThat(Question.of("which countries will provide the guarantees").expects().typeWord()).contains("countries");
        assertThat(Question.of("which base was it at").expects().typeWord()).isEmpty();
    }

    @Test
    @DisplayName("a kind of body asked for (\"which alliance\") is a type word: the sources name it (NATO), they do not call it so")
    void bodyKinds() {
        // GIVEN / WHEN / THEN
        assertThat(Question.of("which alliance's defense rule is the guarantee modeled on").expects().typeWord()).contains("alliance");
        assertThat(Question.of("what organisation is ukraine not joining").expects().typeWord()).contains("organisation");
        assertThat(Question.of("which european leader reacted").expects().typeWord()).isEmpty();
    }

    @Test
    @DisplayName("the measure of \"how long\", \"how old\", \"how big\", and \"the duration of\", is a type word of that question; \"a long way\" is no measure")
    void measureWords() {
        assertThat(Question.of("how long has the war been going").expects().typeWord()).contains("long");
        assertThat(Question.of("how old is the war").expects().typeWord()).contains("old");
        assertThat(Question.of("how big was the delegation").expects().typeWord()).contains("big");
        // "the duration of", "the timeframe of": a length asked by its noun, which the sources say as a length, not by the word
        assertThat(Question.of("what's the timeframe of the war").expects().type()).isEqualTo(AnswerType.DURATION);
        assertThat(Question.of("what is the duration of the war").expects().typeWord()).contains("duration");
        assertThat(Question.of("is a deal a long way off").expects().typeWord()).isEmpty();
        assertThat(Question.of("how many troops came").expects().typeWord()).isEmpty();
        assertThat(Question.of("what show did rubio go on").expects().typeWord()).contains("show");
        assertThat(Question.of("what's the ukraine security deal called").expects().typeWord()).contains("called call");
        assertThat(Question.of("whats rubio's job title").expects().typeWord()).contains("job title");
        assertThat(Question.of("whats special envoy witkoffs first name").expects().typeWord()).contains("first name");
        assertThat(Question.of("whats the eu commission chief's name").expects().typeWord()).contains("name");
    }
}
