package dev.summitbot.service;

import java.time.Duration;
import java.util.Optional;

/** What /about says, the same in the console and on Discord. */
public final class BotInfo {

    private BotInfo() {}

    /** The bot's version from the jar manifest ("dev" when run from classes). */
    public static String version() {
        String v = BotInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static String describe(Snapshot snapshot, Optional<ReloadResult> lastReload, Duration uptime) {
        var k = snapshot.knowledge();
        return "SummitBot " + version() + "\n"
                + "Knowledge " + snapshot.version() + ": " + k.sources().size() + " sources, " + k.passages().size()
                + " passages, " + k.facts().size() + " facts\n"
                + "Last reload: " + lastReload(lastReload) + "\n"
                + "Uptime: " + uptime(uptime);
    }

    public static String lastReload(Optional<ReloadResult> lastReload) {
        return lastReload.map(r -> r.at() + " by " + r.actor() + (r.ok() ? " (ok)" : " (refused)")).orElse("none");
    }

    static String uptime(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
