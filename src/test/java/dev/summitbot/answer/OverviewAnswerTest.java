package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.RealKnowledge;
import dev.summitbot.question.Question;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealKnowledge.Shared.class)
@DisplayName("\"tldr\" and \"what's the article about?\" are answered with the opening of the cited summary")
final class OverviewAnswerTest {

    private static Answering answering;

    @BeforeAll
    static void build(RealKnowledge shared) {
        answering = shared.answering();
    }

    @Test
    @DisplayName("a summary request gets the summary's first bullets, within the answer's length, each citation used and quoted")
    void overview() {
        // GIVEN / WHEN
        Answer answer = answering.answer(Question.of("what's the article about?"));

        // THEN
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> {
            assertThat(a.text()).startsWith(answering.summarizer().summarize(Optional.empty()).bullets().get(0));
            assertThat(a.text().length()).isLessThanOrEqualTo(AnswerEngine.MAX_ANSWER_CHARS);
            assertThat(a.citations()).isNotEmpty()
                    .allSatisfy(c -> assertThat(a.text()).contains("[" + c.n() + "]"))
                    .allSatisfy(c -> assertThat(answering.knowledge().sourcesById().get(c.sourceId()).text()).contains(c.quote()));
        });
    }

    @Test
    @DisplayName("a summary of a topic is about the topic; one the sources do not cover is declined as a question would be")
    void topic() {
        // GIVEN / WHEN
        Answer rubio = answering.answer(Question.of("summarize rubio's interview pls"));
        Answer macron = answering.answer(Question.of("summary of macron's visit"));

        // THEN
        assertThat(rubio).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Rubio"));
        assertThat(macron).isInstanceOf(Answer.NoAnswer.class);
    }

    @Test
    @DisplayName("a question is still a question")
    void question() {
        assertThat(answering.answer(Question.of("Where was the summit held?")))
                .isEqualTo(answering.engine().answer(Question.of("Where was the summit held?")));
    }
}
