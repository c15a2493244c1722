package dev.summitbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("EditDistance: optimal string alignment distance")
final class EditDistanceTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" ↔ \"{1}\" = {2}")
    @DisplayName("counts insertions, deletions, substitutions and adjacent transpositions")
    @CsvSource(textBlock = """
            '',        '',         0
            abc,       '',         3
            '',        abc,        3
            putin,     putin,      0
            putn,      putin,      1
            rubioo,    rubio,      1
            alsaka,    alaska,     1
            ca,        ac,         1
            witkoof,   witkoff,    1
            kitten,    sitting,    3
            flaw,      lawn,       2
            zelensky,  zelenskyy,  1
            ukraine,   russia,     6
            """)
    void distance(String a, String b, int expected) {
        // GIVEN two words
        // WHEN / THEN the distance is the fewest edits, and the same both ways
        assertThat(EditDistance.of(a, b)).isEqualTo(expected);
        assertThat(EditDistance.of(b, a)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" ↔ \"{1}\" = {2}")
    @DisplayName("a transposed pair is not edited again: OSA, not unrestricted Damerau–Levenshtein")
    @CsvSource(textBlock = """
            ca,   abc,  3
            abcd, badc, 2
            """)
    void optimalStringAlignment(String a, String b, int expected) {
        // GIVEN words where unrestricted Damerau–Levenshtein would edit inside a transposed pair
        // WHEN / THEN each substring is edited at most once
        assertThat(EditDistance.of(a, b)).isEqualTo(expected);
    }
}
