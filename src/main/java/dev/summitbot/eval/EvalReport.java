package dev.summitbot.eval;

import java.util.List;

/** The outcome of one evaluation run. */
public record EvalReport(List<Row> rows) {

    /**
     * @param verdict {@code ok}, or what went wrong
     */
    public record Row(EvalCase item, boolean answered, String answer, double confidence, boolean correct, String verdict) {}

    public EvalReport {
        rows = List.copyOf(rows);
    }

    public long answerable() {
        return rows.stream().filter(r -> r.item().answerable()).count();
    }

    public long answeredCorrectly() {
        return rows.stream().filter(r -> r.item().answerable() && r.correct()).count();
    }

    public long unanswerable() {
        return rows.size() - answerable();
    }

    public long declinedCorrectly() {
        return rows.stream().filter(r -> !r.item().answerable() && r.correct()).count();
    }

    public double answerAccuracy() {
        return answerable() == 0 ? 1 : (double) answeredCorrectly() / answerable();
    }

    public double abstainAccuracy() {
        return unanswerable() == 0 ? 1 : (double) declinedCorrectly() / unanswerable();
    }

    /** The project's bar, in percent: this share of each half of the set must be right. */
    public static final int TARGET_PERCENT = 95;

    /** The project's bar: {@link #TARGET_PERCENT} on each half of the set. */
    public boolean meetsTarget() {
        return answerAccuracy() * 100 >= TARGET_PERCENT && abstainAccuracy() * 100 >= TARGET_PERCENT;
    }
}
