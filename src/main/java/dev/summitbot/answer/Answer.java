package dev.summitbot.answer;

import java.util.List;

/** The outcome of one question: an answer with its citations, or an honest refusal. */
public sealed interface Answer permits Answer.Answered, Answer.NoAnswer {

    /** The refusal when the knowledge does not answer the question: the one place it is written. */
    String NOT_COVERED = "My sources do not cover that.";
    /** The refusal when there is nothing to read in the question. */
    String NO_QUESTION = "There is no question to answer.";

    /** The question as asked (already cleaned of control characters and mentions). */
    String question();

    /** How sure the engine is that the evidence answers the question, 0–1. */
    double confidence();

    /**
     * @param text the short answer with its [n] markers, at most {@link AnswerEngine#MAX_ANSWER_CHARS}
     * @param factIds ids of the facts the answer uses
     */
    record Answered(String question, String text, List<Citation> citations, List<String> factIds, double confidence)
            implements Answer {
        public Answered {
            citations = List.copyOf(citations);
            factIds = List.copyOf(factIds);
        }
    }

    /**
     * @param reason why nothing is answered, in plain words
     * @param suggestions up to three questions the knowledge can answer
     */
    record NoAnswer(String question, String reason, List<String> suggestions, double confidence) implements Answer {
        public NoAnswer {
            suggestions = List.copyOf(suggestions);
        }
    }
}
