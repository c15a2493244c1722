package dev.summitbot.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.knowledge.Passage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("KnowledgeGenerator")
final class KnowledgeGeneratorTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} sources, {1} passages, {2} facts")
    @CsvSource({"1, 2, 0", "5, 300, 40", "30, 3000, 300"})
    @DisplayName("writes a folder that loads without problems, with exactly the passages and facts asked for")
    void loadsWithRequestedCounts(int sources, int passages, int facts) throws Exception {
        // GIVEN a size
        GeneratorSettings settings = new GeneratorSettings(sources, passages, facts, 7);

        // WHEN the folder is generated and loaded as the bot loads knowledge
        KnowledgeGenerator.Result result = new KnowledgeGenerator(settings).generate(temp.resolve("k"));
        Knowledge knowledge = new KnowledgeLoader().load(temp.resolve("k"));

        // THEN the loader finds exactly what was asked for
        assertThat(knowledge.sources()).hasSize(sources);
        assertThat(knowledge.passages()).hasSize(passages);
        assertThat(knowledge.facts()).hasSize(facts);
        assertThat(result.passages()).isEqualTo(passages);
        assertThat(knowledge.passages()).map(Passage::text).allMatch(t -> t.length() < 600);
    }

    @Test
    @DisplayName("reads like news text: about 22 words a sentence, synonyms and questions written")
    void realisticText() throws Exception {
        KnowledgeGenerator.Result result = new KnowledgeGenerator(new GeneratorSettings(10, 2000, 100, 1)).generate(temp.resolve("k"));

        assertThat(result.meanSentenceWords()).isBetween(19.0, 25.0);
        assertThat(result.contentWordForms()).isGreaterThanOrEqualTo(3000);
        assertThat(result.synonymLines()).isPositive();
        assertThat(Files.readAllLines(temp.resolve("k/questions.txt"))).hasSize(KnowledgeGenerator.QUESTIONS);
    }

    @Test
    @DisplayName("is deterministic: the same seed writes the same bytes, another seed other text")
    void deterministic() throws Exception {
        GeneratorSettings settings = new GeneratorSettings(4, 200, 20, 42);

        Knowledge first = generateAndLoad(settings, "a");
        Knowledge second = generateAndLoad(settings, "b");
        Knowledge other = generateAndLoad(new GeneratorSettings(4, 200, 20, 43), "c");

        assertThat(second.contentHash()).isEqualTo(first.contentHash());
        assertThat(other.contentHash()).isNotEqualTo(first.contentHash());
    }

    @Test
    @DisplayName("refuses to write into a folder that holds files")
    void refusesNonEmptyFolder() throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> new KnowledgeGenerator(new GeneratorSettings(1, 2, 0, 1)).generate(temp))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not empty");
        assertThat(temp.resolve("keep.txt")).hasContent("mine");
    }

    private Knowledge generateAndLoad(GeneratorSettings settings, String name) throws Exception {
        new KnowledgeGenerator(settings).generate(temp.resolve(name));
        return new KnowledgeLoader().load(temp.resolve(name));
    }
}
