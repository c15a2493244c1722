package dev.summitbot.cli;

import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.Printable;
import dev.summitbot.service.KnowledgeService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --knowledge DIR}, shared by every command that answers, and opening that knowledge for the command. */
final class KnowledgeOption {

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge folder (default: knowledge/, or as configured).")
    Path folder;

    Optional<Path> override() {
        return Optional.ofNullable(folder);
    }

    /** The knowledge service over the chosen folder, or empty after printing every problem to {@code err}. */
    Optional<KnowledgeService> open(CommandContext context, PrintWriter err) {
        return open(context, err, Set.of());
    }

    /** The same, answering only from the named sources (all when empty). */
    Optional<KnowledgeService> open(CommandContext context, PrintWriter err, Set<String> onlySources) {
        Path chosen = context.knowledgeFolder(override());
        try {
            return Optional.of(context.knowledge(chosen, onlySources));
        } catch (KnowledgeException e) {
            err.println("summitbot: the knowledge in " + Printable.of(chosen.toString()) + " cannot be used; " + e.getMessage());
            err.println("Fix the files, then run ./summitbot check");
            return Optional.empty();
        }
    }
}
