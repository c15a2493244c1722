package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A question about the tags a source is filed under")
final class TagsRequestTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("is one")
    @ValueSource(strings = {"what are the tags on this article", "What tags does the article have?", "whats the article tagged as",
        "which categories is this story in", "ok what category is it", "what is the story filed under",
        "is this filed under sports news or something else", "is the article categorized as politics",
        "what topics is this story filed under"})
    void asks(String text) {
        assertThat(TagsRequest.asks(text)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("is not one when it only mentions such a word")
    @ValueSource(strings = {"who tagged along with zelensky", "what category of weapons flew over", "whats the headline say",
        "what topics did they discuss",
        "is zelensky labelled as a dictator", "was a complaint filed", ""})
    void doesNotAsk(String text) {
        assertThat(TagsRequest.asks(text)).isFalse();
    }

    @Test
    @DisplayName("the answer opens with the tags, listed as a sentence lists them")
    void opening() {
        assertThat(TagsRequest.opening(List.of("war", "policy", "news"))).isEqualTo("Tagged war, policy and news: ");
        assertThat(TagsRequest.opening(List.of("war"))).isEqualTo("Tagged war: ");
    }
}
