package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summitbot.text.Ellipsis;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("DiscordText makes text inert and fits it to Discord's limits")
final class DiscordTextTest {

    private static final String ZWSP = "\u200b";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "@everyone look            | @\u200beveryone look",
            "hi @here!                 | hi @\u200bhere!",
            "@EveryOne                 | @\u200bEveryOne",
            "ask <@123456>             | ask <@\u200b123456>",
            "ask <@!123456>            | ask <@!\u200b123456>",
            "role <@&987654>           | role <@&\u200b987654>",
            "see <#555>                | see <#\u200b555>",
            "mail me at a@b.example    | mail me at a@b.example",
            "Trump–Putin summit        | Trump–Putin summit"})
    @DisplayName("mass, user, role and channel mentions are broken with a zero-width space; other text is untouched")
    void safe(String text, String expected) {
        // WHEN
        String safe = DiscordText.safe(text);

        // THEN
        assertThat(safe).isEqualTo(expected);
        assertThat(safe).doesNotContainPattern("@(?i)(everyone|here)").doesNotContainPattern("<(@[!&]?|#)\\d");
    }

    @Test
    @DisplayName("text within the limit is kept whole (made safe)")
    void withinLimit() {
        // WHEN / THEN
        assertThat(DiscordText.fit("short @here", 100)).isEqualTo("short @" + ZWSP + "here");
        assertThat(DiscordText.fit("x".repeat(100), 100)).hasSize(100).doesNotContain("…");
    }

    @Test
    @DisplayName("longer text is made safe, then shortened the one way all text is (Ellipsis, tested there)")
    void cutAfterMakingSafe() {
        // GIVEN a mention near the end of a long text
        String text = "The Trump–Putin summit was held in Alaska and @everyone was told about it";

        // WHEN it is fitted
        String fitted = DiscordText.fit(text, 60);

        // THEN it is the safe text, shortened by the shared rule
        assertThat(fitted).isEqualTo(Ellipsis.shorten(DiscordText.safe(text), 60)).hasSizeLessThanOrEqualTo(60);
    }

    @Test
    @DisplayName("a cut never splits a surrogate pair")
    void surrogatePairs() {
        // GIVEN: emoji are two UTF-16 units each
        String text = "🏔".repeat(30);

        // WHEN / THEN
        for (int max = 1; max <= 61; max++) {
            String fitted = DiscordText.fit(text, max);
            assertThat(fitted).as("max %d", max).hasSizeLessThanOrEqualTo(max);
            assertThat(unpaired(fitted)).as("unpaired surrogate at max %d in %s", max, fitted).isFalse();
        }
    }

    @ParameterizedTest(name = "limit {1}")
    @MethodSource("limits")
    @DisplayName("every limit is respected, even when breaking mentions lengthens the text")
    void limits(String text, int max) {
        // WHEN
        String fitted = DiscordText.fit(text, max);

        // THEN
        assertThat(fitted).hasSizeLessThanOrEqualTo(max);
        assertThat(unpaired(fitted)).isFalse();
        assertThat(fitted).doesNotContainPattern("@(everyone|here)");
    }

    static Stream<Arguments> limits() {
        String noisy = "@everyone ".repeat(300) + "🏔 <@&123> ".repeat(300);
        return IntStream.of(1, 2, 3, DiscordText.BUTTON_LABEL, DiscordText.CHOICE_NAME, DiscordText.EMBED_TITLE,
                        DiscordText.EMBED_FIELD_VALUE, DiscordText.CONTENT, DiscordText.EMBED_DESCRIPTION)
                .mapToObj(max -> Arguments.of(noisy, max));
    }

    @Test
    @DisplayName("a limit below one is a programming error")
    void badLimit() {
        assertThatThrownBy(() -> DiscordText.fit("text", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean unpaired(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
