package dev.summitbot.service;

import dev.summitbot.config.KnowledgeConfig;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reloads nobody types: {@code SIGHUP} to the process (actor "signal"), and, when the
 * configuration asks for it, changes to the knowledge folder after a quiet period (actor "watcher").
 * Both go through {@link KnowledgeService#reload}, like every other reload.
 */
public final class ReloadTriggers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadTriggers.class);

    private final KnowledgeService service;
    private final HangupSignal hangups;
    private final boolean ownsHangups;
    private final Optional<FolderWatch> watcher;
    private final Optional<Thread> watchThread;

    private ReloadTriggers(KnowledgeService service, HangupSignal hangups, boolean ownsHangups,
            Optional<FolderWatch> watcher, Optional<Thread> watchThread) {
        this.service = service;
        this.hangups = hangups;
        this.ownsHangups = ownsHangups;
        this.watcher = watcher;
        this.watchThread = watchThread;
    }

    /** Catches SIGHUP from now on (and gives it back on close), and watches when configured. */
    public static ReloadTriggers install(KnowledgeService service, KnowledgeConfig config) {
        return install(service, config, Optional.empty());
    }

    /**
     * As above; with {@code early}, the SIGHUP handler {@code main} installed first thing, which
     * may hold a signal that came during start-up (see {@link HangupSignal}).
     */
    public static ReloadTriggers install(KnowledgeService service, KnowledgeConfig config, Optional<HangupSignal> early) {
        return install(service, config, early, System::nanoTime);
    }

    /** As {@link #install(KnowledgeService, KnowledgeConfig)}, with the watcher's quiet period timed by {@code ticker}. */
    static ReloadTriggers install(KnowledgeService service, KnowledgeConfig config, LongSupplier ticker) {
        return install(service, config, Optional.empty(), ticker);
    }

    /**
     * The whole of it, with the watcher's quiet period timed by {@code ticker} (nanoseconds), so that
     * a test can move time instead of sleeping.
     */
    static ReloadTriggers install(KnowledgeService service, KnowledgeConfig config, Optional<HangupSignal> early,
            LongSupplier ticker) {
        HangupSignal hangups = early.orElseGet(HangupSignal::install);
        hangups.deliverTo(service);
        boolean owned = early.isEmpty();
        if (!config.watch()) {
            return new ReloadTriggers(service, hangups, owned, Optional.empty(), Optional.empty());
        }
        try {
            FolderWatch watch = FolderWatch.open(service.folder());
            QuietPeriod quiet = new QuietPeriod(Duration.ofMillis(config.watchDebounceMillis()), ticker);
            Thread thread = new Thread(() -> watch(watch, service, quiet), "knowledge-watcher");
            thread.setDaemon(true);
            thread.start();
            LOG.info("watching {} for changes (reload after {} ms of quiet)", service.folder(), config.watchDebounceMillis());
            return new ReloadTriggers(service, hangups, owned, Optional.of(watch), Optional.of(thread));
        } catch (IOException e) {
            LOG.warn("cannot watch {} for changes ({}); reload with /reload or SIGHUP", service.folder(), e.toString());
            return new ReloadTriggers(service, hangups, owned, Optional.empty(), Optional.empty());
        }
    }

    /** Waits for a change, then for a quiet period with no further change, then reloads once. */
    private static void watch(FolderWatch watch, KnowledgeService service, QuietPeriod quiet) {
        try {
            while (true) {
                watch.awaitQuietChange(quiet);
                service.reload("watcher");
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            LOG.error("stopped watching {} for changes: {}; reload with /reload or SIGHUP", service.folder(), e.toString());
        }
    }

    @Override
    public void close() {
        hangups.stopDelivering(service);
        if (ownsHangups) {
            hangups.uninstall();
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
