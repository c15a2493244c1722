package dev.summitbot.service;

import dev.summitbot.answer.Answering;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One loaded knowledge set with everything that answers from it. Reference counted: the service
 * holds one reference while it is current, each question one while it runs; the index is closed
 * when the last is released.
 */
final class Snapshot {

    private final Answering answering;
    private final KnowledgeVersion version;
    private final AtomicInteger references = new AtomicInteger(1);

    private Snapshot(Answering answering, KnowledgeVersion version) {
        this.answering = answering;
        this.version = version;
    }

    /** Indexes the knowledge and wires its engine; the version is named by its content and {@code loadedAt}. */
    static Snapshot of(Knowledge knowledge, Instant loadedAt) throws KnowledgeException {
        return new Snapshot(Answering.over(knowledge), KnowledgeVersion.of(knowledge.contentHash(), loadedAt));
    }

    Knowledge knowledge() {
        return answering.knowledge();
    }

    KnowledgeVersion version() {
        return version;
    }

    Answering answering() {
        return answering;
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
                answering.close();
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
