package dev.summitbot.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How central each statement is to a set of statements: LexRank (Erkan and Radev, 2004) over a
 * graph whose edges are the idf-weighted cosine similarities of the statements' content words,
 * with a prior (a personalised PageRank's teleport) that lets titles, facts or a topic weigh in.
 * Deterministic: a fixed number of iterations in a fixed order.
 */
final class Centrality {

    /** PageRank's damping factor: the share of a node's score that flows along the edges. */
    static final double DAMPING = 0.85;
    private static final int ITERATIONS = 60;

    private final List<Set<String>> words;
    private final Map<String, Double> idf = new HashMap<>();
    private final double[][] similarity;

    Centrality(List<Set<String>> words) {
        this.words = List.copyOf(words);
        Map<String, Integer> df = new HashMap<>();
        words.forEach(ws -> ws.forEach(w -> df.merge(w, 1, Integer::sum)));
        int n = words.size();
        df.forEach((w, count) -> idf.put(w, Math.log(1.0 + (double) n / count)));
        similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                similarity[i][j] = similarity[j][i] = cosine(words.get(i), words.get(j));
            }
        }
    }

    /** The similarity of statements {@code i} and {@code j}, 0–1. */
    double similarity(int i, int j) {
        return i == j ? 1.0 : similarity[i][j];
    }

    /** The idf-weighted cosine of two sets of content words, with the idf of these statements (unknown words weigh as the rarest). */
    double cosine(Set<String> a, Set<String> b) {
        double dot = 0;
        for (String w : a) {
            if (b.contains(w)) {
                dot += square(weight(w));
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / Math.sqrt(norm(a) * norm(b));
    }

    /** The idf-weighted share of {@code words} that {@code covered} already holds, 0–1. */
    double covered(Set<String> words, Set<String> covered) {
        double all = norm(words);
        if (all == 0) {
            return 1;
        }
        double seen = 0;
        for (String w : words) {
            if (covered.contains(w)) {
                seen += square(weight(w));
            }
        }
        return seen / all;
    }

    /** Scores summing to 1: the stationary distribution of a walk that follows similarity and restarts by {@code prior}. */
    double[] rank(double[] prior) {
        int n = words.size();
        double[] teleport = normalised(prior);
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    outWeight[i] += similarity[i][j];
                }
            }
        }
        double[] score = teleport.clone();
        for (int round = 0; round < ITERATIONS; round++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (outWeight[i] == 0) {
                    dangling += score[i];
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (i != j && similarity[i][j] > 0) {
                        next[j] += DAMPING * score[i] * similarity[i][j] / outWeight[i];
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                next[j] += ((1 - DAMPING) + DAMPING * dangling) * teleport[j];
            }
            score = next;
        }
        return score;
    }

    private double weight(String word) {
        return idf.getOrDefault(word, Math.log(1.0 + words.size()));
    }

    private double norm(Set<String> ws) {
        double sum = 0;
        for (String w : ws) {
            sum += square(weight(w));
        }
        return sum;
    }

    private static double square(double x) {
        return x * x;
    }

    private static double[] normalised(double[] prior) {
        double sum = 0;
        for (double p : prior) {
            sum += p;
        }
        double[] out = new double[prior.length];
        for (int i = 0; i < prior.length; i++) {
            out[i] = sum == 0 ? 1.0 / prior.length : prior[i] / sum;
        }
        return out;
    }
}
