package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A follow-up goes on with the report the answer before came from")
final class SameReportTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge: the Lokmat note tells that Trump dropped the ceasefire demand
    // in a Truth Social post; other notes tell of other posts and announcements

    @Test
    @DisplayName("\"where'd he announce that\" after the dropped ceasefire demand: where that note says he did")
    void whereTheNoteSays() {
        // WHEN asked where he announced it, right after asking whether he dropped the demand
        Answer answer = afterAnswering("did trump drop the ceasefire thing after the summit", "where'd he announce that");

        // THEN the post that note tells of answers
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Truth Social"));
    }

    @Test
    @DisplayName("\"and what'd he say he'd do if it went bad\" after what he called the summit: that interview's walking away")
    void whatTheSameInterviewTold() {
        // WHEN asked what he would do if it went badly, right after asking what he called the summit beforehand
        Answer answer = afterAnswering("what did trump call the summit beforehand", "and what'd he say he'd do if it went bad");

        // THEN he would walk away, as the same report tells
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("walk away"));
    }
}
