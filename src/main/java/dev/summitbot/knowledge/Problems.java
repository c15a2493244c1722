package dev.summitbot.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a whole folder is read, so every one can be reported at once. */
final class Problems {

    /** Problems listed in full; the rest are counted in one last line. */
    static final int MAX_LISTED = 100;

    private final List<KnowledgeProblem> list = new ArrayList<>();

    void add(String file, int line, String message) {
        list.add(KnowledgeProblem.of(file, line, message));
    }

    void add(String file, int line, int column, String message) {
        list.add(new KnowledgeProblem(file, line, column, message));
    }

    void addAll(Problems other) {
        list.addAll(other.list);
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

    /** The problems to report: the first {@link #MAX_LISTED}, then one line counting the rest. */
    List<KnowledgeProblem> report(String folder) {
        if (list.size() <= MAX_LISTED) {
            return list();
        }
        List<KnowledgeProblem> shown = new ArrayList<>(list.subList(0, MAX_LISTED));
        shown.add(KnowledgeProblem.of(folder, 0, "… and " + (list.size() - MAX_LISTED) + " more problems"));
        return shown;
    }
}
