package dev.summitbot.service;

import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGHUP, caught from the moment the process starts. The JVM's own handling of SIGHUP ends the
 * process (exit 129), so {@code App.main} installs this before anything else; a signal that comes
 * before the knowledge service exists is remembered, and becomes one reload (actor "signal") as
 * soon as a service is handed over with {@link #deliverTo}. Signals that come while no service
 * is there are coalesced: one reload reads the folder as it is then.
 */
public final class HangupSignal {

    private static final Signal HUP = hup();

    private final Object lock = new Object();
    private SignalHandler previous;
    private boolean installed;
    private KnowledgeService target;
    private boolean pending;

    private HangupSignal() {}

    /**
     * Catches SIGHUP now. Logs nothing (logging is not set up yet when {@code main} starts):
     * {@link #deliverTo} reports a signal that cannot be caught.
     */
    public static HangupSignal install() {
        HangupSignal hangups = new HangupSignal();
        if (HUP != null) {
            try {
                hangups.previous = Signal.handle(HUP, signal -> hangups.received());
                hangups.installed = true;
            } catch (IllegalArgumentException e) {
                hangups.installed = false;
            }
        }
        return hangups;
    }

    /** From now on SIGHUP reloads {@code service}; a signal that came before reloads it at once. */
    public void deliverTo(KnowledgeService service) {
        if (!installed) {
            LoggerFactory.getLogger(HangupSignal.class).info("SIGHUP is not available here; reload with /reload");
        } else if (previous == SignalHandler.SIG_IGN) {
            // The JVM keeps an ignored SIGHUP ignored (nohup): the handler never runs.
            LoggerFactory.getLogger(HangupSignal.class)
                    .warn("SIGHUP is ignored by this process (started with nohup?), so it cannot reload; reload with /reload");
        }
        boolean queued;
        synchronized (lock) {
            target = service;
            queued = pending;
            pending = false;
        }
        if (queued) {
            LoggerFactory.getLogger(HangupSignal.class).info("a SIGHUP came during start-up: reloading now");
            reload(service);
        }
    }

    /** SIGHUP no longer reloads {@code service} (it is closing); later signals wait for another. */
    public void stopDelivering(KnowledgeService service) {
        synchronized (lock) {
            if (target == service) {
                target = null;
            }
        }
    }

    /** Gives SIGHUP back to the handler it had before {@link #install}. */
    public void uninstall() {
        if (installed) {
            Signal.handle(HUP, previous);
            installed = false;
        }
    }

    /** True when a signal came and no service has reloaded for it yet. */
    boolean pending() {
        synchronized (lock) {
            return pending;
        }
    }

    private void received() {
        KnowledgeService service;
        synchronized (lock) {
            service = target;
            if (service == null) {
                pending = true;
                return;
            }
        }
        reload(service);
    }

    private static void reload(KnowledgeService service) {
        Thread t = new Thread(() -> {
            try {
                service.reload("signal");
            } catch (RuntimeException | Error e) {
                LoggerFactory.getLogger(HangupSignal.class).error("reload on SIGHUP failed", e);
            }
        }, "knowledge-reload-signal");
        t.setDaemon(true);
        t.start();
    }

    private static Signal hup() {
        try {
            return new Signal("HUP");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
