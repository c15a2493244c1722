package dev.summitbot.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge folder cannot be used; carries every problem found, not only the first. */
public final class KnowledgeException extends Exception {

    private final List<KnowledgeProblem> problems;

    public KnowledgeException(List<KnowledgeProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a KnowledgeException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<KnowledgeProblem> problems() {
        return problems;
    }

    private static String summary(List<KnowledgeProblem> problems) {
        String head = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return head + " in the knowledge folder:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
