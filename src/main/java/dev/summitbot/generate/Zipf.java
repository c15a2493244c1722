package dev.summitbot.generate;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws items by Zipf's law: the item of rank r (1-based) comes up in proportion to 1 / (r + q)^s, as
 * word frequencies do in natural text (q = 0 is Zipf's plain law, q > 0 Mandelbrot's refinement).
 */
final class Zipf<T> {

    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent, double offset) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Zipf needs at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int r = 0; r < cumulative.length; r++) {
            sum += 1 / Math.pow(r + 1 + offset, exponent);
            cumulative[r] = sum;
        }
    }

    T next(RandomGenerator random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, u);
        int rank = at >= 0 ? at : -at - 1;
        return items.get(Math.min(rank, items.size() - 1));
    }

    int size() {
        return items.size();
    }
}
