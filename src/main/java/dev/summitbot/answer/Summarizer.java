package dev.summitbot.answer;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.Passage;
import dev.summitbot.knowledge.Source;
import dev.summitbot.question.Question;
import dev.summitbot.search.Hit;
import dev.summitbot.search.Retriever;
import dev.summitbot.text.Ellipsis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deterministic cited summaries, chosen by how central each statement is and kept free of repeats.
 *
 * <p>Every passage and every fact is a statement; statements are linked by the content words they
 * share, and ranked by {@link Centrality} (LexRank). For the whole knowledge the walk restarts
 * at statements close to their source's title (the headline) and at facts (what admins chose to
 * write down); for a topic it restarts at the statements retrieval finds for it, in proportion
 * to how well they cover it and how much of a fact's subject the topic names (a person's topic
 * gathers that person's statements). Bullets are then picked by maximal marginal relevance
 * (Carbonell and Goldstein, 1998): the most important statement first, then each next one by
 * its importance (as a rank, 0–1) less its likeness to those already picked (the idf-weighted share of its content
 * words that they already say); a statement that repeats one already
 * picked (the same quote, or mostly the same content words) is never picked.
 *
 * <p>The overview opens with the picked statement closest to its source's title (the headline: the
 * main claim and who made it) and follows with the others in the order of their sources, which is
 * how a report runs: what was agreed, then doubts, then reactions. A topic summary lists its statements most important first.
 */
public final class Summarizer {

    public static final int MIN_BULLETS = 3;
    public static final int MAX_BULLETS = 8;
    /** A bullet's length, its [n] marker included. */
    public static final int MAX_BULLET_CHARS = 200;
    /** Hits looked at for a topic: more than for a question (20), since a summary keeps up to {@link #MAX_BULLETS}. */
    private static final int HITS = 40;
    /**
     * A topic's statements: hits covering it at least this much. Below the answer threshold, so that a
     * statement whose neighbouring sentences name the topic (context counts 0.6) belongs to it: the
     * "He noted that…" after "Rubio".
     */
    static final double TOPIC_COVERAGE = 0.6;
    /** MMR's balance of centrality against likeness to the bullets already picked. */
    static final double LAMBDA = 0.5;
    /** Two statements sharing this much of their content words (idf-weighted cosine) say the same thing. */
    static final double SAME_STATEMENT = 0.5;
    /** How much closeness to the source title adds to a statement's restart weight in the overview. */
    private static final double TITLE_WEIGHT = 2.0;
    /** A fact is a statement an admin wrote down: its restart weight and its pick are raised by this much. */
    private static final double FACT_WEIGHT = 1.5;
    /**
     * The most statements the overview's graph holds (its similarities take n² memory and time): facts
     * first, then passages in source order. 2,000 statements take 32 MB and well under a second, once
     * per loaded knowledge; a larger knowledge is summarized from its facts and first passages.
     */
    static final int GRAPH_LIMIT = 2_000;

    private final Knowledge knowledge;
    private final Retriever retriever;
    private final Evidence evidence;
    private final List<Statement> statements;
    private final Map<String, Integer> byId = new HashMap<>();
    private final ContentWords words;
    /** The overview, computed on first use: the knowledge of one summarizer never changes. */
    private volatile List<Statement> overview;

    /** One passage or fact, as a summary may state it. */
    record Statement(String id, String text, String sourceId, String quote, boolean fact, int order, Set<String> words) {}

    /** Built by {@link Answering}, which shares the evidence lookups with the answer engine. */
    Summarizer(Knowledge knowledge, Retriever retriever, Evidence evidence) {
        this.knowledge = knowledge;
        this.retriever = retriever;
        this.evidence = evidence;
        this.words = new ContentWords(knowledge.synonyms());
        this.statements = statements(knowledge, words);
        for (int i = 0; i < statements.size(); i++) {
            byId.put(statements.get(i).id(), i);
        }
    }

    public Summary summarize(Optional<String> topic) {
        Optional<Question> asked = topic.map(Question::of).filter(q -> !q.isEmpty());
        List<Statement> picked = asked.isPresent() ? onTopic(asked.get()) : overview();
        Evidence.Citations citations = evidence.citations();
        List<String> bullets = new ArrayList<>();
        for (Statement s : picked) {
            String marker = " [" + citations.cite(s.sourceId(), s.quote()) + "]";
            bullets.add(Ellipsis.shorten(s.text(), MAX_BULLET_CHARS - marker.length()) + marker);
        }
        return new Summary(asked.map(Question::text), bullets, citations.list());
    }

    private List<Statement> overview() {
        List<Statement> done = overview;
        if (done == null) {
            done = computeOverview(graphed());
            overview = done;
        }
        return done;
    }

    /** The statements of the overview's graph: all of them, or at most {@link #GRAPH_LIMIT}, facts first. */
    private List<Statement> graphed() {
        if (statements.size() <= GRAPH_LIMIT) {
            return statements;
        }
        List<Statement> kept = new ArrayList<>(statements.stream().filter(Statement::fact).limit(GRAPH_LIMIT).toList());
        statements.stream().filter(s -> !s.fact()).limit(GRAPH_LIMIT - kept.size()).forEach(kept::add);
        kept.sort(Comparator.comparingInt(Statement::order).thenComparing(Statement::fact).thenComparing(Statement::id));
        return kept;
    }

    private List<Statement> computeOverview(List<Statement> statements) {
        if (statements.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> titles = new HashMap<>();
        knowledge.sources().forEach(s -> titles.put(s.id(), words.of(s.title())));
        Centrality graph = new Centrality(statements.stream().map(Statement::words).toList());
        double[] prior = new double[statements.size()];
        for (int i = 0; i < prior.length; i++) {
            Statement s = statements.get(i);
            prior[i] = (1 + TITLE_WEIGHT * graph.cosine(s.words(), titles.getOrDefault(s.sourceId(), Set.of())))
                    * (s.fact() ? FACT_WEIGHT : 1);
        }
        List<Statement> chosen = pick(statements, graph, importance(graph.rank(prior), prior));
        Statement headline = chosen.stream()
                .max(Comparator.comparingDouble((Statement s) -> graph.cosine(s.words(), titles.getOrDefault(s.sourceId(), Set.of())))
                        .thenComparing(s -> -chosen.indexOf(s)))
                .orElseThrow();
        List<Statement> ordered = new ArrayList<>();
        ordered.add(headline);
        chosen.stream().filter(s -> s != headline)
                .sorted(Comparator.comparingInt(Statement::order).thenComparing(Statement::id))
                .forEach(ordered::add);
        return ordered;
    }

    private List<Statement> onTopic(Question topic) {
        List<Integer> nodes = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Hit hit : retriever.retrieve(topic, HITS).hits()) {
            Integer i = byId.get(hit.id());
            if (hit.coverage() >= TOPIC_COVERAGE && i != null && !nodes.contains(i)) {
                nodes.add(i);
                weights.add(hit.coverage() * hit.coverage() * (1 + hit.focus()) * (statements.get(i).fact() ? FACT_WEIGHT : 1));
            }
        }
        if (nodes.isEmpty()) {
            return List.of();
        }
        Centrality graph = new Centrality(nodes.stream().map(i -> statements.get(i).words()).toList());
        double[] prior = weights.stream().mapToDouble(Double::doubleValue).toArray();
        return pick(nodes.stream().map(statements::get).toList(), graph, importance(graph.rank(prior), prior));
    }

    /** A statement's importance: its centrality times its own weight (its prior), as LexRank is combined with sentence features. */
    private static double[] importance(double[] centrality, double[] prior) {
        double[] out = new double[centrality.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = centrality[i] * prior[i];
        }
        return out;
    }

    /**
     * Importance as a rank, 1 for the most important down to 1/n: centralities are heavy-tailed, so
     * their raw values would let the few most central statements outweigh any novelty in MMR.
     */
    private static double[] ranks(double[] importance) {
        Integer[] order = new Integer[importance.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Ties keep the graph's (source) order: deterministic.
        Arrays.sort(order, (a, b) -> Double.compare(importance[b], importance[a]));
        double[] rank = new double[importance.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = 1.0 - (double) r / order.length;
        }
        return rank;
    }

    /** Maximal marginal relevance over {@code nodes} (in the graph's order), best first. */
    private static List<Statement> pick(List<Statement> nodes, Centrality graph, double[] centrality) {
        double[] rank = ranks(centrality);
        List<Integer> chosen = new ArrayList<>();
        Set<String> said = new java.util.HashSet<>();
        while (chosen.size() < MAX_BULLETS) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < nodes.size(); c++) {
                if (chosen.contains(c)) {
                    continue;
                }
                double likeness = graph.covered(nodes.get(c).words(), said);
                boolean repeats = false;
                for (int p : chosen) {
                    double sim = graph.similarity(c, p);
                    repeats |= sim >= SAME_STATEMENT || nodes.get(c).quote().equals(nodes.get(p).quote());
                }
                double score = LAMBDA * rank[c] - (1 - LAMBDA) * likeness;
                if (!repeats && score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
            said.addAll(nodes.get(best).words());
        }
        return chosen.stream().map(nodes::get).toList();
    }

    /** Every passage (but a source's title line) and every fact, in source order; a fact sits where its quote is. */
    private static List<Statement> statements(Knowledge knowledge, ContentWords words) {
        Map<String, Integer> sourceOrder = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Source source : knowledge.sources()) {
            sourceOrder.put(source.id(), sourceOrder.size());
            titles.put(source.id(), source.title().strip());
        }
        List<Statement> out = new ArrayList<>();
        List<Passage> passages = knowledge.passages();
        for (Passage p : passages) {
            if (!p.text().strip().equals(titles.get(p.sourceId()))) {
                out.add(new Statement(p.id(), p.text(), p.sourceId(), p.text(), false, order(sourceOrder, p), words.of(p.text())));
            }
        }
        // a fact's passage is looked for among its own source's passages: over all of them, 10,000 facts
        // against 100,000 passages took 15 s of every load
        Map<String, List<Passage>> bySource = new HashMap<>();
        passages.forEach(p -> bySource.computeIfAbsent(p.sourceId(), id -> new ArrayList<>()).add(p));
        for (Fact f : knowledge.facts()) {
            int order = bySource.getOrDefault(f.source(), List.of()).stream()
                    .filter(p -> p.text().contains(f.quote()) || f.quote().contains(p.text()))
                    .findFirst().map(p -> order(sourceOrder, p)).orElse(Integer.MAX_VALUE);
            out.add(new Statement(f.id(), f.sentence(), f.source(), f.quote(), true, order, words.of(f.sentence())));
        }
        out.sort(Comparator.comparingInt(Statement::order).thenComparing(Statement::fact).thenComparing(Statement::id));
        return List.copyOf(out);
    }

    private static int order(Map<String, Integer> sourceOrder, Passage p) {
        return sourceOrder.getOrDefault(p.sourceId(), sourceOrder.size()) * 100_000 + p.ordinal();
    }
}
