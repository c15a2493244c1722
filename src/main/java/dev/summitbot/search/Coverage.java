package dev.summitbot.search;

import dev.summitbot.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;

/**
 * For a few top documents, which of the question's concepts each one contains: one postings
 * lookup per term and segment, then skips to the hit documents.
 */
final class Coverage {

    private final double[] coverage;
    private final double[] missing;
    private final TermLookup lookup;
    private final List<Concept> concepts;
    private final ScoreDoc[] hits;
    private final Integer[] order;
    /** Every hit: whether a document holds a term is asked of all of them. */
    private final boolean[] every;

    Coverage(TermLookup lookup, List<Concept> concepts, ScoreDoc[] hits) throws IOException {
        this.lookup = lookup;
        this.concepts = concepts;
        this.hits = hits;
        this.order = new Integer[hits.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
        this.every = new boolean[hits.length];
        Arrays.fill(every, true);
        double total = concepts.stream().mapToDouble(Concept::weight).sum();
        double[][] found = new double[hits.length][concepts.size()];
        for (int c = 0; c < concepts.size(); c++) {
            Concept concept = concepts.get(c);
            if (!concept.known()) {
                continue;
            }
            for (List<String> alternative : concept.alternatives()) {
                // an alternative of several words is found as far as its least found word is
                double[] all = null;
                for (String term : alternative) {
                    double[] one = new double[hits.length];
                    mark(Fields.TEXT, term, one, 1.0);
                    mark(Fields.CONTEXT, term, one, Retriever.CONTEXT_WEIGHT);
                    mark(Fields.AROUND, term, one, Retriever.AROUND_WEIGHT);
                    all = all == null ? one : min(all, one);
                }
                for (int h = 0; all != null && h < hits.length; h++) {
                    found[h][c] = Math.max(found[h][c], all[h]);
                }
            }
            double[] related = new double[hits.length];
            for (String term : concept.related()) {
                mark(Fields.TEXT, term, related, Retriever.RELATED_MATCH);
                mark(Fields.CONTEXT, term, related, Retriever.RELATED_MATCH * Retriever.CONTEXT_WEIGHT);
            }
            for (int h = 0; h < hits.length; h++) {
                found[h][c] = Math.max(found[h][c], related[h]);
            }
        }
        coverage = new double[hits.length];
        missing = new double[hits.length];
        for (int h = 0; h < hits.length; h++) {
            double sum = 0;
            double heaviestMissing = 0;
            boolean topical = false;
            for (int c = 0; c < concepts.size(); c++) {
                Concept concept = concepts.get(c);
                sum += found[h][c] * concept.weight();
                topical |= found[h][c] > 0 && !concept.light();
                if (found[h][c] == 0 && !concept.light()) {
                    heaviestMissing = Math.max(heaviestMissing, concept.weight());
                }
            }
            // Light words and numbers alone ("how many?", "2 3") say nothing about the topic.
            coverage[h] = total <= 0 || !topical ? 0 : Math.min(1.0, sum / total);
            missing[h] = total <= 0 ? 0 : heaviestMissing / total;
        }
    }

    double of(int hit) {
        return coverage[hit];
    }

    /** The share of the question's weight in the heaviest concept (not a light word) the hit lacks. */
    double missing(int hit) {
        return missing[hit];
    }

    /**
     * How many other words lie between the question's topic words in each statement itself, where they lie nearest
     * together: 1 for "sat with Putin" asked "who sat with putin", 6 for "sat with Trump in the meeting with Putin". Of two
     * statements that hold as much of the question, the one that says its words together most likely says what was asked.
     * 0 for a statement holding fewer than two of them, and for a hit not {@code wanted}: positions are read only for
     * the hits whose order they decide.
     */
    int[] spread(boolean[] wanted) throws IOException {
        int[] out = new int[hits.length];
        if (!anyOf(wanted)) {
            return out;
        }
        List<List<int[]>> at = new ArrayList<>();
        for (int h = 0; h < hits.length; h++) {
            at.add(new ArrayList<>());
        }
        for (int c = 0; c < concepts.size(); c++) {
            Concept concept = concepts.get(c);
            if (!concept.known() || concept.light()) {
                continue;
            }
            int kind = c;
            for (List<String> alternative : concept.alternatives()) {
                eachHolding(Fields.TEXT, alternative.get(0), PostingsEnum.POSITIONS, wanted, (hit, postings) -> {
                    for (int k = 0; k < postings.freq(); k++) {
                        at.get(hit).add(new int[] {postings.nextPosition(), kind});
                    }
                });
            }
        }
        for (int h = 0; h < hits.length; h++) {
            out[h] = narrowest(at.get(h));
        }
        return out;
    }

    private static boolean anyOf(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }

    /** The fewest other positions in a window holding every concept found, over the places found ({@code [position, concept]}). */
    private static int narrowest(List<int[]> places) {
        places.sort(Comparator.comparingInt(p -> p[0]));
        Map<Integer, Integer> inWindow = new HashMap<>();
        int kinds = (int) places.stream().mapToInt(p -> p[1]).distinct().count();
        if (kinds < 2) {
            return 0;
        }
        int best = Integer.MAX_VALUE;
        int start = 0;
        for (int[] place : places) {
            inWindow.merge(place[1], 1, Integer::sum);
            while (inWindow.size() == kinds) {
                int[] first = places.get(start);
                best = Math.min(best, place[0] - first[0] + 1 - kinds);
                if (inWindow.merge(first[1], -1, Integer::sum) == 0) {
                    inWindow.remove(first[1]);
                }
                start++;
            }
        }
        return Math.max(0, best);
    }

    private static double[] min(double[] a, double[] b) {
        double[] out = new double[a.length];
        Arrays.setAll(out, i -> Math.min(a[i], b[i]));
        return out;
    }

    /** Sets {@code found[hit]} to at least {@code value} for each hit whose document has the term in the field. */
    private void mark(String field, String term, double[] found, double value) throws IOException {
        eachHolding(field, term, PostingsEnum.NONE, every, (hit, postings) -> found[hit] = Math.max(found[hit], value));
    }

    /** What is done with a hit whose document holds a term, its postings on that document. */
    private interface Holding {
        void at(int hit, PostingsEnum postings) throws IOException;
    }

    /**
     * Calls {@code holding} for each {@code wanted} hit whose document has the term in the field: one postings lookup per
     * segment, visiting the hits in document order ({@code order}) and skipping to each.
     */
    private void eachHolding(String field, String term, int flags, boolean[] wanted, Holding holding) throws IOException {
        List<LeafReaderContext> leaves = lookup.leaves();
        int leafIndex = -1;
        PostingsEnum postings = null;
        for (int i : order) {
            if (!wanted[i]) {
                continue;
            }
            int doc = hits[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                postings = lookup.postings(leaf, field, term, flags);
            }
            if (postings == null) {
                continue;
            }
            int local = doc - leaves.get(leaf).docBase;
            int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
            if (at == local) {
                holding.at(i, postings);
            } else if (at == DocIdSetIterator.NO_MORE_DOCS) {
                postings = null;
            }
        }
    }
}
