package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Rambling: a long message is read by its question proper")
final class RamblingTest {

    @Test
    @DisplayName("the background is left out when the question proper says what it asks about on its own")
    void backgroundLeftOut() {
        // GIVEN a long message: background, then the question, wrapped in "can u tell me"
        Question message = Question.of("so my uncle keeps arguing that this whole alaska meeting was pointless and nothing came out of it,"
                + " can u tell me what kind of protection ukraine is supposedly getting from the us and europe");

        // WHEN its question proper is read
        Question proper = Rambling.questionProper(message);

        // THEN it is the question alone, read as asked, and the uncle's words are no topic
        assertThat(proper.text()).isEqualTo("what kind of protection ukraine is supposedly getting from the us and europe");
        assertThat(proper.expects()).isEqualTo(AnswerTypes.read(proper.text()));
        assertThat(proper.context()).isEmpty();
        assertThat(proper.asked()).isEqualTo(message.asked());
    }

    @Test
    @DisplayName("a question proper that points back (\"what was it\") follows on the rest, like a follow-up; the last part that asks in enough words wins")
    void pointsBackAtTheRest() {
        // GIVEN a message whose question is short and points back at what it told
        Question message = Question.of("so my uncle keeps saying russia gave up nothing at the summit but the article says they made some"
                + " concession right? what was it");
        // AND one that asks twice, the later part in more words
        Question twice = Question.of("ok so i was reading the thread and someone said moscow basically caved on ukraine's security,"
                + " is that what the article says? like did russia change its position");

        // WHEN / THEN the first is read with the rest as its context, the second by its last asking part
        assertThat(Rambling.questionProper(message).text()).isEqualTo("what was it");
        assertThat(Rambling.questionProper(message).context()).contains("concession");
        assertThat(Rambling.questionProper(twice).text()).isEqualTo("did russia change its position");
    }

    @Test
    @DisplayName("a part asks when it opens with a question word as chat spells it: \"whats\", \"wat\", \"hows\"")
    void chatQuestionWords() {
        Question message = Question.of("whats the main takeaway from the alaska summit, my neighbor won't stop going on about it and i have no clue");

        assertThat(Rambling.questionProper(message).text()).isEqualTo("whats the main takeaway from the alaska summit");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a preamble that asks nothing, before \"but\" and a question, is left out, however short the message")
    @CsvSource(delimiter = '|', textBlock = """
            sorry if this is a dumb question but who is witkoff                         | who is witkoff
            not trying to start a fight, but what did zelenskky actually say            | what did zelenskky say
            idk much about politics but did russia promise not to take more land        | did russia promise not to take more land
            """)
    void preambleBeforeBut(String message, String proper) {
        Question read = Rambling.questionProper(Question.of(message));

        assertThat(read.text()).isEqualTo(proper);
        assertThat(read.context()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("what the asker says of themself before a comma and a question is left out")
    @CsvSource(delimiter = '|', textBlock = """
            i missed everything, what happened at the trump putin summit                | what happened at the trump putin summit
            im new here, so who is witkoff                                              | who is witkoff
            """)
    void ownStateBeforeQuestion(String message, String proper) {
        Question read = Rambling.questionProper(Question.of(message));

        assertThat(read.text()).isEqualTo(proper);
        assertThat(read.context()).isEmpty();
    }

    @Test
    @DisplayName("a statement about somebody else before a comma is no preamble of the asker's own")
    void othersStatementBeforeQuestion() {
        assertThat(Rambling.questionProper(Question.of("rubio went on tv, what did he say")).text()).isEqualTo("rubio went on tv, what did he say");
    }

    @Test
    @DisplayName("before \"but\", what a question pointing back follows on is its context; a part before it that asks is no preamble")
    void butWithContextOrAsking() {
        Question pointing = Question.of("rubio said peace isnt iminent but what else did he say it will take");
        Question asking = Question.of("is it binding but what happens if russia backslides");

        assertThat(Rambling.questionProper(pointing).text()).isEqualTo("what else did he say it will take");
        assertThat(Rambling.questionProper(pointing).context()).isEqualTo("rubio said peace isn't iminent");
        assertThat(Rambling.questionProper(asking)).isSameAs(asking);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a short message of one question among statements is read by the question; the statements are its context when it points back")
    @CsvSource(delimiter = '|', textBlock = """
            is kremlin really keeping the promises? i read something not good       | is kremlin really keeping the promises? | ''
            hey who is the source that putin agreed?? i want to know who said it    | who is the source that putin agreed??    | i want to know who said it
            my friend says russia wont take more land. is that true?                | is that true?                            | my friend says russia won't take more land.
            my friend say ukraine get nato membership from this meeting. true??     | true??                                   | my friend say ukraine get nato membership from this meeting.
            """)
    void oneQuestionAmongStatements(String message, String proper, String context) {
        Question read = Rambling.questionProper(Question.of(message));

        assertThat(read.text()).isEqualTo(proper);
        assertThat(read.context()).isEqualTo(context);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a short message stays whole when it asks twice, asks in no sentence, or adds a fragment to its question")
    @ValueSource(strings = {"whats russia's position on the guarantees? clear or not", "who met? where did they meet?",
        "Who is the U.S. special envoy?", "i read the article. it was long"})
    void shortMessageWhole(String message) {
        Question asked = Question.of(message);

        assertThat(Rambling.questionProper(asked)).isSameAs(asked);
    }

    @Test
    @DisplayName("a short question, a message that asks in no part and a short follow-up already read with its context stay as they are")
    void unchanged() {
        Question shortOne = Question.of("ok so, where was the summit held, and who was there?");
        Question noAsking = Question.of("i keep hearing mixed stuff about the summit, the guarantees, the land, the envoy and the talks lol");
        Question shortFollowUp = new Question("x", "wait what? is that true? i read otherwise", null, "who met in alaska");

        assertThat(Rambling.questionProper(shortOne)).isSameAs(shortOne);
        assertThat(Rambling.questionProper(noAsking)).isSameAs(noAsking);
        assertThat(Rambling.questionProper(shortFollowUp)).isSameAs(shortFollowUp);
    }

    @Test
    @DisplayName("a long follow-up is read by its question proper, still following on the question before it")
    void longFollowUp() {
        // GIVEN a long follow-up around its question, read with the question before
        Question followUp = new Question("x", "ok so im confused, does this mean russia is fine with ukraine having nato protection"
                + " but not being in nato officially?? thats kinda wild if true", null, "what did witkoff say");

        // WHEN / THEN its question proper is the question, and the question before stays its context
        Question proper = Rambling.questionProper(followUp);
        assertThat(proper.text()).isEqualTo("does this mean russia is fine with ukraine having nato protection but not being in nato officially??");
        assertThat(proper.context()).isEqualTo("what did witkoff say");
        assertThat(proper.expects().type()).isEqualTo(AnswerType.YES_NO);
    }
}
