package dev.summitbot.knowledge;

/**
 * Checks {@code synonyms.txt} line by line against the Solr synonym format, so that every bad
 * line is reported at once: {@code a, b, c} or {@code a, b => c}; {@code #} starts a comment.
 */
final class SynonymsChecker {

    void check(String file, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                problems.add(file, lineNo, "more than one `=>`; write `a, b => c`");
                continue;
            }
            for (String side : sides) {
                if (side.isBlank()) {
                    problems.add(file, lineNo, "a side of `=>` is empty; write `a, b => c`");
                } else {
                    for (String term : side.split("(?<!\\\\),", -1)) {
                        if (term.isBlank()) {
                            problems.add(file, lineNo, "empty term between commas");
                            break;
                        }
                    }
                }
            }
            if (sides.length == 1 && !line.contains(",")) {
                problems.add(file, lineNo, "a synonym line needs at least two terms separated by commas");
            }
        }
    }

    private static String stripComment(String line) {
        return line.startsWith("#") ? "" : line;
    }
}
