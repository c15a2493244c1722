package dev.summitbot.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The words and names of one generated knowledge set, each drawn by Zipf's law: a closed class of
 * function words, a few thousand content word forms (real news words first, then synthetic ones
 * with English-like suffixes), people, organisations and places.
 */
final class Vocabulary {

    /** Content word forms in all: the real ones plus synthetic words up to this many. */
    static final int CONTENT_FORMS = 3_600;
    static final int PEOPLE = 2_000;
    static final int PLACES = 300;
    static final int ORGANISATIONS = 200;
    /** Zipf exponent of word and name frequencies; about 1 in natural language. */
    static final double ZIPF_EXPONENT = 1.0;
    /** Mandelbrot's rank offset: flattens the head as in real text, where "the" is ~6% of words, not 12%. */
    static final double ZIPF_OFFSET = 2.7;

    /**
     * Words that the knowledge loader's sentence splitter reads as abbreviations before a period;
     * no sentence may end with one, so none is used as a word.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gen", "gov", "lt", "col", "sgt", "capt", "jr", "sr",
            "prof", "pres", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "inc", "ltd", "co", "corp", "dept", "approx", "ft", "mt");

    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n",
        "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z", "bl", "cl", "pl", "fr", "th"};
    private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "ie"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "s", "t", "m", "nd", "rk", "st", "ng", "x"};
    private static final String[] SUFFIXES = {"s", "s", "s", "ed", "ing", "ion", "al", "er", "ly", "ity", "ment"};

    /** Every word form, function and content words in one ranking. */
    final Zipf<String> words;
    /** The content words, commonest first. */
    final List<String> contentWords;
    private final Set<String> functionWords;
    /** People and organisations: who does things in facts. */
    final Zipf<String> actors;
    final Zipf<String> places;
    final List<String> people;
    final List<String> placeNames;

    Vocabulary(RandomGenerator random) {
        Set<String> taken = new LinkedHashSet<>(WordLists.FUNCTION);
        List<String> contentList = new ArrayList<>();
        for (String w : WordLists.CONTENT) {
            if (taken.add(w) && !ABBREVIATIONS.contains(w)) {
                contentList.add(w);
            }
        }
        while (contentList.size() < CONTENT_FORMS) {
            String w = syntheticWord(random);
            if (w.length() >= 4 && w.length() <= 12 && !ABBREVIATIONS.contains(w) && taken.add(w)) {
                contentList.add(w);
            }
        }
        this.contentWords = List.copyOf(contentList);
        this.functionWords = Set.copyOf(WordLists.FUNCTION);
        this.words = new Zipf<>(ranked(WordLists.FUNCTION, contentWords), ZIPF_EXPONENT, ZIPF_OFFSET);

        Set<String> names = new LinkedHashSet<>();
        while (names.size() < PEOPLE) {
            names.add(capitalize(pick(random, WordLists.FIRST_NAMES)) + " " + capitalize(pick(random, WordLists.LAST_NAMES)));
        }
        this.people = List.copyOf(names);
        Set<String> placeSet = new LinkedHashSet<>();
        while (placeSet.size() < PLACES) {
            String p = syllables(random, 2 + random.nextInt(2));
            if (p.length() >= 5 && !taken.contains(p)) {
                placeSet.add(capitalize(p));
            }
        }
        this.placeNames = List.copyOf(placeSet);
        List<String> organisations = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            organisations.add(placeNames.get(i % placeNames.size()) + " " + pick(random, WordLists.ORGANISATION_KINDS));
        }
        List<String> actorList = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            actorList.add(people.get(i));
            if (i % 10 == 9 && i / 10 < organisations.size()) {
                actorList.add(organisations.get(i / 10));
            }
        }
        this.actors = new Zipf<>(actorList, ZIPF_EXPONENT, ZIPF_OFFSET);
        this.places = new Zipf<>(placeNames, ZIPF_EXPONENT, ZIPF_OFFSET);
    }

    /** Any word, by its frequency in text. */
    String word(RandomGenerator random) {
        return words.next(random);
    }

    /** A content word (never a function word), by its frequency in text. */
    String contentWord(RandomGenerator random) {
        while (true) {
            String w = words.next(random);
            if (!functionWords.contains(w)) {
                return w;
            }
        }
    }

    /**
     * One ranking of all words as in English text: the function words lead, with the commonest
     * content words ("said", "new", "people") among them, then the rest of the content words.
     */
    private static List<String> ranked(List<String> function, List<String> content) {
        List<String> all = new ArrayList<>();
        int c = 0;
        for (int f = 0; f < function.size(); f++) {
            all.add(function.get(f));
            if (f % 4 == 3) {
                all.add(content.get(c++));
            }
        }
        all.addAll(content.subList(c, content.size()));
        return all;
    }

    /** A name mentioned in running text: a person or organisation, sometimes a place. */
    String mention(RandomGenerator random) {
        return random.nextInt(4) == 0 ? places.next(random) : actors.next(random);
    }

    int contentForms() {
        return contentWords.size();
    }

    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static <T> T pick(RandomGenerator random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A pronounceable made-up word: mostly two syllables, sometimes with an English suffix. */
    private static String syntheticWord(RandomGenerator random) {
        int roll = random.nextInt(10);
        int syllables = roll == 0 ? 1 : roll < 8 ? 2 : 3;
        return syllables(random, syllables) + (random.nextInt(10) < 3 ? SUFFIXES[random.nextInt(SUFFIXES.length)] : "");
    }

    private static String syllables(RandomGenerator random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            w.append(ONSETS[random.nextInt(ONSETS.length)]).append(NUCLEI[random.nextInt(NUCLEI.length)]);
            if (s == syllables - 1 ? random.nextInt(3) > 0 : random.nextInt(4) == 0) {
                w.append(CODAS[random.nextInt(CODAS.length)]);
            }
        }
        return w.toString().toLowerCase(Locale.ROOT);
    }
}
