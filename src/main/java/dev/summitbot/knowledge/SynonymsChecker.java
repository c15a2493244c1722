package dev.summitbot.knowledge;

/**
 * Checks {@code synonyms.txt} line by line against the Solr synonym format, so that every bad
 * line is reported at once: {@code a, b, c} or {@code a, b => c}; {@code #} starts a comment.
 * It also bounds what the synonyms cost: Lucene's parser builds one map entry per pair of terms a
 * rule joins, so one line of 10,000 terms took 2 GB; here a rule joins at most
 * {@link #MAX_TERMS_PER_RULE} terms and the whole map holds at most {@link #MAX_ENTRIES} entries,
 * checked on the text before Lucene sees it.
 */
final class SynonymsChecker {

    /** Terms one rule may join: a few dozen; more makes unrelated questions match each other. */
    static final int MAX_TERMS_PER_RULE = 32;
    /** Entries of the synonym map in all: {@code n × n} for a rule of n terms, {@code left × right} for {@code =>}. */
    static final int MAX_ENTRIES = 100_000;

    void check(String file, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        long entries = 0;
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
            long ruleEntries = 1;
            int terms = 0;
            for (String side : sides) {
                if (side.isBlank()) {
                    problems.add(file, lineNo, "a side of `=>` is empty; write `a, b => c`");
                } else {
                    String[] sideTerms = side.split("(?<!\\\\),", -1);
                    for (String term : sideTerms) {
                        if (term.isBlank()) {
                            problems.add(file, lineNo, "empty term between commas");
                            break;
                        }
                    }
                    terms += sideTerms.length;
                    ruleEntries *= sideTerms.length;
                }
            }
            if (sides.length == 1 && !line.contains(",")) {
                problems.add(file, lineNo, "a synonym line needs at least two terms separated by commas");
            }
            if (sides.length == 1) {
                ruleEntries *= terms;
            }
            if (terms > MAX_TERMS_PER_RULE) {
                problems.add(file, lineNo, "this rule joins " + terms + " terms; a rule may join at most " + MAX_TERMS_PER_RULE
                        + " (one with many terms makes unrelated questions match each other): split it by meaning");
                continue;
            }
            entries += ruleEntries;
            if (entries > MAX_ENTRIES) {
                problems.add(file, lineNo, "the synonyms make more than " + MAX_ENTRIES + " map entries by this line, the limit"
                        + " (a rule of n terms makes n × n): keep fewer and smaller rules");
                return;
            }
        }
    }

    private static String stripComment(String line) {
        return line.startsWith("#") ? "" : line;
    }
}
