package dev.summitbot.generate;

import java.util.random.RandomGenerator;

/** How many passages and facts each source gets: sizes vary log-normally, totals are exact. */
final class Allotment {

    /** Spread of source sizes: the largest sources are several times the median. */
    static final double SIZE_SIGMA = 0.6;

    private Allotment() {}

    /** Passages per source, headline included: at least two each, {@code settings.passages()} in all. */
    static int[] passages(GeneratorSettings settings, RandomGenerator random) {
        int n = settings.sources();
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = Math.exp(SIZE_SIGMA * random.nextGaussian());
        }
        int[] counts = new int[n];
        java.util.Arrays.fill(counts, 2);
        spread(counts, weights, settings.passages() - 2 * n, null);
        return counts;
    }

    /** Facts per source, in proportion to its sentences (the headline states none), exact in total. */
    static int[] facts(GeneratorSettings settings, int[] passages) {
        int n = passages.length;
        double[] weights = new double[n];
        int[] caps = new int[n];
        for (int i = 0; i < n; i++) {
            caps[i] = passages[i] - 1;
            weights[i] = caps[i];
        }
        int[] counts = new int[n];
        spread(counts, weights, settings.facts(), caps);
        return counts;
    }

    /** Adds {@code total} to {@code counts} in proportion to the weights, never past a cap. */
    private static void spread(int[] counts, double[] weights, int total, int[] caps) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int given = 0;
        for (int i = 0; i < counts.length; i++) {
            int share = (int) Math.floor(total * weights[i] / sum);
            if (caps != null) {
                share = Math.min(share, caps[i] - counts[i]);
            }
            counts[i] += share;
            given += share;
        }
        for (int i = 0; given < total; i = (i + 1) % counts.length) {
            if (caps == null || counts[i] < caps[i]) {
                counts[i]++;
                given++;
            }
        }
    }
}
