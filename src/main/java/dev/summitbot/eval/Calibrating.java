package dev.summitbot.eval;

import dev.summitbot.answer.Calibration;
import dev.summitbot.answer.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Fits the answer calibration on judged examples, and tells how well a model's probabilities match what happened. */
public final class Calibrating {

    /** One question's forced answer: its signals, the probability the model gave it, and whether it was right. */
    public record Example(Signals signals, double probability, boolean right) {}

    /** One tenth of the probability scale: how many forced answers fell in it, their mean probability, how many were right. */
    public record Bin(double from, double to, int count, double meanProbability, int right) {

        public double observed() {
            return count == 0 ? 0 : (double) right / count;
        }
    }

    static final int BINS = 10;

    private Calibrating() {}

    public static Calibration fit(List<Example> examples, List<String> signals) {
        return Calibration.fit(examples.stream().map(Example::signals).toList(), examples.stream().map(Example::right).toList(),
                signals);
    }

    /** The examples with the probabilities {@code model} gives them. */
    public static List<Example> under(Calibration model, List<Example> examples) {
        return examples.stream().map(e -> new Example(e.signals(), model.probability(e.signals()), e.right())).toList();
    }

    /**
     * How many of the examples a model fitted on the named signals decides right — answers a right one,
     * declines a wrong one — when each is decided by a model fitted on the other folds ({@code folds}-fold
     * cross-validation, examples dealt to folds in turn): an estimate on questions the fit did not see.
     */
    public static int crossValidated(List<Example> examples, List<String> signals, int folds) {
        int right = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<Example> training = new ArrayList<>();
            List<Example> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (i % folds == fold ? held : training).add(examples.get(i));
            }
            Calibration model = fit(training, signals);
            for (Example e : held) {
                right += (model.probability(e.signals()) >= Calibration.ANSWER_AT) == e.right() ? 1 : 0;
            }
        }
        return right;
    }

    /** The calibration curve: forced answers grouped by the probability the model gave them. */
    public static List<Bin> curve(List<Example> examples) {
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            double from = (double) b / BINS;
            double to = (double) (b + 1) / BINS;
            boolean last = b == BINS - 1;
            List<Example> in = examples.stream()
                    .filter(e -> e.probability() >= from && (e.probability() < to || last && e.probability() <= to)).toList();
            bins.add(new Bin(from, to, in.size(), in.stream().mapToDouble(Example::probability).average().orElse(0),
                    (int) in.stream().filter(Example::right).count()));
        }
        return bins;
    }

    /**
     * The mean squared gap between probability and outcome (Brier score, 0 is perfect; always saying
     * 0.5 scores 0.25).
     */
    public static double brier(List<Example> examples) {
        return examples.stream().mapToDouble(e -> Math.pow(e.probability() - (e.right() ? 1 : 0), 2)).average().orElse(0);
    }

    /** The curve as lines of text: one per bin that holds an answer, then the Brier score. */
    public static List<String> render(List<Example> examples) {
        List<String> lines = new ArrayList<>();
        lines.add("calibration (forced answers by the probability given them; right = would have been a right answer):");
        for (Bin bin : curve(examples)) {
            if (bin.count() > 0) {
                lines.add(String.format(Locale.ROOT, "  p %.1f-%.1f  %4d answers  mean p %.2f  right %.2f (%d)",
                        bin.from(), bin.to(), bin.count(), bin.meanProbability(), bin.observed(), bin.right()));
            }
        }
        lines.add(String.format(Locale.ROOT, "  Brier score %.3f over %d questions", brier(examples), examples.size()));
        return lines;
    }
}
