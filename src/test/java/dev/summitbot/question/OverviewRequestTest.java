package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("A request for a summary, typed as a question")
final class OverviewRequestTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" → \"{1}\"")
    @DisplayName("is read with its topic (empty: everything)")
    @CsvSource(delimiter = '|', value = {
        "tldr|''",
        "TL;DR?|''",
        "what's the article about|''",
        "whats this all about?|''",
        "what's the summary|''",
        "hey bot, give me a quick summary|''",
        "can you summarize rubio's interview?|rubio's interview",
        "could someone summarise rubio's interview for me?|rubio's interview",
        "summary of the press conference|the press conference",
        "recap on witkoff pls|witkoff",
        "summit summary|summit",
        "Rubio interview TLDR|rubio interview",
        "tldr of the article?|''",
        "summary of this story pls|''",
        "whats the headline about|''",
        "what was the summit about?|the summit",
        "what the summit in alaska was about|the summit in alaska",
        "what came out of it|''", "and what came out of it|''",
        "what came out of the talks|the talks",
        "tell me about the alaska summit|the alaska summit",
        "can you tell me more about the us envoy's claims?|the us envoy's claims",
        "what do you know about rubio|rubio",
        "fill me in on the talks pls|the talks",
        "whats the main news hear|''",
        "and what was the big news from it|''",
        "what is main news of this article in one sentence|''",
        "what's the main takeaway from the alaska summit?|the alaska summit",
        "how would u sum up the article in a sentence|''", "how do you summarize rubio's interview?|rubio's interview",
        "summarize the talks in a few words pls|the talks", "tldr one line pls|''", "summary of rubio's interview, one sentence|rubio's interview",
        "tldr on the deal|the deal"})
    void requests(String text, String topic) {
        assertThat(OverviewRequest.topicOf(text)).contains(topic);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a question that merely contains such a word is a question")
    @ValueSource(strings = {"what did the summit summary say about rubio", "who wrote the summary?", "is there a summary of the talks?",
        "what happened at the summit?", "what was he talking about", "what's the protection for ukraine called", "where was the summit held?",
        "tell me who met in alaska", "did he tell them about the deal", "what was his main point",
        "whats the main thing russia gave up in this", "how would you describe the guarantee",
        "how do you spell zelensky's name", ""})
    void questions(String text) {
        assertThat(OverviewRequest.topicOf(text)).isEmpty();
    }
}
