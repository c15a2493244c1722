package dev.summitbot.eval;

import dev.summitbot.answer.Answer;
import java.util.List;

/**
 * What a system replied to one question, as the scorer needs it: from the bot's own {@link Answer},
 * or from a line of JSON another system wrote ({@link Transcript}). Both are judged by the same rules.
 *
 * @param answered true only for a confident answer: the bot's outcome {@code answered}; a partial
 *     answer or a refusal is not an answer
 * @param outcome how the system named it ({@code answered}, {@code partial}, {@code declined})
 */
public record Reply(boolean answered, String outcome, String text, double confidence, List<Cited> citations) {

    /** One citation: the source id and the quote that must occur verbatim in that source. */
    public record Cited(String source, String quote) {}

    public Reply {
        text = text == null ? "" : text;
        citations = List.copyOf(citations);
    }

    static Reply of(Answer answer) {
        return new Reply(answer instanceof Answer.Answered, answer.outcome().key(), answer.text(), answer.confidence(),
                answer.citations().stream().map(c -> new Cited(c.sourceId(), c.quote())).toList());
    }
}
