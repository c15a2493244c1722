package dev.summitbot.service;

import dev.summitbot.answer.AnswerEngine;
import dev.summitbot.answer.Summarizer;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.search.Retriever;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One loaded knowledge set with everything that answers from it. Reference counted: the service
 * holds one reference while it is current, each question one while it runs; the index is closed
 * when the last is released.
 */
public final class Snapshot {

    private final Knowledge knowledge;
    private final KnowledgeIndex index;
    private final KnowledgeVersion version;
    private final AnswerEngine engine;
    private final Summarizer summarizer;
    private final AtomicInteger references = new AtomicInteger(1);

    Snapshot(Knowledge knowledge, KnowledgeIndex index, KnowledgeVersion version) {
        this.knowledge = knowledge;
        this.index = index;
        this.version = version;
        this.engine = new AnswerEngine(knowledge, new Retriever(index));
        this.summarizer = engine.summarizer();
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public KnowledgeIndex index() {
        return index;
    }

    public KnowledgeVersion version() {
        return version;
    }

    public AnswerEngine engine() {
        return engine;
    }

    public Summarizer summarizer() {
        return summarizer;
    }

    /** False once the snapshot is closed; the caller then reads the service's current one again. */
    boolean tryAcquire() {
        int n;
        do {
            n = references.get();
            if (n <= 0) {
                return false;
            }
        } while (!references.compareAndSet(n, n + 1));
        return true;
    }

    void release() {
        int n = references.decrementAndGet();
        if (n == 0) {
            try {
                index.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing the index of knowledge " + version + " failed", e);
            }
        } else if (n < 0) {
            throw new IllegalStateException("snapshot " + version + " released more often than acquired");
        }
    }

    boolean isClosed() {
        return references.get() <= 0;
    }
}
