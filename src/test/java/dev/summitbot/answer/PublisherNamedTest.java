package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A question naming a report's publisher (\"per lenta\", \"what did novyny say\") finds the notes on that report, which do not name it in every line")
final class PublisherNamedTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge, with notes on reports by Lenta.ru and Novyny.LIVE

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            whose schedule did novyny cite for the summit day  | 9News
            what did lenta report about the press conference   | twice as long
            """)
    @DisplayName("the publisher named is found in the notes on its report")
    void publisherNamed(String asked, String expected) {
        // WHEN the question names the publisher by a word of its name
        Answer answer = answering.answer(Question.of(asked));

        // THEN the notes on its report answer
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains(expected));
    }
}
