package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("TypeCheck: whether a statement gives the kind of answer asked for")
final class TypeCheckTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("someone's words are a verb of saying with what was said, or a quotation of words; a quoted title is neither")
    @CsvSource(delimiter = '|', textBlock = """
            Senator Marco Rubio gave an interview on ABC's "This Week".                                       | false
            Rubio appeared on "Face the Nation," CBS's Sunday programme.                                       | false
            Rubio said.                                                                                        | false
            Senator Marco Rubio, in an interview on ABC's "This Week," emphasized that a deal is a long way off. | true
            Rubio stated that a peace agreement is not imminent.                                               | true
            The guarantees are "game-changing", in Rubio's words.                                              | true
            In his interview Rubio: "We are a long way from a deal."                                           | true
            """)
    void saying(String statement, boolean words) {
        // GIVEN a question for someone's words
        Question question = Question.of("what did rubio say in his abc interview");

        // WHEN a statement is checked / THEN it answers only if it reports words said
        assertThat(TypeCheck.satisfies(statement, Optional.empty(), question)).isEqualTo(words);
    }
}
