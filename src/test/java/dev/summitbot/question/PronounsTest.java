package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Pronouns: whether the sources call a person \"he\" or \"she\", from their own sentences")
final class PronounsTest {

    private static final Pronouns LEARNED = Pronouns.learnedFrom(List.of(
            List.of("European Commission President Ursula von der Leyen said she would join the meeting at Zelenskyy's request.",
                    "After her statement, other leaders announced that they would take part."),
            List.of("Secretary of State Marco Rubio was interviewed by Margaret Brennan on Sunday.",
                    "Brennan noted that Vladimir Putin had not given Donald Trump the ceasefire he wanted.",
                    "She also noted that Putin says the root causes must be resolved.",
                    "Rubio said both sides would have to give something.",
                    "He said Ukraine rightly feels harmed.")));

    @ParameterizedTest(name = "[{index}] {0} as \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Ursula von der Leyen | she | true
            von der Leyen        | her | true
            von der Leyen        | he  | false
            Brennan              | she | true
            Margaret Brennan     | his | false
            Rubio                | he  | true
            Marco Rubio          | she | false
            Vladimir Putin       | she | true
            Donald Trump         | her | true
            Zelenskyy            | she | true
            von der Leyen        | it  | true
            """)
    @DisplayName("a pronoun stands for the one person its sentence names before it, or opening a sentence for the one who opened the sentence before; "
            + "three people before \"he\" tell nothing, and a person never referred to by a pronoun fits either")
    void learned(String name, String pronoun, boolean fits) {
        // GIVEN pronouns learned from two sources / WHEN asked whether the pronoun may stand for the person
        // THEN only the other one the sources use rules it out
        assertThat(LEARNED.fits(name, pronoun)).isEqualTo(fits);
    }

    @ParameterizedTest(name = "[{index}] {0} as \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            von der Leyen        | he  | false
            Ursula von der Leyen | she | true
            Marco Rubio          | she | false
            Steve Witkoff        | he  | true
            Donald Trump         | she | true
            Volodymyr Zelenskyy  | she | true
            """)
    @DisplayName("a given name the sources write tells too: a woman's (\"Ursula\") or a man's (\"Marco\"), wherever the surname appears; "
            + "one that is both (\"Donald\") or neither (\"Volodymyr\") tells nothing, nor does a particle (\"Von\" is a man's name)")
    void givenNames(String name, String pronoun, boolean fits) {
        // GIVEN sources that write full names and never a pronoun
        Pronouns pronouns = Pronouns.learnedFrom(List.of(List.of(
                "European Commission President Ursula von der Leyen welcomed President Donald Trump's willingness.",
                "Ukrainian President Volodymyr Zelenskyy thanked Secretary of State Marco Rubio.")));

        // WHEN asked whether the pronoun may stand for the person / THEN the given name decides, where it tells
        assertThat(pronouns.fits(name, pronoun)).isEqualTo(fits);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"she, true", "Her, true", "hers, true", "he, false", "his, false", "they, false"})
    @DisplayName("\"she\", \"her\" and \"hers\" are a woman's")
    void feminine(String pronoun, boolean feminine) {
        assertThat(Pronouns.feminine(pronoun)).isEqualTo(feminine);
    }
}
