package dev.summitbot.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Synonym lines as an admin of a large knowledge set would write them: other spellings of the
 * commonest surnames and places, some equivalent words, and a few one-way rewrites.
 */
final class SynonymWriter {

    static final int SURNAMES = 150;
    static final int PLACES = 60;
    static final int WORD_PAIRS = 40;
    static final int REWRITES = 20;
    /** Equivalent words are taken from this content-word rank on: specific, not common, words. */
    private static final int WORD_RANK = 400;

    private SynonymWriter() {}

    static List<String> lines(Vocabulary vocabulary, RandomGenerator random) {
        Set<String> used = new LinkedHashSet<>(WordLists.FUNCTION);
        List<String> lines = new ArrayList<>();
        for (String person : vocabulary.people) {
            if (lines.size() == SURNAMES) {
                break;
            }
            String surname = person.substring(person.indexOf(' ') + 1).toLowerCase(Locale.ROOT);
            equivalent(lines, used, surname, random);
        }
        for (String place : vocabulary.placeNames.subList(0, Math.min(PLACES, vocabulary.placeNames.size()))) {
            equivalent(lines, used, place.toLowerCase(Locale.ROOT), random);
        }
        List<String> words = new ArrayList<>();
        List<String> content = vocabulary.contentWords;
        for (int rank = WORD_RANK; words.size() < 2 * (WORD_PAIRS + REWRITES) && rank < content.size(); rank += 1 + random.nextInt(20)) {
            String w = content.get(rank);
            if (w.length() >= 6 && !used.contains(w)) {
                words.add(w);
                used.add(w);
            }
        }
        for (int i = 0; i + 1 < words.size(); i += 2) {
            if (i / 2 < WORD_PAIRS) {
                lines.add(words.get(i) + ", " + words.get(i + 1));
            } else {
                lines.add(Misspellings.of(words.get(i), random) + " => " + words.get(i));
            }
        }
        return lines;
    }

    private static void equivalent(List<String> lines, Set<String> used, String word, RandomGenerator random) {
        if (!used.add(word)) {
            return;
        }
        String variant = Misspellings.of(word, random);
        if (variant.length() >= 4 && used.add(variant)) {
            lines.add(word + ", " + variant);
        }
    }
}
