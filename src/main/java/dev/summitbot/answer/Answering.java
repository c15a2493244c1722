package dev.summitbot.answer;

import dev.summitbot.index.IndexStats;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.Passage;
import dev.summitbot.question.OverviewRequest;
import dev.summitbot.question.Pronouns;
import dev.summitbot.question.Rambling;
import dev.summitbot.question.Question;
import dev.summitbot.search.Retriever;
import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything that answers from one loaded knowledge set: its index, the answer engine and the
 * summarizer, sharing one retriever and one set of evidence lookups. The one place they are wired:
 * the knowledge service, the tests and the benchmarks all open knowledge through {@link #over}.
 */
public final class Answering implements Closeable {

    private final Knowledge knowledge;
    private final KnowledgeIndex index;
    private final AnswerEngine engine;
    private final Summarizer summarizer;
    private final Pronouns pronouns;

    private Answering(Knowledge knowledge, KnowledgeIndex index) {
        this.knowledge = knowledge;
        this.index = index;
        Retriever retriever = new Retriever(index);
        Evidence evidence = new Evidence(knowledge);
        this.engine = new AnswerEngine(knowledge, retriever, evidence);
        this.summarizer = new Summarizer(knowledge, retriever, evidence);
        this.pronouns = Pronouns.learnedFrom(knowledge.passages().stream()
                .collect(Collectors.groupingBy(Passage::sourceId, LinkedHashMap::new, Collectors.mapping(Passage::text, Collectors.toList())))
                .values().stream().toList());
    }

    /**
     * Indexes the knowledge and wires the engine and summarizer over it.
     *
     * @throws KnowledgeException when the index cannot be built (the synonyms do not parse)
     */
    public static Answering over(Knowledge knowledge) throws KnowledgeException {
        return new Answering(knowledge, KnowledgeIndex.build(knowledge));
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /** Whether the sources call each person "he" or "she". */
    public Pronouns pronouns() {
        return pronouns;
    }

    public AnswerEngine engine() {
        return engine;
    }

    /**
     * Answers a question; a request for a summary ("tldr", "what's the article about?", "summarize
     * rubio's interview") with the opening of the cited summary, of everything or of its topic.
     */
    public Answer answer(Question question) {
        // a long message asks for a summary by its question proper: "whats the main takeaway from the summit, my neighbor …"
        return OverviewRequest.topicOf(Rambling.questionProper(question).text())
                .flatMap(topic -> OverviewAnswer.of(question.text(), summarizer.summarize(Optional.of(topic))))
                .orElseGet(() -> engine.answer(question));
    }

    public Summarizer summarizer() {
        return summarizer;
    }

    /** How big the index is (for benchmarks and /about-style reports). */
    public IndexStats indexStats() {
        return index.stats();
    }

    /** Closes the index; the engine and summarizer must not be used afterwards. */
    @Override
    public void close() throws IOException {
        index.close();
    }
}
