package dev.summitbot.search;

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
final class EditDistance {

    private static final String VOWELS = "aeiouy";

    private EditDistance() {}

    /**
     * Whether {@code typed} is plausibly a misspelling of {@code known}: one edit for words of four
     * to seven letters, two from eight. In words under six letters a substituted letter must be a
     * vowel for a vowel ("leyan" → "leyen"), since swapping a consonant turns one short word into
     * another ("rome" → "role", "pari" → "part").
     */
    static boolean isTypo(String typed, String known) {
        int distance = of(typed, known);
        if (distance == 0 || distance > allowedEdits(typed)) {
            return false;
        }
        if (typed.length() >= 6 || typed.length() != known.length()) {
            return true;
        }
        int first = -1;
        int count = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) != known.charAt(i)) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        if (count == 2) {
            // One edit with two differing letters: two neighbours swapped ("ab" → "ba").
            return true;
        }
        return VOWELS.indexOf(typed.charAt(first)) >= 0 && VOWELS.indexOf(known.charAt(first)) >= 0;
    }

    /** Edits a typo may have: one for words of four to seven letters, two from eight. */
    static int allowedEdits(String typed) {
        return typed.length() >= 8 ? 2 : 1;
    }

    static int of(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
