package dev.summitbot.answer;

import java.util.List;

/**
 * The outcome of one question: an answer with its citations, a partial answer (the sources cover the
 * topic but not what was asked, and say so), or an honest refusal.
 */
public sealed interface Answer permits Answer.Answered, Answer.Partial, Answer.NoAnswer {

    /** The refusal when the knowledge does not answer the question: the one place it is written. */
    String NOT_COVERED = "My sources do not cover that.";
    /** The refusal when there is nothing to read in the question. */
    String NO_QUESTION = "There is no question to answer.";

    /** The question as asked (already cleaned of control characters and mentions). */
    String question();

    /** How sure the engine is that the evidence answers the question, 0–1. */
    double confidence();

    /** What the bot says: the answer, the partial answer, or the refusal. */
    String text();

    /** The sources behind {@link #text()}'s [n] markers; none for a refusal. */
    List<Citation> citations();

    /** Ids of the facts used; none for a refusal. */
    List<String> factIds();

    /** Which of the three outcomes this is. */
    Outcome outcome();

    /** The three outcomes, as the JSON contract names them ({@code "answered"}, {@code "partial"}, {@code "declined"}). */
    enum Outcome {
        ANSWERED, PARTIAL, DECLINED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

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

        @Override
        public Outcome outcome() {
            return Outcome.ANSWERED;
        }
    }

    /**
     * The topic is covered, but not the kind of answer asked for ("when" with no date in the sources).
     *
     * @param missing what the sources do not say, as the question asked it: "when", "where", "who", …
     * @param text "My sources don't say when. What they do say: … [1]", at most {@link AnswerEngine#MAX_ANSWER_CHARS}
     */
    record Partial(String question, String missing, String text, List<Citation> citations, List<String> factIds, double confidence)
            implements Answer {
        public Partial {
            citations = List.copyOf(citations);
            factIds = List.copyOf(factIds);
        }

        @Override
        public Outcome outcome() {
            return Outcome.PARTIAL;
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

        @Override
        public String text() {
            return reason;
        }

        @Override
        public List<Citation> citations() {
            return List.of();
        }

        @Override
        public List<String> factIds() {
            return List.of();
        }

        @Override
        public Outcome outcome() {
            return Outcome.DECLINED;
        }
    }
}
