package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("HeadlineRequest: a question about what a headline says")
final class HeadlineRequestTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            whats the headline say                        | true
            what's the headline of the article saying     | true
            what does the headline call witkoff           | true
            whats the headline saying putin did           | true
            so what's the article's title?                | true
            what is the title                             | true
            whats the headline about                      | false
            who's the american emissary in the headline   | false
            what title does the article give rubio        | false
            what's the title of the american emissary     | false
            where was the summit held                     | false
            """)
    void asks(String question, boolean headline) {
        // GIVEN / WHEN / THEN
        assertThat(HeadlineRequest.asks(question)).isEqualTo(headline);
    }
}
