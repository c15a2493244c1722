package dev.summitbot.service;

import dev.summitbot.config.KnowledgeConfig;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The reloads nobody types: {@code SIGHUP} to the process (actor "signal"), and, when the
 * configuration asks for it, changes to the knowledge folder after a quiet period (actor "watcher").
 * Both go through {@link KnowledgeService#reload}, like every other reload.
 */
public final class ReloadTriggers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadTriggers.class);

    private final SignalHandler previousHup;
    private final Optional<WatchService> watcher;
    private final Optional<Thread> watchThread;

    private ReloadTriggers(SignalHandler previousHup, Optional<WatchService> watcher, Optional<Thread> watchThread) {
        this.previousHup = previousHup;
        this.watcher = watcher;
        this.watchThread = watchThread;
    }

    public static ReloadTriggers install(KnowledgeService service, KnowledgeConfig config) {
        return install(service, config, System::nanoTime);
    }

    /**
     * As {@link #install(KnowledgeService, KnowledgeConfig)}, with the watcher's quiet period timed by
     * {@code ticker} (nanoseconds), so that a test can move time instead of sleeping.
     */
    static ReloadTriggers install(KnowledgeService service, KnowledgeConfig config, LongSupplier ticker) {
        SignalHandler previous = installHangup(service);
        if (!config.watch()) {
            return new ReloadTriggers(previous, Optional.empty(), Optional.empty());
        }
        try {
            WatchService watch = FileSystems.getDefault().newWatchService();
            register(watch, service.folder());
            QuietPeriod quiet = new QuietPeriod(Duration.ofMillis(config.watchDebounceMillis()), ticker);
            Thread thread = new Thread(() -> watch(watch, service, quiet), "knowledge-watcher");
            thread.setDaemon(true);
            thread.start();
            LOG.info("watching {} for changes (reload after {} ms of quiet)", service.folder(), config.watchDebounceMillis());
            return new ReloadTriggers(previous, Optional.of(watch), Optional.of(thread));
        } catch (IOException e) {
            LOG.warn("cannot watch {} for changes ({}); reload with /reload or SIGHUP", service.folder(), e.toString());
            return new ReloadTriggers(previous, Optional.empty(), Optional.empty());
        }
    }

    private static SignalHandler installHangup(KnowledgeService service) {
        try {
            SignalHandler previous = Signal.handle(new Signal("HUP"), signal -> {
                Thread t = new Thread(() -> service.reload("signal"), "knowledge-reload-signal");
                t.setDaemon(true);
                t.start();
            });
            if (previous == SignalHandler.SIG_IGN) {
                // The JVM keeps an ignored SIGHUP ignored (nohup): the handler above never runs.
                LOG.warn("SIGHUP is ignored by this process (started with nohup?), so it cannot reload; reload with /reload");
            }
            return previous;
        } catch (IllegalArgumentException e) {
            LOG.info("SIGHUP is not available here ({}); reload with /reload", e.getMessage());
            return null;
        }
    }

    private static void register(WatchService watch, Path folder) throws IOException {
        for (Path dir : new Path[] {folder, folder.resolve("sources"), folder.resolve("facts")}) {
            if (Files.isDirectory(dir)) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    /** Waits for a change, then for a quiet period with no further change, then reloads once. */
    private static void watch(WatchService watch, KnowledgeService service, QuietPeriod quiet) {
        try {
            while (true) {
                // At least 1 ms: what is left of the quiet period may round down to 0, and poll(0) would spin.
                WatchKey key = quiet.pending()
                        ? watch.poll(Math.max(1, quiet.left().toMillis()), TimeUnit.MILLISECONDS)
                        : watch.take();
                if (key != null) {
                    drain(key);
                    quiet.changed();
                }
                if (quiet.takeDue()) {
                    register(watch, service.folder());
                    service.reload("watcher");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warn("stopped watching {}: {}", service.folder(), e.toString());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() {
        if (previousHup != null) {
            Signal.handle(new Signal("HUP"), previousHup);
        }
        watcher.ifPresent(w -> {
            try {
                w.close();
            } catch (IOException e) {
                LOG.debug("closing the watcher: {}", e.toString());
            }
        });
        watchThread.ifPresent(Thread::interrupt);
    }
}
