package dev.summitbot.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summitbot.knowledge.KnowledgeProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Appends one JSON line per reload attempt: who, when, the outcome, both versions and the errors. */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> file;

    private AuditLog(Optional<Path> file) {
        this.file = file;
    }

    public static AuditLog to(Path file) {
        return new AuditLog(Optional.of(file));
    }

    public static AuditLog none() {
        return new AuditLog(Optional.empty());
    }

    public Optional<Path> file() {
        return file;
    }

    /** Never throws: a full disk must not turn a good reload into a failed one. */
    public synchronized void record(ReloadResult result) {
        if (file.isEmpty()) {
            return;
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("at", result.at().toString());
        line.put("actor", result.actor());
        line.put("ok", result.ok());
        line.put("previousVersion", result.previousVersion() == null ? null : result.previousVersion().label());
        line.put("version", result.version() == null ? null : result.version().label());
        line.set("changes", JSON.valueToTree(result.changes()));
        ArrayNode errors = line.putArray("errors");
        for (KnowledgeProblem p : result.errors()) {
            errors.add(JSON.valueToTree(p));
        }
        line.put("millis", result.millis());
        try {
            Path path = file.get();
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            LOG.warn("could not append to the audit log {}: {}", file.get(), e.toString());
        }
    }
}
