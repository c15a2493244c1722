package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Who was with a person: the question names him, and a statement puts somebody beside him")
final class CompanionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a question for a person asks the company of the one named after \"with\", before \"side\", or who had others with him")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            who sat with putin in the 3 on 3            | putin
            who was on putin's side                     | putin
            who did trump have with him in the meeting  | trump
            who was in the room with him                | none
            what did rubio say with trump there         | none
            """)
    void askedCompany(String asked, String person) {
        // WHEN / THEN
        assertThat(Companions.asked(Question.of(asked)).orElse(null)).isEqualTo(person);
    }

    @Test
    @DisplayName("a statement that seats somebody with him is his company; one that names him as the other side is not")
    void besideHim() {
        // GIVEN the two sides of one meeting
        String us = "Secretary of State Marco Rubio and special envoy Steve Witkoff sat with Trump in the meeting with Putin.";
        String russia = "Foreign Minister Sergei Lavrov and aide Yuri Ushakov sat with Putin in the meeting with Trump.";

        // WHEN / THEN each is the company of its own leader only
        assertThat(Companions.beside("trump").test(us)).isTrue();
        assertThat(Companions.beside("trump").test(russia)).isFalse();
        assertThat(Companions.beside("putin").test(russia)).isTrue();
        assertThat(Companions.beside("trump").test("Rubio and Witkoff accompanied President Trump.")).isTrue();
        // a word that is no name is nobody's company ("sat with the delegation")
        assertThat(Companions.beside("delegation").test("The aides sat with the delegation.")).isFalse();
    }
}
