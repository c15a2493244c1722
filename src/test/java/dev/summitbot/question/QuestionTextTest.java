package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("QuestionText cleans raw question text before it is read or shown")
final class QuestionTextTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("drops mentions, control characters and extra white space")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # raw                                              | cleaned
            Where was the summit held?                         | Where was the summit held?
            `   where   was\tthe\nsummit   held?  `            | where was the summit held?
            @everyone where was the summit held?               | where was the summit held?
            @here who is the envoy                             | who is the envoy
            @EVERYONE @Here hello                              | hello
            <@123456789012345678> who is the envoy             | who is the envoy
            <@!123456789012345678> who is the envoy            | who is the envoy
            <@&123456789012345678> who is the envoy            | who is the envoy
            <#123456789012345678> who is the envoy             | who is the envoy
            who<@123>is<@&456>the<#789>envoy                   | who is the envoy
            <@abc> is not a mention                            | <@abc> is not a mention
            `@everyone`                                        | ``
            """)
    void cleans(String raw, String expected) {
        // GIVEN raw text from a chat or a terminal
        // WHEN it is cleaned
        String cleaned = QuestionText.clean(raw);

        // THEN only the readable question is left
        assertThat(cleaned).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("mentions cannot be rebuilt from what is left after cleaning")
    @ValueSource(strings = {
        "<@<@123>123>", "@\u200Beveryone", "@\u0000here", "<\u0007@&123>", "@ever\u200Dyone",
        "@@everyone@here", "<@&<#1>123>", "@her<@1>e",
    })
    void noMentionSurvives(String raw) {
        // GIVEN mentions hidden inside mentions or split by invisible characters
        // WHEN the text is cleaned
        String cleaned = QuestionText.clean(raw);

        // THEN nothing in it is a live mention
        assertThat(cleaned).doesNotContain("@everyone", "@here").doesNotContainPattern("<(@[!&]?|#)\\d+>");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a mass mention glued to other letters is not echoed either")
    @ValueSource(strings = {"@everyones where was the summit held", "@hereford", "mail ana@heresy.org", "@every@hereone"})
    void massMentionInsideAWord(String raw) {
        // GIVEN "@everyone" or "@here" followed by more letters
        // WHEN the text is cleaned
        String cleaned = QuestionText.clean(raw);

        // THEN the mass mention is gone
        assertThat(cleaned).doesNotContain("@everyone", "@here");
    }

    @Test
    @DisplayName("control characters become spaces, so words on either side stay apart")
    void controlCharacters() {
        // GIVEN text with NUL, BEL, ESC sequences, DEL, a zero-width space and a bidi override
        String raw = "where\u0000was\u0007the\u001b[31msummit\u007fheld\u200B?\u202E";

        // WHEN / THEN no control or format character is left and the words are still separate (format
        // characters, which are invisible, are removed without a space: see CommandLineInputTest)
        String cleaned = QuestionText.clean(raw);
        assertThat(cleaned).doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
        assertThat(cleaned).isEqualTo("where was the [31msummit held?");
    }

    @Test
    @DisplayName("null is an empty question")
    void nullIsEmpty() {
        assertThat(QuestionText.clean(null)).isEmpty();
    }

    @Test
    @DisplayName("a 10,000-character question is cut to at most 1,000 characters, between words")
    void longQuestionsAreCut() {
        // GIVEN 10,000 characters of words
        String raw = "summit alaska ".repeat(715).substring(0, 10_000);

        // WHEN it is cleaned
        String cleaned = QuestionText.clean(raw);

        // THEN it fits, and it ends with a whole word
        assertThat(cleaned.length()).isLessThanOrEqualTo(QuestionText.MAX_CHARS).isGreaterThan(QuestionText.MAX_CHARS / 2);
        assertThat(cleaned).matches("(summit alaska )*summit( alaska)?");
    }

    @Test
    @DisplayName("a 10,000-character word is cut at exactly 1,000 characters")
    void longWordIsCutHard() {
        assertThat(QuestionText.clean("x".repeat(10_000))).hasSize(QuestionText.MAX_CHARS);
    }

    @Test
    @DisplayName("mentions far into a long text are removed before the text is cut")
    void mentionsInLongText() {
        // GIVEN a long text with a mention right at the cut
        String raw = "a ".repeat(499) + "@everyone" + " b".repeat(2_000);

        // WHEN / THEN
        assertThat(QuestionText.clean(raw)).doesNotContain("@everyone").doesNotContain("@");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" empty? {1}")
    @DisplayName("a question is empty when no letter or digit is left")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``          | true
            `   `       | true
            ?!          | true
            \\"         | true
            ((( ~2^     | false
            a           | false
            5           | false
            Ünïcödé     | false
            """)
    void isEmpty(String cleaned, boolean expected) {
        assertThat(QuestionText.isEmpty(cleaned)).isEqualTo(expected);
    }
}
