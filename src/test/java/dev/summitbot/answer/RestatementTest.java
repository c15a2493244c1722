package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Restatements: a fact that restates a passage answers what the passage's pronoun hides")
final class RestatementTest {

    @Test
    @DisplayName("\"who said …\" of a sentence that opens with \"She said\" is answered by the fact that names her; a typed fact that names nobody is not that")
    void pronounHiddenSpeaker(@TempDir Path folder) throws IOException {
        // GIVEN a source whose second sentence hides its speaker behind "She", a typed fact restating it that names
        // nobody ("the mayor", typed person), and an untyped one that names her
        write(folder, "pier-news", """
                ---
                id: pier-news
                title: "A new pier for Wrenmouth"
                ---
                Mayor Ada Quill opened the new pier at Wrenmouth on Monday.
                She said the pier would bring the ferries back to the town.
                """, """
                - id: pier-promise-typed
                  subject: "The return of the ferries"
                  relation: "was promised by"
                  object: "the mayor"
                  type: person
                  source: pier-news
                  quote: "She said the pier would bring the ferries back to the town."

                - id: pier-promise
                  subject: "Mayor Ada Quill"
                  relation: "expects"
                  object: "ferry services to return to Wrenmouth"
                  source: pier-news
                  quote: "She said the pier would bring the ferries back to the town."
                """);
        try (Answering answering = Fixtures.answering(Fixtures.load(folder))) {
            // WHEN who said it is asked
            Answer answer = answering.engine().answer(Question.of("who said on monday the pier would bring the ferries back"));

            // THEN the answer names her, from the fact whose sentence does
            assertThat(answer).isInstanceOf(Answer.Answered.class);
            assertThat(answer.text()).contains("Ada Quill");
        }
    }

    @Test
    @DisplayName("a fact that restates only a part of a sentence (\"the 4-year dispute\") answers how long that part lasted, not how long the sentence's talks went on")
    void partRestatedAnswersOnlyForItself(@TempDir Path folder) throws IOException {
        // GIVEN a sentence about talks that gives the length of a dispute as a modifier, and a typed fact restating that part
        write(folder, "fishing-talks", """
                ---
                id: fishing-talks
                title: "Fishing talks in Oslo"
                ---
                The talks in Oslo are part of an effort to end the 4-year dispute over fishing rights.
                """, """
                - id: dispute-length
                  subject: "The dispute over fishing rights"
                  relation: "has lasted"
                  object: "4 years"
                  type: duration
                  source: fishing-talks
                  quote: "the 4-year dispute over fishing rights"
                """);
        try (Answering answering = Fixtures.answering(Fixtures.load(folder))) {
            // WHEN how long the talks went on is asked, and how long the dispute has lasted
            Answer talks = answering.engine().answer(Question.of("how long did the talks in oslo go on"));
            Answer dispute = answering.engine().answer(Question.of("how long has the fishing dispute been going on"));

            // THEN the dispute's length answers only the question about the dispute
            assertThat(talks).isNotInstanceOf(Answer.Answered.class);
            assertThat(dispute).isInstanceOf(Answer.Answered.class);
            assertThat(dispute.text()).contains("4 years");
        }
    }

    /** A knowledge folder of one source, {@code id}, and its facts. */
    private static void write(Path folder, String id, String source, String facts) throws IOException {
        Files.createDirectories(folder.resolve("sources"));
        Files.createDirectories(folder.resolve("facts"));
        Files.writeString(folder.resolve("sources/" + id + ".md"), source);
        Files.writeString(folder.resolve("facts/" + id + ".yaml"), facts);
    }
}
