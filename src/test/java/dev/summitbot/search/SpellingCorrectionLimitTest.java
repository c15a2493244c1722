package dev.summitbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.question.Question;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Spelling correction costs a fuzzy walk of the index per unknown word, so a question of many
 * unknown long words would cost many walks: the corrections tried per question are capped.
 * (The cost itself is a benchmark's business; this holds the cap.)
 */
@DisplayName("Spelling correction: capped per question")
final class SpellingCorrectionLimitTest {

    @Test
    @DisplayName("a question of many misspelled words gets at most MAX_CORRECTIONS corrections, the first ones in question order")
    void correctionsAreCapped() throws Exception {
        // GIVEN the real knowledge and a question of ten misspelled words it knows
        List<String> misspelled = List.of("ceasefrie", "guarantes", "ukrainain", "europen", "zelenskky",
                "territorry", "emissarry", "witkofff", "negotations", "agreemnt");
        try (KnowledgeIndex index = Fixtures.index(Fixtures.load(Fixtures.realKnowledge()))) {
            Retriever retriever = new Retriever(index);
            // (each word on its own is corrected)
            for (String word : misspelled) {
                assertThat(retriever.retrieve(Question.of(word), 1).concepts()).as(word).anySatisfy(c -> assertThat(c.correctedFrom()).isNotNull());
            }

            // WHEN they are asked together
            Retrieval retrieval = retriever.retrieve(Question.of(String.join(" ", misspelled)), 5);

            // THEN only the first few are corrected
            List<String> corrected = retrieval.concepts().stream().map(Concept::correctedFrom).filter(Objects::nonNull).toList();
            assertThat(corrected).hasSize(Retriever.MAX_CORRECTIONS);
            assertThat(retrieval.concepts().subList(0, Retriever.MAX_CORRECTIONS))
                    .allSatisfy(c -> assertThat(c.correctedFrom()).isNotNull());
        }
    }
}
