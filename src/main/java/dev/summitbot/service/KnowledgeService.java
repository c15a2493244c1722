package dev.summitbot.service;

import dev.summitbot.answer.Answer;
import dev.summitbot.answer.AnswerEngine;
import dev.summitbot.answer.Answering;
import dev.summitbot.answer.Explanation;
import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.knowledge.KnowledgeProblem;
import dev.summitbot.question.Question;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge that answers right now, and the one way to replace it. A reload reads and
 * validates every file and builds the whole new index to the side; only then is it swapped in.
 * Questions already running finish on the snapshot they started with. Reloads are serialized.
 *
 * <p>Front ends use only the methods below ({@link #ask}, {@link #summarize}, {@link #explain},
 * {@link #sources}, {@link #about}, {@link #prompts}, {@link #reload}, {@link #requestReload}); each
 * returns a record, and none hands out the engine or the index.
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
    private final Instant started;
    /** Runs requested reloads, one at a time, off every caller's thread: {@link #ownReloadThread} unless a test injects one. */
    private final Executor reloads;
    private final ExecutorService ownReloadThread;
    /** Told of every reload that swapped in changed knowledge (the Discord bot's living pinned summaries). */
    private final List<Consumer<ReloadResult>> changeListeners = new CopyOnWriteArrayList<>();
    /** Told of every reload attempt, refused ones too (the health endpoint's metrics). */
    private final List<Consumer<ReloadResult>> reloadListeners = new CopyOnWriteArrayList<>();
    /** Told of every answer (the health endpoint's metrics). */
    private final List<Consumer<Asked>> askListeners = new CopyOnWriteArrayList<>();
    /** The requested reload that has not started yet; later requests join it. Guarded by {@code this}. */
    private CompletableFuture<ReloadResult> pendingReload;

    private KnowledgeService(Path folder, KnowledgeLoader loader, Clock clock, AuditLog audit, Snapshot first, Executor reloads) {
        this.ownReloadThread = reloads == null ? Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "summitbot-reload");
            thread.setDaemon(true);
            return thread;
        }) : null;
        this.reloads = reloads == null ? ownReloadThread : reloads;
        this.folder = folder;
        this.loader = loader;
        this.clock = clock;
        this.audit = audit;
        this.started = clock.instant();
        this.current.set(first);
    }

    /**
     * Loads the knowledge folder for the first time.
     *
     * @throws KnowledgeException with every problem, when the folder cannot be used
     */
    public static KnowledgeService start(Path folder, KnowledgeLoader loader, Clock clock, AuditLog audit)
            throws KnowledgeException {
        return start(folder, loader, clock, audit, null);
    }

    /** The same, with requested reloads run by {@code reloads} (tests run them by hand); null for the service's own thread. */
    static KnowledgeService start(Path folder, KnowledgeLoader loader, Clock clock, AuditLog audit, Executor reloads)
            throws KnowledgeException {
        return start(folder, loader, clock, audit, reloads, true);
    }

    /**
     * The same, without the warm-up: for a process that answers one question and ends ({@code ask "…"}), whose one question
     * the warm-up would delay by more than it saves it (0.7 s against 0.05 s here, docs/benchmarks.md).
     */
    public static KnowledgeService startCold(Path folder, KnowledgeLoader loader, Clock clock, AuditLog audit) throws KnowledgeException {
        return start(folder, loader, clock, audit, null, false);
    }

    /**
     * Reads WordNet on a thread of its own while the folder is loaded and indexed, then (when
     * {@code warm}) answers the {@link Warmup} questions and drops the answers, so that the first
     * real question is answered about as fast as the thousandth.
     */
    private static KnowledgeService start(Path folder, KnowledgeLoader loader, Clock clock, AuditLog audit, Executor reloads,
            boolean warm) throws KnowledgeException {
        long started = System.nanoTime();
        Warmup.loadEnglishWords();
        Knowledge knowledge = loader.load(folder);
        Snapshot first = Snapshot.of(knowledge, clock.instant());
        LOG.info("knowledge {} loaded from {}: {} sources, {} passages, {} facts ({} ms)", first.version(), folder,
                knowledge.sources().size(), knowledge.passages().size(), knowledge.facts().size(), elapsed(started));
        if (warm) {
            long warming = System.nanoTime();
            List<String> prompts = knowledge.facts().stream().map(AnswerEngine::suggestedQuestion).flatMap(Optional::stream)
                    .distinct().toList();
            try {
                int asked = Warmup.run(first.answering().engine(), prompts);
                LOG.info("warmed up: {} questions answered and dropped ({} ms)", asked, elapsed(warming));
            } catch (RuntimeException e) {
                // Only speed is lost: the bot still serves, and the question that failed fails the same way when asked.
                LOG.warn("warm-up failed after {} ms; serving cold", elapsed(warming), e);
            }
        }
        return new KnowledgeService(folder, loader, clock, audit, first, reloads);
    }

    /** Validates a folder completely (files and index) without touching any running service. */
    public static ReloadResult check(Path folder, KnowledgeLoader loader, Clock clock) {
        long start = System.nanoTime();
        Instant at = clock.instant();
        try {
            Knowledge knowledge = loader.load(folder);
            Answering.over(knowledge).close();
            KnowledgeVersion version = KnowledgeVersion.of(knowledge.contentHash(), at);
            return new ReloadResult(true, "check", at, version, null, Changes.initial(knowledge), List.of(), elapsed(start));
        } catch (KnowledgeException e) {
            return new ReloadResult(false, "check", at, null, null, Changes.NONE, e.problems(), elapsed(start));
        } catch (IOException | RuntimeException | Error e) {
            return new ReloadResult(false, "check", at, null, null, Changes.NONE, List.of(internal(folder, e)), elapsed(start));
        }
    }

    public Path folder() {
        return folder;
    }

    /** Answers one question from the current knowledge. */
    public Asked ask(Question question) {
        return with(snapshot -> {
            long start = System.nanoTime();
            Answer answer = snapshot.answering().answer(question);
            Asked asked = new Asked(answer, snapshot.version(), (System.nanoTime() - start) / 1_000_000.0, question.context(),
                    snapshot.answering().pronouns());
            tell(askListeners, asked, "answers");
            return asked;
        });
    }

    /** What the bot would answer if it had to, and how likely that is right: for evaluation and calibration. */
    public Optional<AnswerEngine.Assessment> assess(Question question) {
        return with(snapshot -> snapshot.answering().engine().assess(question));
    }

    /** A cited summary of the whole knowledge, or of a topic. */
    public Summarized summarize(Optional<String> topic) {
        return with(snapshot -> new Summarized(snapshot.answering().summarizer().summarize(topic), snapshot.version()));
    }

    /** How the question is read and what retrieval finds, for {@code ask --explain}. */
    public Explanation explain(Question question) {
        return with(snapshot -> snapshot.answering().engine().explain(question));
    }

    public SourceList sources() {
        return with(snapshot -> new SourceList(snapshot.knowledge().sources(), snapshot.version()));
    }

    public About about() {
        return with(snapshot -> {
            Knowledge k = snapshot.knowledge();
            return new About(BotInfo.version(), snapshot.version(), k.sources().size(), k.passages().size(), k.facts().size(),
                    lastReload(), folder, Duration.between(started, clock.instant()));
        });
    }

    /** The questions the facts suggest ("Where was the Trump–Putin summit held?"), each once, in knowledge order. */
    public List<String> prompts() {
        return with(snapshot -> snapshot.knowledge().facts().stream()
                .map(AnswerEngine::suggestedQuestion).flatMap(Optional::stream).distinct().toList());
    }

    /** Runs {@code work} on the current snapshot, which stays open until it returns. */
    <T> T with(Function<Snapshot, T> work) {
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
                    Snapshot next = Snapshot.of(knowledge, at);
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
            tell(reloadListeners, result, "reloads");
            if (result.ok()) {
                LOG.info("reload by {}: knowledge {} answering ({}; {} ms)", actor, result.version(), result.changes().describe(), result.millis());
                if (!result.version().equals(result.previousVersion())) {
                    tell(changeListeners, result, "knowledge changes");
                }
            } else {
                LOG.warn("reload by {} refused, {} problem(s); knowledge {} keeps answering", actor, result.errors().size(), before.version());
            }
            return result;
        }
    }

    /**
     * Calls {@code listener} after every reload that swaps in changed knowledge, on the reloading
     * thread; it should hand long work to its own threads. Closing the returned handle stops the calls.
     */
    public AutoCloseable onChange(Consumer<ReloadResult> listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** Calls {@code listener} after every reload attempt, refused ones included, on the reloading thread. */
    public AutoCloseable onReload(Consumer<ReloadResult> listener) {
        reloadListeners.add(listener);
        return () -> reloadListeners.remove(listener);
    }

    /** Calls {@code listener} with every answer, on the answering thread; it must be quick. */
    public AutoCloseable onAsked(Consumer<Asked> listener) {
        askListeners.add(listener);
        return () -> askListeners.remove(listener);
    }

    /** True until the service is closed: some knowledge is loaded and answering. */
    public boolean loaded() {
        return current.get() != null;
    }

    private static <T> void tell(List<Consumer<T>> listeners, T event, String what) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.error("a listener of {} failed", what, e);
            }
        }
    }

    /**
     * Reloads on the service's own reload thread, so that no caller's worker waits for the files.
     * One reload runs at a time; a request made while one runs waits for the next, which reads the
     * files after the request, and every request made meanwhile shares that one result.
     */
    public synchronized CompletableFuture<ReloadResult> requestReload(String actor) {
        if (pendingReload != null) {
            return pendingReload;
        }
        CompletableFuture<ReloadResult> next = new CompletableFuture<>();
        pendingReload = next;
        reloads.execute(() -> {
            synchronized (this) {
                pendingReload = null;
            }
            try {
                next.complete(reload(actor));
            } catch (RuntimeException | Error e) {
                next.completeExceptionally(e);
            }
        });
        return next;
    }

    /** Releases the current snapshot; running questions finish first. */
    @Override
    public void close() {
        if (ownReloadThread != null) {
            ownReloadThread.shutdown();
        }
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
