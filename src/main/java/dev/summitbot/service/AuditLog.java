package dev.summitbot.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one JSON line per reload attempt: who, when, the outcome, both versions, what changed and
 * the errors. The line's format is this class's own ({@link #line}), kept apart from the command
 * line's JSON so that neither changes the other by accident; README "Reloading knowledge" shows it.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<JsonLines> lines;

    private AuditLog(Optional<JsonLines> lines) {
        this.lines = lines;
    }

    public static AuditLog to(Path file) {
        return new AuditLog(Optional.of(new JsonLines(file)));
    }

    public static AuditLog none() {
        return new AuditLog(Optional.empty());
    }

    public Optional<Path> file() {
        return lines.map(JsonLines::file);
    }

    /**
     * One line of the audit log, in the log's own format: a record of its own, so that a change to
     * the command line's JSON never changes what audit readers parse.
     */
    record Entry(String at, String actor, boolean ok, String version, String previousVersion, Changes changes,
            List<Problem> errors, long millis) {

        record Problem(String file, int line, int column, String message) {}

        static Entry of(ReloadResult r) {
            return new Entry(r.at().toString(), r.actor(), r.ok(), label(r.version()), label(r.previousVersion()), r.changes(),
                    r.errors().stream().map(p -> new Problem(p.file(), p.line(), p.column(), p.message())).toList(), r.millis());
        }

        private static String label(KnowledgeVersion version) {
            return version == null ? null : version.label();
        }
    }

    static ObjectNode line(ReloadResult result) {
        return JSON.valueToTree(Entry.of(result));
    }

    /** Never throws: a full disk must not turn a good reload into a failed one. */
    public void record(ReloadResult result) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            lines.get().append(line(result));
        } catch (IOException e) {
            LOG.warn("could not append to the audit log {}: {}", lines.get().file(), e.toString());
        }
    }
}
