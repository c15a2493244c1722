package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The statements weighed for an answer are many enough that one the question's words cover best is among them, however common the words a follow-up carries")
final class CandidatePoolTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge, notes on reports included

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            when did trump announce the alaska meeting               | who confirmed it on the russian side? | Ushakov
            where did putin go after the press conference in anchorage | who's buried there                  | Soviet pilots
            """)
    @DisplayName("a follow-up carrying \"alaska\", \"meeting\", \"anchorage\" (said by many statements) finds the one its own words name")
    void followUpFindsItsStatement(String before, String followUp, String expected) {
        // GIVEN a question answered / WHEN the follow-up is asked
        Answer next = afterAnswering(before, followUp);

        // THEN the statement its own words name answers
        assertThat(next).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains(expected));
    }
}
