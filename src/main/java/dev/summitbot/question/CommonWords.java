package dev.summitbot.question;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Common English words a question misspells: "whre", "wich", "hav", "thnk". WordNet lists no
 * function words, and the knowledge need not use them, so neither the dictionary nor the index
 * corrects them, yet a misspelled "where" or "which" loses the kind of answer asked for and
 * weighs as an unknown name. A word that is no English word and is one slip ({@link Typo}) from a
 * word of {@code common-words.txt} is read as that word: a missing letter before swapped letters,
 * before one too many, before a changed one, then the commoner word.
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
        for (Typo typo : Typo.values()) {
            Set<String> near = new HashSet<>(typo.words(typed));
            for (String word : WORDS) {
                if (near.contains(word)) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }
}
