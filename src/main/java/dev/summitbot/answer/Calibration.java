package dev.summitbot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The probability that a statement answers a question, from its {@link Signals}: a logistic model,
 * {@code p = 1 / (1 + exp(-(intercept + Σ weight × signal)))}, fitted on the development set only
 * ({@code ./summitbot eval --fit}) and shipped as {@code calibration.properties} beside this class,
 * so every weight can be read and explained. A statement is an answer when {@code p ≥ 0.5}: more
 * likely right than not.
 */
public final class Calibration {

    /** The least probability that counts as an answer. */
    public static final double ANSWER_AT = 0.5;

    /** The shipped model's file, beside this class. */
    public static final String RESOURCE = "calibration.properties";

    private static final String INTERCEPT = "intercept";
    /** L2 penalty of the fit, per question: keeps weights of rare signals from growing without bound. */
    private static final double PENALTY = 0.001;

    private final double intercept;
    private final double[] weights;

    Calibration(double intercept, double[] weights) {
        if (weights.length != Signals.NAMES.size()) {
            throw new IllegalArgumentException("a calibration needs " + Signals.NAMES.size() + " weights, got " + weights.length);
        }
        this.intercept = intercept;
        this.weights = weights.clone();
    }

    /** The model shipped with the bot. */
    public static Calibration shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final Calibration SHIPPED = read();
    }

    private static Calibration read() {
        try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path beside " + Calibration.class.getName());
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /**
     * Reads a model: {@code intercept=…} and a weight for any of {@link Signals#NAMES}; a signal left
     * out weighs nothing.
     *
     * @throws IllegalArgumentException naming the file and key, for an unknown key, a missing
     *     intercept or a value that is not a finite number
     */
    static Calibration read(Reader reader, String name) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        for (String key : p.stringPropertyNames()) {
            if (!key.equals(INTERCEPT) && !Signals.NAMES.contains(key)) {
                throw new IllegalArgumentException(name + ": unknown signal " + key + "; known: " + String.join(", ", Signals.NAMES));
            }
        }
        if (p.getProperty(INTERCEPT) == null) {
            throw new IllegalArgumentException(name + " has no intercept");
        }
        double[] weights = new double[Signals.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = p.getProperty(Signals.NAMES.get(i)) == null ? 0 : number(p, Signals.NAMES.get(i), name);
        }
        return new Calibration(number(p, INTERCEPT, name), weights);
    }

    private static double number(Properties p, String key, String name) {
        String value = p.getProperty(key).trim();
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + ": " + key + " is not a finite number: " + value);
    }

    public double probability(Signals signals) {
        double z = intercept;
        double[] x = signals.values();
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Fits the model on the named signals only (the others weigh nothing): a logistic regression
     * ({@link LogisticFit}).
     *
     * @param right for each example, whether its statement was a right answer
     */
    public static Calibration fit(List<Signals> examples, List<Boolean> right, List<String> signals) {
        if (examples.size() != right.size() || examples.isEmpty()) {
            throw new IllegalArgumentException("need as many labels as examples, and at least one");
        }
        int[] used = signals.stream().mapToInt(name -> {
            int i = Signals.NAMES.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("unknown signal " + name + "; known: " + String.join(", ", Signals.NAMES));
            }
            return i;
        }).toArray();
        double[][] x = examples.stream().map(e -> {
            double[] all = e.values();
            double[] row = new double[used.length];
            for (int i = 0; i < used.length; i++) {
                row[i] = all[used[i]];
            }
            return row;
        }).toArray(double[][]::new);
        double[] beta = LogisticFit.fit(x, right.stream().mapToDouble(r -> r ? 1 : 0).toArray(), PENALTY);
        double[] weights = new double[Signals.NAMES.size()];
        for (int i = 0; i < used.length; i++) {
            weights[used[i]] = beta[i + 1];
        }
        return new Calibration(beta[0], weights);
    }

    /** Writes the model in the shipped file's format, with a comment on where it came from. */
    public void store(Writer out, String comment) throws IOException {
        out.write("# " + comment.replace("\n", "\n# ") + "\n");
        out.write("# p = 1 / (1 + exp(-(intercept + sum of weight x signal))); answered when p >= " + ANSWER_AT + "\n");
        out.write(String.format(Locale.ROOT, "%s=%.6f%n", INTERCEPT, intercept));
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                out.write(String.format(Locale.ROOT, "%s=%.6f%n", Signals.NAMES.get(i), weights[i]));
            }
        }
    }
}
