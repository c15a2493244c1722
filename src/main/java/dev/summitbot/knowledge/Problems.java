package dev.summitbot.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a whole folder is read, so every one can be reported at once. */
final class Problems {

    private final List<KnowledgeProblem> list = new ArrayList<>();

    void add(String file, int line, String message) {
        list.add(KnowledgeProblem.of(file, line, message));
    }

    void add(String file, int line, int column, String message) {
        list.add(new KnowledgeProblem(file, line, column, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<KnowledgeProblem> list() {
        return List.copyOf(list);
    }
}
