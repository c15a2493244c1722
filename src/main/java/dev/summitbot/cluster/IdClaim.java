package dev.summitbot.cluster;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes sure no running process uses the id a process joins the cluster with. */
final class IdClaim {

    private static final Logger LOG = LoggerFactory.getLogger(IdClaim.class);

    private IdClaim() {}

    /**
     * Returns when the id is free. A fresh status under it from another pid is either a live process with the
     * same id, or what a process killed a moment ago left (a restart under a fixed id): it is watched for a
     * stale period and one heartbeat more; rewritten meanwhile means live, and the claim fails; otherwise the
     * leftover is taken over.
     *
     * @throws IOException naming the id and the folder, when another running process uses it
     */
    static void claim(StateFolder folder, String id, Instant now, Duration heartbeat) throws IOException, InterruptedException {
        Optional<ProcessStatus> seen = status(folder, id);
        if (seen.isEmpty() || seen.get().pid() == ProcessHandle.current().pid()
                || seen.get().staleAt(now, heartbeat.multipliedBy(ClusterMember.STALE_HEARTBEATS))) {
            return;
        }
        LOG.info("a recent status of `{}` (pid {}) is in {}; waiting to see whether that process is still running", id,
                seen.get().pid(), folder.folder());
        for (int i = 0; i <= ClusterMember.STALE_HEARTBEATS; i++) {
            Thread.sleep(heartbeat.toMillis());
            Optional<ProcessStatus> later = status(folder, id);
            if (later.isEmpty()) {
                return;
            }
            if (!later.get().updatedAt().equals(seen.get().updatedAt())) {
                throw new IOException("another live process (pid " + later.get().pid() + ") uses the cluster process id `" + id
                        + "` in " + folder.folder() + "; give each process its own cluster.processId");
            }
        }
    }

    private static Optional<ProcessStatus> status(StateFolder folder, String id) {
        return folder.statuses().stream().filter(s -> s.process().equals(id)).findFirst();
    }
}
