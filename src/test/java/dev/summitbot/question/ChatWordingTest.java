package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Chat wording is read as the plain question it stands for")
final class ChatWordingTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("chat spellings of question words and abbreviations, and polite wrappers")
    @CsvSource(delimiter = '|', textBlock = """
            wat did putin say abt ukraine                 | what did putin say about ukraine
            WEN is the next mtg?                          | when is the next meeting?
            hw long did it last                           | how long did it last
            what did the 9news journo find striking       | what did the 9news journalist find striking
            why were the euros nervous                    | why were the Europeans nervous
            how many hrs did the convo last               | how many hours did the conversation last
            what does putin rly mean                      | what does putin really mean
            what did the pres say w/o notes               | what did the president say without notes
            can you tell us where the summit was          | where was the summit
            hey bot, could u pls tell me who rubio is     | who is rubio
            wait what happens if theres no ceasefire      | what happens if there's no ceasefire
            hmm, who is witkoff                           | who is witkoff
            and wheres russia at on the guarantees        | and where does russia stand on the guarantees
            but isnt he called a senator too?             | but isn't he a senator too?
            wasn't he also known as a senator             | wasn't he a senator
            oh wait, whats the deal with the guarantees   | what is the guarantees
            do you know when the summit was?              | when was the summit?
            i wanna know: who met putin                   | who met putin
            is it law or smth                             | is it law or something
            who came up w the guarantee                   | who came up with the guarantee
            are they following thru                       | are they following through
            ok but what does that mean in plain terms?    | but what does that mean?
            did George W. Bush meet putin                 | did George W. Bush meet putin
            what's the president's view                   | what's the president's view
            Washington said it would                      | Washington said it would
            Who is the U.S. special envoy?                | Who is the U.S. special envoy?
            r u sure abt the u.s. role                    | are you sure about the u.s. role
            can you tell me                               | can you tell me
            why didnt they sign a deal                    | why didn't they sign a deal
            isnt there a ceasefire yet                    | isn't there a ceasefire yet
            how many ppl were in the room tbh             | how many people were in the room
            and what came outta it                        | and what came out of it
            who's the one saying 'additional consequences' | who's saying 'additional consequences'
            who was the guy that announced it             | who announced it
            ukraine's prez's first name?                  | ukraine's president's first name?
            heard russia might already be walkin it back  | heard russia might already be walking it back
            rubio was on tv this weekend right, what show | rubio was on tv this weekend, what show
            does the article say anything about new laws  | what does the article say about new laws
            what does that say about the bigger picture   | what does that show about the bigger picture
            zelenskyy's reaction in one line              | zelenskyy's reaction
            what on earth does 'Article 5-like' mean?     | what does 'Article 5-like' mean?
            could someone remind me which state it was held in? | which state it was held in?
            remind me who rubio is                        | who is rubio
            what kind of nato-ish protection              | what kind of nato-like protection
            what did he say hed tell zelensky to do       | what did he say he would tell zelensky to do
            who went with zelenskyy on aug 18             | who went with zelenskyy on August 18
            how long did putin speak vs trump             | how long did putin speak and trump
            any docs to sign?                             | any documents to sign?
            what time was trump flyin out of dc           | what time was trump flying out of dc
            is the nato sec gen going too                 | is the nato secretary general going too
            did they get off their planes at diff times   | did they get off their planes at different times
            was there a pic of the call                   | was there a photo of the call
            who did trump meet on af1                     | who did trump meet on Air Force One
            any qs from reporters                         | any questions from reporters
            theres prob no document                       | there's probably no document
            b-2s were used in some op in june             | b-2s were used in some operation in june
            was there an op-ed about it                   | was there an op-ed about it
            is there another meeting coming up with zelensky | is there another meeting with zelensky
            who came up with the guarantee                | who came up with the guarantee
            what did the finnish president say            | what did the finnish president say
            pls explain what article 5 actually means     | what article 5 means
            tell me again which network it was            | which network was it
            remind me to ask later                        | remind me to ask later
            explain it to me                              | explain it to me
            what did rubio say about the bigger picture   | what did rubio say about the bigger picture
            who spoke first at the press conf             | who spoke first at the press conference
            where did rubio talk abt this                 | where did rubio speak about this
            what was he talking about                     | what was he speaking about
            who talked to putin                           | who spoke to putin
            what were the talks about                     | what were the talks about
            talks about what?                             | talks about what?
            what did the talk on abc cover                | what did the talk on abc cover
            explain it like im 5                          | what does that mean
            im confused, who is witkoff                   | i'm confused, who is witkoff
            who'll take part in the talks                 | who will take part in the talks
            what'll it take                               | what will it take
            does the article think that'll hold up        | does the article think that will hold up
            what'd he say                                 | what did he say
            so who'd actually provide it                  | so who would provide it
            who said there'd be consequences              | who said there would be consequences
            wat r they callin it                          | what are they calling it
            who did trump host at the wh                  | who did trump host at the White House
            wdym article 5 like protection                | what do you mean article 5 like protection
            whered trump n putin have their summit        | where did trump and putin have their summit
            rubio said thered be consequences             | rubio said there would be consequences
            so putin ok'd it                              | so putin okayed it
            so the kremlin okay'd western guarantees      | so the kremlin okayed western guarantees
            did they find any common ground at all        | did they find any common ground
            is von der leyen one of them                  | is von der leyen of them
            name one of them                              | name one of them
            and if there isn't one?                       | and if there isn't?
            meaning what in practice                      | what does that mean in practice
            so meaning what?                              | what does that mean?
            who does he work for?                         | who is he?
            when was the last time putin visited the us before this | when was putin visited the us
            when was the last time the two presidents met before alaska? | when was the two presidents met?
            was this the last time they met                | was this the last time they met
            when was putin last in the us before alaska    | when was putin in the us
            when did the two presidents last meet before this? | when did the two presidents meet?
            when did trump last call him                   | when did trump last call him
            back when the meeting was confirmed what did ushakov say | when the meeting was confirmed what did ushakov say
            what was said back in 2018                     | what was said in 2018
            how long did putin talk at the pres conf       | how long did putin speak at the press conference
            what was zelensky wearing this time lol        | what was zelensky wearing lol
            who was in charge at that time?                | who was in charge ?
            what time did it start                         | what time did it start
            was it his first time in the us                | was it his first time in the us
            what did the pres say                          | what did the president say
            who's gonna back the guarantees                | who's going to back the guarantees
            how long did putin talk at the presser        | how long did putin speak at the presser
            who talked longer at the press conference     | who spoke longer at the press conference
            and how long did they talk for                | and how long did they talk for
            did trump and putin talk                      | did trump and putin talk
            who's witkoff working for                     | who is witkoff
            who did she work for before                   | who did she work for before
            who do they work for                          | who do they work for
            is that seen as a big deal?                   | is that a big deal?
            why is he regarded as the lead                | why is he the lead
            how'd they describe em                        | how did they describe them
            whats that show abt the world                 | what does that show about the world
            what's that signal tho                        | what does that show tho
            what's that show rubio was on                 | what's that show rubio was on
            what do they call it                          | what is it called
            why do they call it game changing             | why do they call it game changing
            is it a big concession or a small one         | is it a big concession or a small
            name one                                      | name one
            which one                                     | which one
            is there just one                             | is there just one
            what did zelensky say about the whole thing   | what did zelensky say about it
            is a peace deal right around the corner       | is a peace deal around the corner
            whats the deal with the consequences quote    | what is the consequences quote
            and whats the way to avoid them               | and how to avoid them
            where's that coming from?                     | says who?
            and where did that come from                  | says who
            where is witkoff from                         | where is witkoff from
            ok but i saw ppl saying russia's walking it back | but russia's walking it back
            i heard russia is backing out                 | russia is backing out
            i read that putin agreed?                     | putin agreed?
            is kremlin keeping the promises? i read something not good | is kremlin keeping the promises? i read something not good
            i heard about the summit, where was it        | i heard about the summit, where was it
            does it have a name                           | what is it called
            does the deal have an official name?          | what is the deal called?
            is there a name for it                        | what is it called
            any chance they renege                        | could they renege
            additional consequences like what, sanctions? | additional consequences like what, sanctions?
            article 5 like what                           | article 5 what
            is he just being vague like always            | is he just being vague
            is he vague as usual?                         | is he vague?
            so hes skeptical?? like what does he want     | so he's skeptical?? what does he want
            is there a chance that russia backs out       | could russia backs out
            source?                                       | says who?
            whats the source for that                     | says who
            is the source reliable                        | is the source reliable
            did russia give anything else up?             | did russia give up anything else?
            did they give that up                         | did they give up that
            how does article 5 work                       | how does article 5
            how would the protection work in practice?    | how would the protection in practice?
            is the deal working                           | is the deal working
            ok and who is actualy going to provide it     | and who is going to provide it
            lol why tho                                   | why tho
            ok with it?                                   | ok with it?
            okay                                          | okay
            what is the best way to end the war           | how to end the war
            is there a way out                            | is there a way out
            how did they describe it, like what word      | how did they describe it, what word
            like what                                     | like what
            is it like nato's article 5                   | is it like nato's article 5
            is there like anything they agree on          | is there anything they agree on
            does it look like anything that exists        | does it look like anything that exists
            how big a concession is it considered         | how big a concession
            is that considered a big deal                 | is that a big deal
            is it considered by many                      | is it considered by many
            what does backsliding mean in this context    | what does backsliding mean
            is the deal with russia in trouble            | is the deal with russia in trouble
            wat's it modeled on                           | what's it modeled on
            wut're they saying                            | what're they saying
            George N. Smith spoke                         | George N. Smith spoke
            what did putin say                            | what did putin say
            what did zelensky say about all this          | what did zelensky say about this
            what's witkoff's role in all of that          | what's witkoff's role in of that
            is an attack on one an attack on all?         | is an attack on one an attack on all?
            whats blocking a deal acc to rubio            | whats blocking a deal according to rubio
            is witkof like an ambassador or what          | is witkof an ambassador or what
            is the guarantee like an alliance             | is the guarantee like an alliance
            is peace around the corner or is that cap     | is peace around the corner
            is a peace agreement imminent or is that all hype | is a peace agreement imminent
            does rubio think the war ends soon or is that cope | does rubio think the war ends soon
            no cap is rubio a senator                     | is rubio a senator
            what does 'article 5 like' even refer to      | what does 'article 5 like' mean
            what is the deal referred to as               | what is the deal referred to as
            which politician gets named in the article    | which politician is mentioned in the article
            what is the deal named                        | what is the deal named
            did the eu like that                          | did the eu welcome that
            does zelensky like the offer                  | does zelensky welcome the offer
            does it look like nato's article 5            | does it look like nato's article 5
            does the guarantee look like the nato one     | does the guarantee look like the nato
            did it like that                              | did it like that
            which is her job?                             | what is her job?
            eli5 the article 5 thing pls                  | explain the article 5 thing pls
            is it at least close?                         | is it close?
            were at least 3 people there                  | were at least 3 people there
            which is bigger, the eu or nato               | which is bigger, the eu or nato
            y unclear                                     | why unclear
            explain like im 5                             | what does that mean
            can u explain that pls                        | what does that mean
            explain the article 5 thing                   | explain the article 5 thing
            and what did he agree to, short version       | and what did he agree to
            whos the source for putin going along with it | who says putin going along with it
            who's the source for that?                    | says who?
            ok now same question but for kyiv             | what about kyiv
            same for the eu?                              | what about the eu?
            like which us official                        | and which us official
            like an actual law??                          | is it an law??
            like actual laws?                             | is it laws?
            like what, a law?                             | like what, a law?
            like nato style?                              | like nato style?
            n what does putin have to do                  | and what does putin have to do
            is that confirmed or is it just one guy saying so | says who?
            is that putin himself saying it or just the american side's version of it | says who?
            is that legit or just him saying it           | is that legit or just him saying it
            what's his full name? need it for my notes    | what's his full name?
            who said it? asking for a friend              | who said it?
            why? i need to know                           | why? i need to know
            """)
    void plain(String chat, String plain) {
        assertThat(ChatWording.plain(chat)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a misspelled common word is read as it: a letter left out first, then two swapped, then one changed")
    @CsvSource(delimiter = '|', textBlock = """
            whre was the summit                           | where was the summit
            on wich network                               | on which network
            does ukraine hav to join nato                 | does ukraine have to join nato
            does rubio thnk ukraine needs a seat          | does rubio think ukraine needs a seat
            is the war stil going on                      | is the war still going on
            what excatly does he want                     | what exactly does he want
            waht did teh envoy say                        | what did the envoy say
            whaat did rubio say                           | what did rubio say
            what did rubio say wud happen                 | what did rubio say would happen
            yo which state was it                         | which state was it
            who's the russian guy in the story            | who's the russian guy in the story
            what such a deal means                        | what such a deal means
            what did von der leyen say                    | what did von der leyen say
            whats that in gmt                             | whats that in gmt
            how long did the talks go according to ria   | how long did the talks go according to ria
            is NATO involved                              | is NATO involved
            what did putn say                             | what did putn say
            """)
    void misspelledCommonWord(String chat, String plain) {
        assertThat(ChatWording.plain(chat)).isEqualTo(plain);
    }

    @Test
    @DisplayName("a misspelled question word still asks for its kind of answer")
    void misspelledQuestionWord() {
        assertThat(Question.of("whre was the summit").expects().type()).isEqualTo(AnswerType.PLACE);
        assertThat(Question.of("wich network aired it").expects().focus()).isEqualTo("network");
    }

    @Test
    @DisplayName("a contraction typed without its apostrophe still opens a yes/no question")
    void contractionWithoutApostrophe() {
        assertThat(Question.of("isnt there a ceasefire yet").expects().type()).isEqualTo(AnswerType.YES_NO);
        assertThat(Question.of("r they meeting again").expects().type()).isEqualTo(AnswerType.YES_NO);
        assertThat(Question.of("whens the next meeting").expects().type()).isEqualTo(AnswerType.TIME);
    }

    @Test
    @DisplayName("a wrapped question is read by the question inside: where, not yes or no")
    void wrappedQuestionType() {
        assertThat(Question.of("can you tell us where the summit was").expects().type()).isEqualTo(AnswerType.PLACE);
        assertThat(Question.of("can you tell us where the summit was").asked()).isEqualTo("can you tell us where the summit was");
    }
}
