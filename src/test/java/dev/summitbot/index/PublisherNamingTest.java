package dev.summitbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A statement's context names its source's publisher by the words of its name that are names, not plain words or places")
final class PublisherNamingTest {

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Lenta.ru                                | Lenta ru
            Novyny.LIVE                             | Novyny
            CNN (transcript of CNN News Central)    | CNN
            Interfax-Ukraine                        | Interfax
            The Nightly (The New York Times)        | ""
            People's Daily Online (Xinhua)          | ""
            """)
    @DisplayName("what is in brackets, plain words, places and stop words are left out")
    void naming(String publisher, String expected) {
        // WHEN the publisher's name is read for a statement's context
        String naming = DocumentMapper.naming(publisher);

        // THEN only the words that name it are left
        assertThat(naming).isEqualTo(expected);
    }
}
