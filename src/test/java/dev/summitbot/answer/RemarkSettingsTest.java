package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.Pronouns;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("RemarkSettings: where a remark was made, from a sentence before it in its source")
final class RemarkSettingsTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("notes that open with where an interview was given answer \"what show was he on\" after a remark paragraphs later")
    void settingInAnEarlierParagraph() throws IOException {
        // GIVEN notes on an interview: where it was given in the first paragraph, a remark from it in the next
        KnowledgeFixture.at(folder).file("sources/notes.md", """
                ---
                id: notes-on-an-interview
                title: "Envoy interviewed on Sunday"
                publisher: A Channel
                url: https://example.org/interview
                published: 2025-08-17
                kind: notes
                ---
                Envoy Jan Kowalski was interviewed by Anna Nowak on the programme Harbour Watch on Sunday.
                They talked about the ports of the region.

                Kowalski said the harbour treaty would be signed in the spring.
                """);
        try (Answering answering = Fixtures.answering(Fixtures.load(folder))) {
            AnswerEngine engine = answering.engine();
            Conversation conversation = new Conversation(Clock.systemUTC());
            Question remark = conversation.follow(Question.of("what did kowalski say about the harbour treaty"));
            conversation.answered(remark, engine.answer(remark).text(), Pronouns.NONE);

            // WHEN the follow-up asks where he said it
            Answer answer = engine.answer(conversation.follow(Question.of("what show was he on")));

            // THEN the sentence that says where is given with the remark
            assertThat(answer).isInstanceOf(Answer.Answered.class);
            assertThat(answer.text()).contains("Harbour Watch").contains("signed in the spring");
        }
    }
}
