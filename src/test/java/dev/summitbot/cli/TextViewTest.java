package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.answer.Citation;
import dev.summitbot.answer.Summary;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TextView: summaries in the console")
final class TextViewTest {

    @Test
    @DisplayName("a summary lists each source once, with the quotes it cites from it under it")
    void groupedCitations() {
        // GIVEN a summary citing two quotes of one source and one of another
        Summary summary = new Summary(Optional.empty(), List.of("One. [1]", "Two. [2]", "Three. [3]"), List.of(
                new Citation(1, "a", "Source A", Optional.of("https://example.org/a"), "one"),
                new Citation(2, "b", "Source B", Optional.empty(), "two"),
                new Citation(3, "a", "Source A", Optional.of("https://example.org/a"), "three")));

        // WHEN
        String text = TextView.summary(summary);

        // THEN
        assertThat(text).isEqualTo("""
                Summary:
                  • One. [1]
                  • Two. [2]
                  • Three. [3]

                Source A (a) <https://example.org/a>
                    [1] "one"
                    [3] "three"
                Source B (b)
                    [2] "two\"""");
    }
}
