package dev.summitbot.knowledge;

import java.util.Objects;

/**
 * One thing wrong with the knowledge folder.
 *
 * @param file path relative to the knowledge folder (or the folder itself)
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 */
public record KnowledgeProblem(String file, int line, int column, String message) {

    public KnowledgeProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static KnowledgeProblem of(String file, int line, String message) {
        return new KnowledgeProblem(file, line, 0, message);
    }

    /** {@code file:line:column: message}, as compilers print it; on one line, control characters escaped. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return Printable.of(sb.append(": ").append(message).toString());
    }
}
