package dev.summitbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SentenceSplitter cuts source text into verbatim sentence passages")
final class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private static Source source(String id, String text, int textLine) {
        return source(id, text, textLine, SourceKind.ARTICLE);
    }

    private static Source source(String id, String text, int textLine, SourceKind kind) {
        return new Source(id, "Title of " + id, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), kind,
                text, "sources/" + id + ".md", textLine);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("splits only where a sentence ends")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # paragraph                                                                  | expected sentences, joined by ' / '
            According to U.S. Special Envoy Steve Witkoff, Putin agreed. Then he left.   | According to U.S. Special Envoy Steve Witkoff, Putin agreed. / Then he left.
            Sen. Marco Rubio spoke on Sunday. He left early.                             | Sen. Marco Rubio spoke on Sunday. / He left early.
            Gov. Jane Doe met Dr. Who and Mr. Smith. They talked.                        | Gov. Jane Doe met Dr. Who and Mr. Smith. / They talked.
            J. R. Tolkien wrote it. Fine.                                                | J. R. Tolkien wrote it. / Fine.
            President Donald J. Trump spoke. Nobody answered.                            | President Donald J. Trump spoke. / Nobody answered.
            He said "Stop." Then he left.                                                | He said "Stop." / Then he left.
            He said “Stop.” Then he left.                                                | He said “Stop.” / Then he left.
            (He left.) She stayed.                                                       | (He left.) / She stayed.
            Is it? Yes! Really.                                                          | Is it? / Yes! / Really.
            It grew 3.5 percent. It fell.                                                | It grew 3.5 percent. / It fell.
            See e.g. this case. Another one.                                             | See e.g. this case. / Another one.
            One. two three.                                                              | One. two three.
            It costs $5. 10 people came.                                                 | It costs $5. / 10 people came.
            no end punctuation here                                                      | no end punctuation here
            `   Leading and trailing space.   Next one.   `                              | Leading and trailing space. / Next one.
            `... !!! ???`                                                                | ``
            """)
    void splitsOnlyAtSentenceEnds(String paragraph, String expected) {
        // GIVEN one paragraph of source text
        // WHEN it is cut into sentences
        List<String> sentences = SentenceSplitter.sentences(paragraph);

        // THEN abbreviations, initials, decimals and lower-case continuations do not end a sentence
        List<String> want = expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(" / "));
        assertThat(sentences).containsExactlyElementsOf(want);
    }

    @Test
    @DisplayName("numbers passages source#1, source#2, … across paragraphs, with their line and same-paragraph context")
    void idsOrdinalsLinesAndContext() {
        // GIVEN a source whose text starts on line 5 of its file, with two paragraphs and a blank line
        Source source = source("notes", "First one. Second one. Third one.\n\nOnly sentence here.\n", 5);

        // WHEN it is split
        List<Passage> passages = splitter.split(source);

        // THEN ids and ordinals run on across paragraphs, lines are file lines, context stays in the paragraph
        assertThat(passages).extracting(Passage::id).containsExactly("notes#1", "notes#2", "notes#3", "notes#4");
        assertThat(passages).extracting(Passage::ordinal).containsExactly(1, 2, 3, 4);
        assertThat(passages).extracting(Passage::sourceId).containsOnly("notes");
        assertThat(passages).extracting(Passage::line).containsExactly(5, 5, 5, 7);
        assertThat(passages).extracting(Passage::text)
                .containsExactly("First one.", "Second one.", "Third one.", "Only sentence here.");
        assertThat(passages).extracting(Passage::context)
                .containsExactly("Second one.", "First one. Third one.", "Second one.", "");
        assertThat(passages).extracting(Passage::around).containsOnly("");
    }

    @Test
    @DisplayName("in notes, written a sentence a line, a passage has the other lines of its paragraph around it, up to a blank line")
    void notesHaveTheirParagraphsLinesAround() {
        // GIVEN notes: a paragraph of three lines, a blank line, a paragraph of one
        Source source = source("notes", "He dropped the demand.\nHe said so in a post. Early on Saturday.\nThe post was long.\n\nAnother topic.\n",
                9, SourceKind.NOTES);

        // WHEN they are split
        List<Passage> passages = splitter.split(source);

        // THEN each sentence has the other lines of its paragraph around it, and its own line's sentences as context
        assertThat(passages).extracting(Passage::text).containsExactly("He dropped the demand.", "He said so in a post.", "Early on Saturday.",
                "The post was long.", "Another topic.");
        assertThat(passages).extracting(Passage::around).containsExactly(
                "He said so in a post. Early on Saturday. The post was long.",
                "He dropped the demand. The post was long.",
                "He dropped the demand. The post was long.",
                "He dropped the demand. He said so in a post. Early on Saturday.",
                "");
        assertThat(passages).extracting(Passage::context).containsExactly("", "Early on Saturday.", "He said so in a post.", "", "");
    }

    @Test
    @DisplayName("a sentence longer than 600 characters becomes verbatim pieces of at most 600, cut between words")
    void longSentencesAreCappedIntoVerbatimPieces() {
        // GIVEN one sentence of about 2,000 characters made of numbered words
        String sentence = IntStream.range(0, 300).mapToObj(i -> "word" + i).collect(Collectors.joining(" ")) + ".";
        assertThat(sentence.length()).isGreaterThan(3 * SentenceSplitter.MAX_PASSAGE_CHARS);

        // WHEN it is split
        List<Passage> passages = splitter.split(source("long", sentence, 1));

        // THEN every piece fits, is a verbatim part of the sentence, ends on a whole word, and together they keep every word
        assertThat(passages).hasSizeGreaterThanOrEqualTo(4);
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_PASSAGE_CHARS);
            assertThat(sentence).contains(p.text());
            assertThat(p.text()).matches("word\\d+( word\\d+)*\\.?");
        });
        assertThat(passages.stream().map(Passage::text).collect(Collectors.joining(" "))).isEqualTo(sentence);
    }

    @Test
    @DisplayName("a 1,500-character word with no space to cut at is cut hard at 600 characters")
    void unbrokenTextIsCutHard() {
        // GIVEN a "sentence" without any space
        String blob = "x".repeat(1_500);

        // WHEN it is split
        List<Passage> passages = splitter.split(source("blob", blob, 1));

        // THEN it comes back in 600-character pieces that add up to the original
        assertThat(passages).extracting(p -> p.text().length()).containsExactly(600, 600, 300);
        assertThat(passages.stream().map(Passage::text).collect(Collectors.joining())).isEqualTo(blob);
    }

    @Test
    @DisplayName("a sentence of exactly 600 characters stays whole")
    void sentenceAtTheLimitStaysWhole() {
        // GIVEN a sentence exactly at the limit
        String sentence = ("a".repeat(99) + " ").repeat(6).substring(0, 599) + ".";
        assertThat(sentence).hasSize(SentenceSplitter.MAX_PASSAGE_CHARS);

        // WHEN it is split
        List<Passage> passages = splitter.split(source("edge", sentence, 1));

        // THEN it is one passage
        assertThat(passages).extracting(Passage::text).containsExactly(sentence);
    }
}
