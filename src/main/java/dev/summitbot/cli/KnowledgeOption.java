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
        return opened(context, err, chosen -> context.knowledge(chosen, onlySources));
    }

    /** The same for a process that answers one question and ends: not warmed up ({@link CommandContext#knowledgeForOneQuestion}). */
    Optional<KnowledgeService> openForOneQuestion(CommandContext context, PrintWriter err) {
        return opened(context, err, context::knowledgeForOneQuestion);
    }

    /** How a command's knowledge service is started over the chosen folder. */
    private interface Opening {
        KnowledgeService open(Path folder) throws KnowledgeException;
    }

    private Optional<KnowledgeService> opened(CommandContext context, PrintWriter err, Opening opening) {
        Path chosen = context.knowledgeFolder(override());
        try {
            return Optional.of(opening.open(chosen));
        } catch (KnowledgeException e) {
            err.println("summitbot: the knowledge in " + Printable.of(chosen.toString()) + " cannot be used; " + e.getMessage());
            err.println("Fix the files, then run ./summitbot check");
            return Optional.empty();
        }
    }
}
