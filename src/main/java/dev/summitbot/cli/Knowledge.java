package dev.summitbot.cli;

import dev.summitbot.App;
import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.Printable;
import dev.summitbot.service.KnowledgeService;
import java.io.PrintWriter;
import java.util.Optional;

/** Opens the knowledge for a command, printing every problem when it cannot be used. */
final class Knowledge {

    private Knowledge() {}

    static Optional<KnowledgeService> open(App app, KnowledgeOption option, PrintWriter err) {
        var folder = app.knowledgeFolder(option.override());
        try {
            return Optional.of(app.knowledge(folder));
        } catch (KnowledgeException e) {
            err.println("summitbot: the knowledge in " + Printable.of(folder.toString()) + " cannot be used; " + e.getMessage());
            err.println("Fix the files, then run ./summitbot check");
            return Optional.empty();
        }
    }
}
