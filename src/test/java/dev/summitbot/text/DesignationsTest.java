package dev.summitbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Designations: \"B-2\", \"b2s\" and \"B2\" are written one way")
final class DesignationsTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @DisplayName("letters, an optional hyphen, digits and an optional plural become letters and digits")
    @CsvSource(delimiter = '|', textBlock = """
            Two B-2 bombers                | Two B2 bombers
            how many b2s flew              | how many b2 flew
            F-35s and f-22's               | F35 and f22
            an Il-76 landed                | an Il76 landed
            the 3-on-3 talks               | the 3-on-3 talks
            COVID-19 and out-112ua         | COVID-19 and out-112ua
            at 5 p.m. on 15 August         | at 5 p.m. on 15 August
            """)
    void normalize(String text, String expected) {
        assertThat(Designations.normalize(text)).isEqualTo(expected);
    }
}
