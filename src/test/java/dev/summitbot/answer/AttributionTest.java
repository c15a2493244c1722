package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.FactType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A dated claim is said as its speaker's, with when they said it")
final class AttributionTest {

    private static Fact fact(String subject, String relation, String object, String date) {
        return new Fact("f", subject, relation, object, "s", "q", Optional.of(FactType.STATEMENT),
                Optional.ofNullable(date).map(LocalDate::parse), Optional.empty(), "facts/f.yaml", 1);
    }

    @Test
    @DisplayName("\"said <setting> that <claim>\": who, when, where, then the claim")
    void saidThat() {
        assertThat(Evidence.statement(fact("Steve Witkoff", "said in an interview with CNN on Sunday that the two sides had made",
                "\"substantial progress\"", "2025-08-17")))
                .isEqualTo("According to Steve Witkoff, speaking on 2025-08-17 in an interview with CNN on Sunday,"
                        + " the two sides had made \"substantial progress\".");
    }

    @Test
    @DisplayName("\"told X that\" says to whom; \"wrote\" is writing; a setting's own comma is not doubled")
    void toldAndWrote() {
        assertThat(Evidence.statement(fact("Trump", "told a host on board the plane that", "he would walk away", "2025-08-15")))
                .isEqualTo("According to Trump, speaking on 2025-08-15 to a host on board the plane, he would walk away.");
        assertThat(Evidence.statement(fact("Trump", "wrote that the best way was", "a peace agreement", "2025-08-16")))
                .isEqualTo("According to Trump, writing on 2025-08-16, the best way was a peace agreement.");
        assertThat(Evidence.statement(fact("The spokesman", "said on Thursday, the day before, that", "nothing would be signed",
                "2025-08-14")))
                .isEqualTo("According to the spokesman, speaking on 2025-08-14 on Thursday, the day before, nothing would be signed.");
    }

    @Test
    @DisplayName("words before \"that\" that are no setting belong to the claim; \"said that\" has none")
    void claimBeforeThat() {
        assertThat(Evidence.statement(fact("Putin", "said he agreed that", "security should be ensured", "2025-08-15")))
                .isEqualTo("According to Putin, speaking on 2025-08-15, he agreed that security should be ensured.");
        assertThat(Evidence.statement(fact("Trump", "said that there was", "no firm deal", "2025-08-15")))
                .isEqualTo("According to Trump, speaking on 2025-08-15, there was no firm deal.");
    }

    @Test
    @DisplayName("\"said <claim>\" without \"that\" keeps the whole claim")
    void saidWithoutThat() {
        assertThat(Evidence.statement(fact("Putin", "said Moscow wanted", "a long-term settlement", "2025-08-15")))
                .isEqualTo("According to Putin, speaking on 2025-08-15, Moscow wanted a long-term settlement.");
    }

    @Test
    @DisplayName("an undated claim, a verb that colours the claim, and a fact that is no claim keep their own wording")
    void otherFactsAsTheyAre() {
        assertThat(Evidence.statement(fact("Rubio", "said both sides", "would have to give something", null)))
                .isEqualTo("Rubio said both sides would have to give something.");
        assertThat(Evidence.statement(fact("Trump", "warned that there would be", "consequences", "2025-08-13")))
                .isEqualTo("On 2025-08-13, Trump warned that there would be consequences.");
        assertThat(Evidence.statement(fact("The talks", "lasted", "three hours", "2025-08-15")))
                .isEqualTo("On 2025-08-15, the talks lasted three hours.");
        assertThat(Evidence.statement(fact("Trump", "told", "him to make a deal", "2025-08-15")))
                .isEqualTo("On 2025-08-15, Trump told him to make a deal.");
    }
}
