package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("EnglishWords tells plain English from names, with WordNet 3.1")
final class EnglishWordsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("plain words (inflected too) and names")
    @CsvSource(textBlock = """
            counterpart, true
            hosted,      true
            countries,   true
            okay,        true
            seize,       true
            Putin,       false
            lavrov,      false
            paris,       false
            witkoff,     false
            """)
    void plainOrName(String word, boolean plain) {
        // GIVEN / WHEN / THEN
        assertThat(EnglishWords.get().isPlain(word)).isEqualTo(plain);
    }

    @Test
    @DisplayName("places are known by name, in any case, multi-word ones too")
    void places() {
        // GIVEN / WHEN / THEN
        EnglishWords english = EnglishWords.get();
        assertThat(english.isPlace("Alaska")).isTrue();
        assertThat(english.isPlace("moscow")).isTrue();
        assertThat(english.isPlace("United States")).isTrue();
        assertThat(english.isPlace("Witkoff")).isFalse();
        assertThat(english.isPlace("summit")).isFalse();
        assertThat(english.size()).isGreaterThan(50_000);
    }
}
