package dev.summitbot.answer;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.Passage;
import dev.summitbot.question.Question;
import dev.summitbot.search.Retriever;
import dev.summitbot.text.Ellipsis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deterministic cited summaries. The whole knowledge: facts taken in turn from each facts file
 * (so every topic an admin wrote is represented), or the opening sentences of the sources when
 * there are no facts. A topic: the facts and passages that cover it, best first.
 */
public final class Summarizer {

    public static final int MIN_BULLETS = 3;
    public static final int MAX_BULLETS = 6;
    /**
     * Hits looked at for a topic: more than for a question (20), since a summary keeps up to
     * {@link #MAX_BULLETS} statements after dropping overlapping ones and those below the threshold.
     */
    private static final int HITS = 30;

    private final Knowledge knowledge;
    private final Retriever retriever;
    private final Evidence evidence;

    /** Built by {@link Answering}, which shares the evidence lookups with the answer engine. */
    Summarizer(Knowledge knowledge, Retriever retriever, Evidence evidence) {
        this.knowledge = knowledge;
        this.retriever = retriever;
        this.evidence = evidence;
    }

    public Summary summarize(Optional<String> topic) {
        Optional<Question> asked = topic.map(Question::of).filter(q -> !q.isEmpty());
        Optional<String> cleaned = asked.map(Question::text);
        List<Evidence.Item> items = asked.isPresent() ? onTopic(asked.get()) : overview();
        Evidence.Citations citations = evidence.citations();
        List<String> bullets = new ArrayList<>();
        List<String> seenQuotes = new ArrayList<>();
        for (Evidence.Item item : items) {
            if (bullets.size() == MAX_BULLETS) {
                break;
            }
            if (seenQuotes.stream().anyMatch(q -> q.contains(item.quote()) || item.quote().contains(q))) {
                continue;
            }
            seenQuotes.add(item.quote());
            int n = citations.cite(item.sourceId(), item.quote());
            bullets.add(Ellipsis.shorten(item.statement(), AnswerEngine.MAX_ANSWER_CHARS) + " [" + n + "]");
        }
        return new Summary(cleaned, bullets, citations.list());
    }

    private List<Evidence.Item> onTopic(Question topic) {
        return retriever.retrieve(topic, HITS).hits().stream()
                .filter(h -> h.coverage() >= AnswerEngine.ANSWER_THRESHOLD)
                .map(evidence::resolve)
                .flatMap(Optional::stream)
                .sorted((a, b) -> Boolean.compare(b.fact().isPresent(), a.fact().isPresent()))
                .toList();
    }

    private List<Evidence.Item> overview() {
        Map<String, List<Fact>> byFile = new LinkedHashMap<>();
        knowledge.facts().forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        List<Evidence.Item> items = new ArrayList<>();
        for (int round = 0; items.size() < MAX_BULLETS * 2 && round < MAX_BULLETS; round++) {
            for (List<Fact> facts : byFile.values()) {
                if (round < facts.size()) {
                    Fact f = facts.get(round);
                    items.add(new Evidence.Item(null, f.sentence(), f.source(), f.quote(), Optional.of(f)));
                }
            }
        }
        if (items.size() < MIN_BULLETS) {
            for (Passage p : knowledge.passages()) {
                items.add(new Evidence.Item(null, p.text(), p.sourceId(), p.text(), Optional.empty()));
                if (items.size() >= MAX_BULLETS) {
                    break;
                }
            }
        }
        return items;
    }
}
