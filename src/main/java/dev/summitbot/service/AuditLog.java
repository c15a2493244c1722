package dev.summitbot.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Appends one JSON line per reload attempt: who, when, the outcome, both versions and the errors. */
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

    /** Never throws: a full disk must not turn a good reload into a failed one. */
    public void record(ReloadResult result) {
        if (lines.isEmpty()) {
            return;
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("at", result.at().toString());
        line.put("actor", result.actor());
        line.setAll(result.toJson());
        try {
            lines.get().append(line);
        } catch (IOException e) {
            LOG.warn("could not append to the audit log {}: {}", lines.get().file(), e.toString());
        }
    }
}
