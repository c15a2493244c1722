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
    private static final int ITERATIONS = 50;

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
     * Fits the model on the named signals only (the others weigh nothing) by Newton's method
     * (iteratively reweighted least squares), with a small L2 penalty on the weights, not the intercept.
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
        int k = used.length + 1;
        double[] beta = new double[k];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int n = 0; n < examples.size(); n++) {
                double[] x = withBias(examples.get(n).values(), used);
                double p = sigmoid(dot(beta, x));
                double y = right.get(n) ? 1 : 0;
                for (int i = 0; i < k; i++) {
                    gradient[i] += (y - p) * x[i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            double lambda = PENALTY * examples.size();
            for (int i = 1; i < k; i++) {
                gradient[i] -= lambda * beta[i];
                hessian[i][i] += lambda;
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < k; i++) {
                beta[i] += step[i];
                size = Math.max(size, Math.abs(step[i]));
            }
            if (size < 1e-9) {
                break;
            }
        }
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

    /** The used signals' values after a 1 for the intercept. */
    private static double[] withBias(double[] x, int[] used) {
        double[] out = new double[used.length + 1];
        out[0] = 1;
        for (int i = 0; i < used.length; i++) {
            out[i + 1] = x[used[i]];
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = m[i][n];
            for (int c = i + 1; c < n; c++) {
                sum -= m[i][c] * x[c];
            }
            x[i] = sum / m[i][i];
        }
        return x;
    }
}
