package dev.summitbot.question;

import java.util.Set;
import java.util.Optional;

/**
 * Common English words a question misspells: "whre", "wich", "hav", "thnk". WordNet lists no
 * function words, and the knowledge need not use them, so neither the dictionary nor the index
 * corrects them, yet a misspelled "where" or "which" loses the kind of answer asked for and
 * weighs as an unknown name. A word that is no English word and is one letter short of a word
 * of {@code common-words.txt}, or has two of its letters swapped or one changed, is read as that
 * word: a missing letter before swapped letters before a changed one, since chat drops letters
 * most ("wich" is "which", not "with"), then the commoner word.
 */
final class CommonWords {

    /** Commonest first (the set keeps the file order). */
    private static final Set<String> WORDS = QuestionWords.load("common-words.txt");

    /** Shorter words are left alone: at two letters nearly any change makes another word. */
    private static final int MIN_LENGTH = 3;

    private CommonWords() {}

    /**
     * The common word {@code typed} (lower case) misspells; empty when it is one of them or another
     * English word, a word questions ignore, a particle of a name ("der"), or near none of them.
     */
    static Optional<String> respelled(String typed) {
        if (typed.length() < MIN_LENGTH || !typed.chars().allMatch(Character::isLetter) || QuestionWords.IGNORED.contains(typed)
                || WORDS.contains(typed) || People.PARTICLES.contains(typed) || EnglishWords.get().isPlain(typed)) {
            return Optional.empty();
        }
        for (Edit edit : Edit.values()) {
            for (String word : WORDS) {
                if (edit.between(typed, word)) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }

    /** The one edit that makes the common word of the typed one, in the order they are tried. */
    private enum Edit {
        /** A letter left out: "whre" of "where". */
        MISSING {
            @Override
            boolean between(String typed, String word) {
                if (word.length() != typed.length() + 1) {
                    return false;
                }
                int i = 0;
                while (i < typed.length() && typed.charAt(i) == word.charAt(i)) {
                    i++;
                }
                return typed.regionMatches(i, word, i + 1, typed.length() - i);
            }
        },
        /** Two neighbours swapped: "teh" of "the". */
        SWAPPED {
            @Override
            boolean between(String typed, String word) {
                if (word.length() != typed.length()) {
                    return false;
                }
                int i = 0;
                while (i < typed.length() && typed.charAt(i) == word.charAt(i)) {
                    i++;
                }
                return i + 1 < typed.length() && typed.charAt(i) == word.charAt(i + 1) && typed.charAt(i + 1) == word.charAt(i)
                        && typed.regionMatches(i + 2, word, i + 2, typed.length() - i - 2);
            }
        },
        /** One letter changed: "wgat" of "what"; not in three letters, where it makes "get" of "gmt". */
        CHANGED {
            @Override
            boolean between(String typed, String word) {
                if (word.length() != typed.length() || typed.length() < 4) {
                    return false;
                }
                int differences = 0;
                for (int i = 0; i < typed.length() && differences < 2; i++) {
                    differences += typed.charAt(i) == word.charAt(i) ? 0 : 1;
                }
                return differences == 1;
            }
        };

        abstract boolean between(String typed, String word);
    }
}
