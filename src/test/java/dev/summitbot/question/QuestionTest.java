package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Question: what asks how things stand now, or for particulars")
final class QuestionTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            has a deal been signed?                 | true
            Have the talks been cancelled           | true
            is there a ceasefire yet                | true
            where do things stand now               | true
            whats the latest on the guarantees      | true
            is russia still keeping its promise     | true
            what has happened so far                | true
            where was the summit held?              | false
            who has the envoy met                   | false
            what did rubio say about the knowledge  | false
            """)
    void aboutNow(String question, boolean now) {
        // GIVEN / WHEN / THEN
        assertThat(Question.of(question).aboutNow()).isEqualTo(now);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            which ones?                                 | true
            like what                                   | true
            like which?                                 | true
            so what are the disagreements specifically  | true
            did he say what they are                    | true
            did he name the sticking points?            | true
            did he name specific sticking points        | true
            examples?                                   | true
            who specifically                            | false
            what else                                   | false
            what are the areas of agreement             | false
            which points exactly, he told it?           | true
            did he list them                            | true
            which areas did russia take                 | false
            like what tho                               | true
            examples then?                              | true
            additional consequences like what, sanctions? | true
            article 5 like what                         | false
            """)
    void asksForParticulars(String question, boolean particulars) {
        // GIVEN / WHEN / THEN "who specifically" asks for a person, no particulars
        assertThat(Question.of(question).asksForParticulars()).isEqualTo(particulars);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("\"what else\", \"like what\" (or which), \"more\", \"did he say anything else\", and a bare \"but?\", \"and?\" or \"go on\" ask for more than the answer before")
    @CsvSource(delimiter = '|', textBlock = """
            what else?        | true
            like what         | true
            like which ones   | true
            tell me more      | true
            but?              | true
            and?              | true
            go on             | true
            but why           | false
            and the europeans | false
            what else did he say | false
            did he say anything else | true
            anything else he said | true
            like what tho     | true
            what else then?   | true
            and the eu then   | false
            """)
    void asksForMore(String question, boolean more) {
        // GIVEN / WHEN / THEN
        assertThat(Question.of(question).asksForMore()).isEqualTo(more);
    }
}
