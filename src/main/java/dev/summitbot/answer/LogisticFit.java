package dev.summitbot.answer;

/**
 * Logistic regression by Newton's method (iteratively reweighted least squares), with an L2 penalty
 * on the weights but not the intercept: small enough for a few hundred examples of a few signals.
 */
final class LogisticFit {

    private static final int ITERATIONS = 50;

    private LogisticFit() {}

    /**
     * @param x one row of signal values per example
     * @param y 1 for a right example, 0 for a wrong one
     * @param penalty the L2 penalty per example
     * @return the intercept, then one weight per column of {@code x}
     */
    static double[] fit(double[][] x, double[] y, double penalty) {
        int k = x[0].length + 1;
        double[] beta = new double[k];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int n = 0; n < x.length; n++) {
                double[] row = withBias(x[n]);
                double p = 1 / (1 + Math.exp(-dot(beta, row)));
                for (int i = 0; i < k; i++) {
                    gradient[i] += (y[n] - p) * row[i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += p * (1 - p) * row[i] * row[j];
                    }
                }
            }
            double lambda = penalty * x.length;
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
        return beta;
    }

    private static double[] withBias(double[] x) {
        double[] out = new double[x.length + 1];
        out[0] = 1;
        System.arraycopy(x, 0, out, 1, x.length);
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
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
