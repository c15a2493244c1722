package dev.summitbot.service;

import dev.summitbot.answer.Answer;
import dev.summitbot.answer.Summary;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.knowledge.KnowledgeProblem;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge that answers right now, and the one way to replace it. A reload reads and
 * validates every file and builds the whole new index to the side; only then is it swapped in.
 * Questions already running finish on the snapshot they started with. Reloads are serialized.
 */
public final class KnowledgeService implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeService.class);

    private final Path folder;
    private final KnowledgeLoader loader;
    private final Clock clock;
    private final AuditLog audit;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicReference<ReloadResult> lastReload = new AtomicReference<>();
    private final Object reloadLock = new Object();

    private KnowledgeService(Path folder, KnowledgeLoader loader, Clock clock, AuditLog audit, Snapshot first) {
        this.folder = folder;
        this.loader = loader;
        this.clock = clock;
        this.audit = audit;
        this.current.set(first);
    }

    /**
     * Loads the knowledge folder for the first time.
     *
     * @throws KnowledgeException with every problem, when the folder cannot be used
     */
    public static KnowledgeService start(Path folder, KnowledgeLoader loader, Clock clock, AuditLog audit)
            throws KnowledgeException {
        Knowledge knowledge = loader.load(folder);
        Snapshot first = new Snapshot(knowledge, KnowledgeIndex.build(knowledge), KnowledgeVersion.of(knowledge.contentHash(), clock.instant()));
        LOG.info("knowledge {} loaded from {}: {} sources, {} passages, {} facts", first.version(), folder,
                knowledge.sources().size(), knowledge.passages().size(), knowledge.facts().size());
        return new KnowledgeService(folder, loader, clock, audit, first);
    }

    /** Validates a folder completely (files and index) without touching any running service. */
    public static ReloadResult check(Path folder, KnowledgeLoader loader, Clock clock) {
        long start = System.nanoTime();
        Instant at = clock.instant();
        try {
            Knowledge knowledge = loader.load(folder);
            KnowledgeIndex.build(knowledge).close();
            KnowledgeVersion version = KnowledgeVersion.of(knowledge.contentHash(), at);
            return new ReloadResult(true, "check", at, version, null, Changes.initial(knowledge), List.of(), elapsed(start));
        } catch (KnowledgeException e) {
            return new ReloadResult(false, "check", at, null, null, Changes.NONE, e.problems(), elapsed(start));
        } catch (Exception | Error e) {
            return new ReloadResult(false, "check", at, null, null, Changes.NONE, List.of(internal(folder, e)), elapsed(start));
        }
    }

    public Path folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    public Asked ask(String question) {
        return with(snapshot -> {
            long start = System.nanoTime();
            Answer answer = snapshot.engine().answer(question);
            return new Asked(answer, snapshot.version(), (System.nanoTime() - start) / 1_000_000.0);
        });
    }

    public Summary summarize(Optional<String> topic) {
        return with(snapshot -> snapshot.summarizer().summarize(topic));
    }

    /** Runs {@code work} on the current snapshot, which stays open until it returns. */
    public <T> T with(Function<Snapshot, T> work) {
        Snapshot snapshot = acquire();
        try {
            return work.apply(snapshot);
        } finally {
            snapshot.release();
        }
    }

    public KnowledgeVersion version() {
        return with(Snapshot::version);
    }

    public Optional<ReloadResult> lastReload() {
        return Optional.ofNullable(lastReload.get());
    }

    /**
     * Reads the folder again and swaps the new knowledge in if, and only if, all of it is valid.
     *
     * @param actor who asked: a Discord user id, "console", "signal", "watcher"
     */
    public ReloadResult reload(String actor) {
        synchronized (reloadLock) {
            long start = System.nanoTime();
            Instant at = clock.instant();
            Snapshot before = current.get();
            if (before == null) {
                // A signal or the watcher may still fire while the bot shuts down.
                LOG.warn("reload by {} ignored: the knowledge service is closed", actor);
                return new ReloadResult(false, actor, at, null, null, Changes.NONE,
                        List.of(KnowledgeProblem.of(folder.toString(), 0, "not reloaded: the knowledge service is closed")), elapsed(start));
            }
            ReloadResult result;
            try {
                Knowledge knowledge = loader.load(folder);
                if (knowledge.contentHash().equals(before.knowledge().contentHash())) {
                    result = new ReloadResult(true, actor, at, before.version(), before.version(), Changes.NONE, List.of(), elapsed(start));
                } else {
                    Snapshot next = new Snapshot(knowledge, KnowledgeIndex.build(knowledge), KnowledgeVersion.of(knowledge.contentHash(), at));
                    current.set(next);
                    before.release();
                    result = new ReloadResult(true, actor, at, next.version(), before.version(),
                            Changes.between(before.knowledge(), knowledge), List.of(), elapsed(start));
                }
            } catch (KnowledgeException e) {
                result = new ReloadResult(false, actor, at, before.version(), before.version(), Changes.NONE, e.problems(), elapsed(start));
            } catch (RuntimeException | Error e) {
                // Errors too (an OutOfMemoryError while parsing, a StackOverflowError): one reload must not
                // end the process or go unrecorded, and what it allocated is garbage once it is refused.
                LOG.error("reload by {} failed unexpectedly; knowledge {} keeps answering", actor, before.version(), e);
                result = new ReloadResult(false, actor, at, before.version(), before.version(), Changes.NONE,
                        List.of(internal(folder, e)), elapsed(start));
            }
            lastReload.set(result);
            audit.record(result);
            if (result.ok()) {
                LOG.info("reload by {}: knowledge {} answering ({}; {} ms)", actor, result.version(), result.changes().describe(), result.millis());
            } else {
                LOG.warn("reload by {} refused, {} problem(s); knowledge {} keeps answering", actor, result.errors().size(), before.version());
            }
            return result;
        }
    }

    /** Releases the current snapshot; running questions finish first. */
    @Override
    public void close() {
        synchronized (reloadLock) {
            Snapshot last = current.getAndSet(null);
            if (last != null) {
                last.release();
            }
        }
    }

    private Snapshot acquire() {
        while (true) {
            Snapshot snapshot = current.get();
            if (snapshot == null) {
                throw new IllegalStateException("the knowledge service is closed");
            }
            if (snapshot.tryAcquire()) {
                return snapshot;
            }
            // It was swapped out and closed between the read and the acquire: read the new one.
        }
    }

    private static KnowledgeProblem internal(Path folder, Throwable e) {
        return KnowledgeProblem.of(folder.toString(), 0, "could not be loaded: " + e);
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
