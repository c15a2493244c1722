package dev.summitbot.gaps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.summitbot.answer.Answer;
import dev.summitbot.question.QuestionText;
import dev.summitbot.service.JsonLines;
import dev.summitbot.text.Ellipsis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions members asked that the knowledge declined or answered only in part, one JSON line
 * each ({@link GapEntry}), kept for the configured number of days. Lines older than that are dropped
 * when the bot or the console starts ({@link #pruned}) and, while it runs, at most once a day (after an
 * append); readers ignore them anyway. {@code ./summitbot gaps} only reads, so that it can report the
 * lines it cannot read instead of dropping them. Only the front ends where members ask (Discord, the console) record here: one-shot
 * {@code ask} runs and {@code eval} do not.
 */
public final class GapsLog {

    private static final Logger LOG = LoggerFactory.getLogger(GapsLog.class);
    /** A question is logged up to this many characters: enough to see what was asked, not a place to store essays. */
    public static final int MAX_QUESTION_CHARS = 300;
    /** Expired lines are dropped at most this often while the bot runs. */
    static final Duration PRUNE_EVERY = Duration.ofDays(1);

    private final Optional<JsonLines> lines;
    private final Duration retention;
    private final Clock clock;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.MIN);

    private GapsLog(Optional<JsonLines> lines, Duration retention, Clock clock) {
        this.lines = lines;
        this.retention = retention;
        this.clock = clock;
    }

    /** The log in {@code file}, keeping lines {@code retentionDays} days. Opening changes nothing in the file. */
    public static GapsLog open(Path file, int retentionDays, Clock clock) {
        return new GapsLog(Optional.of(new JsonLines(file)), Duration.ofDays(retentionDays), clock);
    }

    /** This log, its expired (and unreadable) lines dropped now: for the front ends that write it, as they start. */
    public GapsLog pruned() {
        prune();
        return this;
    }

    /** A log that records nothing and lists nothing. */
    public static GapsLog none() {
        return new GapsLog(Optional.empty(), Duration.ofDays(1), Clock.systemUTC());
    }

    public Optional<Path> file() {
        return lines.map(JsonLines::file);
    }

    public Duration retention() {
        return retention;
    }

    /**
     * Appends {@code answer} when it is declined or partial; answered questions and empty ones are not
     * gaps. Never throws: a full disk must not cost a member their answer.
     */
    public void record(Answer answer, String version, Origin origin) {
        if (lines.isEmpty() || answer.outcome() == Answer.Outcome.ANSWERED || QuestionText.isEmpty(answer.question())) {
            return;
        }
        String missing = answer instanceof Answer.Partial partial ? partial.missing() : null;
        GapEntry entry = new GapEntry(clock.instant(), Ellipsis.shorten(answer.question(), MAX_QUESTION_CHARS),
                answer.outcome().key(), missing, origin, version);
        try {
            lines.get().append(entry.toJson());
        } catch (IOException e) {
            LOG.warn("could not append to the gaps log {}: {}", lines.get().file(), e.toString());
            return;
        }
        Instant last = lastPrune.get();
        if (!entry.at().isBefore(last.plus(PRUNE_EVERY)) || entry.at().isBefore(last)) {
            if (lastPrune.compareAndSet(last, entry.at())) {
                prune();
            }
        }
    }

    /** Drops the lines older than the retention (and torn ones); never throws. */
    void prune() {
        if (lines.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        lastPrune.set(now);
        Instant oldest = now.minus(retention);
        try {
            JsonLines.Kept kept = lines.get().keepOnly(line -> GapEntry.fromJson(line).filter(e -> !e.at().isBefore(oldest)).isPresent());
            if (kept.dropped() > 0) {
                LOG.info("gaps log {}: dropped {} line(s) older than {} days or unreadable, kept {}", lines.get().file(),
                        kept.dropped(), retention.toDays(), kept.kept());
            }
        } catch (IOException e) {
            LOG.warn("could not drop expired lines of the gaps log {}: {}", lines.get().file(), e.toString());
        }
    }

    /** What was read: the entries asked in the window, and how many lines could not be read. */
    public record Entries(List<GapEntry> entries, int skipped) {}

    /**
     * The entries of the last {@code since} (at most the retention), oldest first; a missing file has none.
     * Lines that are not entries are skipped and counted, never fatal.
     */
    public Entries read(Optional<Duration> since) throws IOException {
        if (lines.isEmpty()) {
            return new Entries(List.of(), 0);
        }
        Duration window = since.filter(s -> s.compareTo(retention) < 0).orElse(retention);
        Instant oldest = clock.instant().minus(window);
        JsonLines.Read read = lines.get().readCounted();
        List<GapEntry> entries = new ArrayList<>();
        int skipped = read.skipped();
        for (JsonNode line : read.lines()) {
            Optional<GapEntry> entry = GapEntry.fromJson(line);
            if (entry.isEmpty()) {
                skipped++;
            } else if (!entry.get().at().isBefore(oldest)) {
                entries.add(entry.get());
            }
        }
        return new Entries(entries, skipped);
    }

    /** The groups of the last {@code since} days (all kept days when empty), most asked first, at most {@code limit}. */
    public GapReport report(Optional<Duration> since, int limit) throws IOException {
        Entries read = read(since);
        List<GapGroup> groups = Topics.group(read.entries());
        Duration window = since.filter(s -> s.compareTo(retention) < 0).orElse(retention);
        return new GapReport(groups.subList(0, Math.min(limit, groups.size())), groups.size(), read.entries().size(),
                read.skipped(), window);
    }
}
