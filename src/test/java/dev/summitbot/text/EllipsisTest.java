package dev.summitbot.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Ellipsis shortens text without breaking a word or a code point")
final class EllipsisTest {

    @Test
    @DisplayName("text that fits is returned unchanged")
    void fits() {
        // GIVEN / WHEN / THEN
        assertThat(Ellipsis.shorten("x".repeat(10), 10)).isEqualTo("x".repeat(10));
    }

    @Test
    @DisplayName("a long text is cut at the last space in the second half, with an ellipsis")
    void cutsAtWord() {
        // GIVEN a sentence longer than the room
        String text = "The summit was held in Alaska in August";

        // WHEN it is shortened to 20
        String shortened = Ellipsis.shorten(text, 20);

        // THEN it ends at a word boundary with the mark, within the room
        assertThat(shortened).isEqualTo("The summit was held…").hasSizeLessThanOrEqualTo(20);
    }

    @Test
    @DisplayName("one long word is cut hard at the limit")
    void cutsHardWithoutSpace() {
        // GIVEN / WHEN
        String shortened = Ellipsis.shorten("a " + "b".repeat(50), 20);

        // THEN
        assertThat(shortened).hasSize(20).endsWith("…");
    }

    @ParameterizedTest(name = "max {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
    @DisplayName("never splits a surrogate pair, whatever the limit")
    void keepsCodePointsWhole(int max) {
        // GIVEN text of emoji (two UTF-16 units each)
        String text = "\uD83D\uDE00".repeat(10);

        // WHEN it is shortened
        String shortened = Ellipsis.shorten(text, max);

        // THEN every code point is whole and the limit holds
        assertThat(shortened.length()).isLessThanOrEqualTo(max);
        assertThat(shortened.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp))).isTrue();
    }

    @Test
    @DisplayName("a limit below 1 is refused")
    void refusesZero() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> Ellipsis.shorten("text", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("oneLine folds line breaks and control characters first")
    void oneLine() {
        // GIVEN / WHEN / THEN
        assertThat(Ellipsis.oneLine("a\nb\t\u0007c  d", 80)).isEqualTo("a b c d");
    }
}
