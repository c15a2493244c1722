package dev.summitbot.cluster;

import dev.summitbot.health.HealthState;
import dev.summitbot.service.KnowledgeService;
import dev.summitbot.service.ReloadResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's part in a cluster of bot processes sharing one knowledge folder and one {@link StateFolder}.
 *
 * <p>Every reload this process makes on its own (Discord {@code /reload}, the console, SIGHUP, the watcher)
 * writes a new {@link ReloadRequest}; every {@code heartbeat} each process looks at the request, reloads once
 * through {@link KnowledgeService#reload} when its generation is newer than the last it acted on (keeping
 * its old knowledge if the new one fails, as every reload does), and rewrites its {@link ProcessStatus}.
 */
public final class ClusterMember implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMember.class);
    /** A status not rewritten for this many heartbeats is shown as stale. */
    static final int STALE_HEARTBEATS = 3;
    private static final String ACTOR_PREFIX = "cluster:";

    private final StateFolder folder;
    private final String id;
    private final String shards;
    private final KnowledgeService service;
    private final Clock clock;
    private final Duration heartbeat;
    private final AutoCloseable reloadSubscription;
    /** True on the thread while this member reloads for another process's request: that reload is not requested again. */
    private final ThreadLocal<Boolean> actingOnRequest = ThreadLocal.withInitial(() -> false);
    private volatile Supplier<HealthState> health;
    /** Whether the last status write failed, so that an outage of the folder is logged once. */
    private volatile boolean writeFailing;
    /** The last request generation acted on (or made here). Guarded by {@code this}. */
    private long generation;
    private Thread poller;

    private ClusterMember(StateFolder folder, String id, String shards, KnowledgeService service, Clock clock, Duration heartbeat) {
        this.folder = folder;
        this.id = id;
        this.shards = shards;
        this.service = service;
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.health = () -> new HealthState("STARTING", false, Optional.of(service.version().label()));
        this.generation = folder.request().map(ReloadRequest::generation).orElse(0L);
        this.reloadSubscription = service.onReload(this::reloaded);
    }

    /**
     * Joins the cluster in {@code folder}: writes this process's first status. The process has just loaded
     * the folder, so a request made before it started is taken as done.
     *
     * @param shards what this process runs, for the others' {@code /about} ("0-1 of 4", "all", "console")
     * @throws IOException when the status cannot be written, or a live process already uses the id
     */
    public static ClusterMember join(StateFolder folder, String id, String shards, KnowledgeService service, Clock clock,
            Duration heartbeat) throws IOException, InterruptedException {
        IdClaim.claim(folder, id, clock.instant(), heartbeat);
        ClusterMember member = new ClusterMember(folder, id, shards, service, clock, heartbeat);
        member.publish();
        LOG.info("cluster member {} in {}: reload requests from generation {} on, heartbeat {} ms", id, folder.folder(),
                member.generation(), heartbeat.toMillis());
        return member;
    }

    public String id() {
        return id;
    }

    /** Where this process's health comes from once its front end runs (the Discord gateway's state). */
    public void healthFrom(Supplier<HealthState> health) {
        this.health = health;
        publish();
    }

    /** Polls on a daemon thread of its own, every heartbeat, until {@link #close}. */
    public synchronized void startPolling() {
        if (poller != null) {
            return;
        }
        poller = new Thread(this::pollForever, "summitbot-cluster");
        poller.setDaemon(true);
        poller.start();
    }

    /**
     * One heartbeat: reloads once if a newer request is there, then rewrites this process's status. The
     * polling thread calls it; tests call it directly instead of waiting.
     */
    public void poll() {
        Optional<ReloadRequest> newer;
        synchronized (this) {
            newer = folder.request().filter(r -> r.generation() > generation);
            newer.ifPresent(r -> generation = r.generation());
        }
        if (newer.isPresent()) {
            ReloadRequest request = newer.get();
            LOG.info("reload request {} from {} (by {}): reloading", request.generation(), request.process(), request.actor());
            actingOnRequest.set(true);
            try {
                service.reload(ACTOR_PREFIX + request.process() + "/" + request.actor());
            } finally {
                actingOnRequest.set(false);
            }
        }
        publish();
    }

    /** Every process's last status, this one's included, by id. */
    public List<ProcessStatus> processes() {
        return folder.statuses();
    }

    /** Whether a status is older than {@value #STALE_HEARTBEATS} heartbeats. */
    public boolean stale(ProcessStatus status) {
        return status.staleAt(clock.instant(), heartbeat.multipliedBy(STALE_HEARTBEATS));
    }

    /** What {@code /about} adds: one line per process, and whether they all answer from the same files. */
    public String describe() {
        return ClusterText.describe(processes(), id, clock.instant(), heartbeat.multipliedBy(STALE_HEARTBEATS));
    }

    synchronized long generation() {
        return generation;
    }

    /** After every reload attempt here; one this process made on its own becomes a request to the others. */
    private void reloaded(ReloadResult result) {
        if (!actingOnRequest.get()) {
            try {
                synchronized (this) {
                    ReloadRequest request = folder.nextRequest(id, result.actor(), result.at());
                    generation = request.generation();
                    LOG.info("reload request {} written for the other processes", request.generation());
                }
            } catch (IOException e) {
                LOG.warn("could not ask the other processes to reload ({}); they keep their knowledge until their next reload",
                        e.toString());
            }
        }
        publish();
    }

    /**
     * Writes this process's status. Synchronized: a heartbeat that read the generation before a reload
     * changed it must not write its older status after the reload's own (the file would go back to it).
     */
    private synchronized void publish() {
        HealthState now;
        try {
            now = health.get();
        } catch (RuntimeException e) {
            now = new HealthState("UNKNOWN", false, Optional.empty());
        }
        String knowledge = now.knowledgeVersion().orElse("none");
        ProcessStatus status = new ProcessStatus(id, ProcessHandle.current().pid(), shards, knowledge, now.healthy(), now.gateway(),
                service.lastReload().map(ClusterText::lastReload).orElse("none"), generation(), clock.instant().toString());
        try {
            folder.writeStatus(status);
            if (writeFailing) {
                writeFailing = false;
                LOG.info("this process's status is written to {} again", folder.folder());
            }
        } catch (IOException e) {
            // Once per outage, not every heartbeat; the others see this process as stale meanwhile.
            if (!writeFailing) {
                writeFailing = true;
                LOG.warn("could not write this process's status to {}: {}; the others will show it as stale until it can",
                        folder.folder(), e.toString());
            }
        }
    }

    private void pollForever() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.error("cluster heartbeat failed; trying again in {} ms", heartbeat.toMillis(), e);
            }
            try {
                Thread.sleep(heartbeat.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops polling and removes this process's status: a process that stopped cleanly is not shown as stale. */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            thread = poller;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(heartbeat.toMillis() + 5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            reloadSubscription.close();
        } catch (Exception e) {
            LOG.debug("unsubscribing from reloads: {}", e.toString());
        }
        try {
            folder.deleteStatus(id);
        } catch (IOException e) {
            LOG.warn("could not remove this process's status from {}: {}", folder.folder(), e.toString());
        }
    }
}
