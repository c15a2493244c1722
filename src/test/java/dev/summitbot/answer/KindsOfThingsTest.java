package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.question.Question;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("\"what car\", \"what planes\": the sources answer with a kind of the thing (a limousine, a bomber), found and accepted as one")
final class KindsOfThingsTest {

    private static Answering answering;

    @BeforeAll
    static void build() {
        // GIVEN the whole real knowledge, notes on reports included ("rode together in \"The Beast\", the armoured limousine …")
        answering = Fixtures.answering(Fixtures.load(Fixtures.realKnowledge()));
    }

    @AfterAll
    static void close() throws IOException {
        answering.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what car did trump and putin ride in together                        | The Beast
            what planes did the flyover when trump and putin were on the red carpet | B-2
            """)
    void answeredByAKind(String asked, String expected) {
        // WHEN asked for the thing by a word the statement does not use ("car", used once elsewhere in the sources)
        Answer answer = answering.answer(Question.of(asked));

        // THEN the statement naming a kind of it answers
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains(expected));
    }
}
