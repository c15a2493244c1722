package dev.summitbot.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summitbot.knowledge.KnowledgeProblem;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one reload or check.
 *
 * @param version the version answering after the attempt (unchanged when it failed)
 * @param previousVersion the version that was answering before it
 * @param errors every problem found; empty when {@code ok}
 */
public record ReloadResult(
        boolean ok, String actor, Instant at, KnowledgeVersion version, KnowledgeVersion previousVersion,
        Changes changes, List<KnowledgeProblem> errors, long millis) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ReloadResult {
        errors = List.copyOf(errors);
    }

    /** {@code {ok, version, previousVersion, changes, errors[{file, line, column, message}], millis}}. */
    public ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("ok", ok);
        o.put("version", version == null ? null : version.label());
        o.put("previousVersion", previousVersion == null ? null : previousVersion.label());
        o.set("changes", JSON.valueToTree(changes));
        ArrayNode list = o.putArray("errors");
        for (KnowledgeProblem p : errors) {
            list.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column()).put("message", p.message());
        }
        o.put("millis", millis);
        return o;
    }
}
