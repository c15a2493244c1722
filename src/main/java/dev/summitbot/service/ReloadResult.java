package dev.summitbot.service;

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

    public ReloadResult {
        errors = List.copyOf(errors);
    }
}
