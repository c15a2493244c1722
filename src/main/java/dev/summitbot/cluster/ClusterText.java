package dev.summitbot.cluster;

import dev.summitbot.service.ReloadResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The cluster as {@code /about} shows it, in the console and on Discord. */
final class ClusterText {

    private ClusterText() {}

    /**
     * "Processes: 2, all on knowledge 3f9a2c1d0b" (or "knowledge differs"), then one line per process:
     * "a (this one): shards 0-1 of 4, knowledge …, healthy, gateway CONNECTED, last reload …".
     */
    static String describe(List<ProcessStatus> processes, String self, Instant now, Duration staleAfter) {
        List<ProcessStatus> live = processes.stream().filter(p -> !p.staleAt(now, staleAfter)).toList();
        long hashes = live.stream().map(ProcessStatus::knowledgeHash).distinct().count();
        StringBuilder text = new StringBuilder("Processes: ").append(live.size()).append(" live");
        if (live.size() < processes.size()) {
            text.append(", ").append(processes.size() - live.size()).append(" stale");
        }
        if (hashes == 1) {
            text.append(", all on knowledge ").append(live.get(0).knowledgeHash());
        } else if (hashes > 1) {
            text.append(", knowledge differs (a reload is under way, or failed somewhere)");
        }
        for (ProcessStatus p : processes) {
            text.append("\n• ").append(p.process()).append(p.process().equals(self) ? " (this one)" : "").append(": ");
            if (p.staleAt(now, staleAfter)) {
                text.append("STALE, no heartbeat for ").append(Duration.between(p.updated(), now).toSeconds()).append(" s; last seen with ");
            }
            text.append("shards ").append(p.shards()).append(", knowledge ").append(p.knowledge())
                    .append(p.healthy() ? ", healthy" : ", unhealthy").append(", gateway ").append(p.gateway())
                    .append(", last reload ").append(p.lastReload());
        }
        return text.toString();
    }

    /** "2026-11-26T12:00:00Z by console (ok)". */
    static String lastReload(ReloadResult r) {
        return r.at() + " by " + r.actor() + (r.ok() ? " (ok)" : " (refused)");
    }
}
