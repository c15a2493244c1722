package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Words that point at the bot's own sources are no topic")
final class SourceReferencesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("\"the article\", \"your sources\", \"this story\" are left out, with the verb that says what they say")
    @CsvSource(delimiter = '|', value = {
        "what shift does the article mention|what shift does mention",
        "what's the source for putin accepting the deal|what's for putin accepting the deal",
        "according to your sources, who met?|according to , who met?",
        "did This Story say when?|did say when?",
        "did the artical say which areas|did say which areas",
        "who is the emissary mentioned in the headline?|who is the emissary mentioned in ?",
        "who is the american emissary the headline talks about|who is the american emissary about",
        "headline says american emissary... who dat|american emissary... who dat",
        "What is the goal of the negotiations according to article?|What is the goal of the negotiations according to ?",
        "what is written in article about rubio|what is written in about rubio"})
    void referencesAreLeftOut(String question, String searched) {
        assertThat(SourceReferences.removedFrom(question).replaceAll("\\s+", " ").strip()).isEqualTo(searched);
    }

    @Test
    @DisplayName("\"Article 5\" and an article without a determiner are topics, but for \"according to article\", \"in article\"")
    void articleFiveStays() {
        assertThat(SourceReferences.removedFrom("what does the Article 5 guarantee mean")).isEqualTo("what does the Article 5 guarantee mean");
        assertThat(SourceReferences.removedFrom("is the article 5-like protection real")).isEqualTo("is the article 5-like protection real");
        assertThat(SourceReferences.removedFrom("which sources of energy")).isEqualTo("which sources of energy");
        assertThat(SourceReferences.removedFrom("sources of energy?")).isEqualTo("sources of energy?");
        assertThat(SourceReferences.removedFrom("what is in article 5")).isEqualTo("what is in article 5");
        assertThat(SourceReferences.removedFrom("which article of the treaty")).isEqualTo("which article of the treaty");
    }
}
