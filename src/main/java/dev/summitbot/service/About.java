package dev.summitbot.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What /about says, the same in the console and on Discord.
 *
 * @param bot the bot's version ({@link BotInfo#version()})
 * @param uptime time since the knowledge service started
 */
public record About(String bot, KnowledgeVersion version, int sources, int passages, int facts,
        Optional<ReloadResult> lastReload, Path folder, Duration uptime) {

    /** The text shown to people: four lines. */
    public String describe() {
        return "SummitBot " + bot + "\n"
                + "Knowledge " + version + ": " + sources + " sources, " + passages + " passages, " + facts + " facts\n"
                + "Last reload: " + lastReloadText() + "\n"
                + "Uptime: " + uptimeText();
    }

    /** "2026-11-26T12:00:00Z by console (ok)", or "none". */
    public String lastReloadText() {
        return lastReload.map(r -> r.at() + " by " + r.actor() + (r.ok() ? " (ok)" : " (refused)")).orElse("none");
    }

    String uptimeText() {
        long s = uptime.toSeconds();
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
