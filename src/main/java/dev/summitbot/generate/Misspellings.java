package dev.summitbot.generate;

import java.util.random.RandomGenerator;

/** Typing mistakes of the kinds people make in names: a doubled, dropped, swapped or wrong letter. */
final class Misspellings {

    private static final String VOWELS = "aeiou";

    private Misspellings() {}

    /** A different spelling of a word of at least four letters (the word itself when shorter). */
    static String of(String word, RandomGenerator random) {
        if (word.length() < 4) {
            return word;
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            int at = 1 + random.nextInt(word.length() - 2);
            String variant = switch (random.nextInt(4)) {
                case 0 -> word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
                case 1 -> word.substring(0, at) + word.substring(at + 1);
                case 2 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                default -> VOWELS.indexOf(word.charAt(at)) >= 0
                        ? word.substring(0, at) + VOWELS.charAt((VOWELS.indexOf(word.charAt(at)) + 1 + random.nextInt(4)) % 5)
                                + word.substring(at + 1)
                        : word;
            };
            if (!variant.equals(word)) {
                return variant;
            }
        }
        return word + word.charAt(word.length() - 1);
    }
}
