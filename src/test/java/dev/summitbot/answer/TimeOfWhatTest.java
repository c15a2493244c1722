package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.question.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("\"When …\", \"what time …\": the time of the thing asked about, not of another the statement dates")
final class TimeOfWhatTest extends RealKnowledgeAnswering {

    // GIVEN (RealKnowledgeAnswering) the whole real knowledge: the talks were to start at 11:30 a.m.; no source gives the hour
    // the press conference began, only that it could begin within ten minutes of the talks' end

    @Test
    @DisplayName("\"what time did the press conference start\" is not answered by the hour the talks were to start")
    void notTheTimeOfTheTalks() {
        // WHEN asked the hour the press conference started
        Answer answer = answering.answer(Question.of("what time did the press conference start"));

        // THEN the talks' 11:30 a.m. is no answer
        assertThat(answer).isNotInstanceOf(Answer.Answered.class);
    }

    @Test
    @DisplayName("\"when was the security guarantee announced\": a statement telling the guarantee in its own words answers (\"protection\")")
    void theThingInOtherWords() {
        // WHEN asked when the guarantee was announced
        Answer answer = answering.answer(Question.of("when was the security guarantee announced"));

        // THEN the protection announced during the summit answers
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("announced during the summit"));
    }
}
