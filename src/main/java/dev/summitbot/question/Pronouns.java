package dev.summitbot.question;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the sources call a person "he" or "she", learned from their own sentences: "Ursula von der
 * Leyen said she would join …" makes von der Leyen a "she", and so does her given name wherever the
 * sources write it ({@link GivenNames}). A follow-up's "her" then stands for no one the sources call
 * "he". A person neither tells of fits either.
 *
 * <p>A pronoun is read as standing for the one person its sentence names before it, or, when it
 * opens a sentence, for the person who opens the sentence before ("Brennan noted that Putin had not
 * given Trump the ceasefire he wanted. She also noted …": "she" is Brennan, "he" nobody sure).
 */
public final class Pronouns {

    /** Pronouns of no one yet: every person fits both. */
    public static final Pronouns NONE = new Pronouns(Map.of());

    private static final Pattern PRONOUN = Pattern.compile("\\b(?i:he|him|his|she|her|hers)\\b");
    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "she's");
    private static final Set<String> MASCULINE = Set.of("he", "him", "his", "he's");

    /** By the last word of a name, lower case: more "he" than "she" in the sources above zero, more "she" below. */
    private final Map<String, Integer> leanings;

    private Pronouns(Map<String, Integer> leanings) {
        this.leanings = Map.copyOf(leanings);
    }

    /**
     * Learns from {@code documents}, each the sentences of one source in order.
     */
    public static Pronouns learnedFrom(List<List<String>> documents) {
        Map<String, Integer> leanings = new HashMap<>();
        for (List<String> sentences : documents) {
            String subjectBefore = "";
            for (String sentence : sentences) {
                List<People.Named> named = People.named(sentence);
                for (People.Named person : named) {
                    leanings.merge(key(person.name()), given(person.name()), Integer::sum);
                }
                Matcher pronoun = PRONOUN.matcher(sentence);
                if (pronoun.find()) {
                    int at = pronoun.start();
                    List<People.Named> before = named.stream().filter(n -> n.start() < at).toList();
                    String person = at == 0 ? subjectBefore : before.size() == 1 ? before.get(0).name() : "";
                    if (!person.isEmpty()) {
                        leanings.merge(key(person), FEMININE.contains(pronoun.group().toLowerCase(Locale.ROOT)) ? -1 : 1, Integer::sum);
                    }
                }
                subjectBefore = !named.isEmpty() && named.get(0).start() == 0 ? named.get(0).name() : "";
            }
        }
        return new Pronouns(leanings);
    }

    /** Whether {@code pronoun} ("her", "he") may stand for {@code name}: not when the sources call the person the other. */
    public boolean fits(String name, String pronoun) {
        int leaning = leanings.getOrDefault(key(name), 0) + given(name);
        String word = pronoun.toLowerCase(Locale.ROOT);
        return FEMININE.contains(word) ? leaning <= 0 : !MASCULINE.contains(word) || leaning >= 0;
    }

    /** Whether {@code pronoun} is a woman's: "she", "her". */
    public static boolean feminine(String pronoun) {
        return FEMININE.contains(pronoun.toLowerCase(Locale.ROOT));
    }

    /** A man's given name opening {@code name} leans it to "he" (1), a woman's to "she" (-1); any other not at all. */
    private static int given(String name) {
        int space = name.indexOf(' ');
        // "von der Leyen" opens with a particle ("Von" is a man's given name too)
        return space < 0 || People.PARTICLES.contains(name.substring(0, space)) ? 0
                : GivenNames.get().woman(name.substring(0, space)).map(woman -> woman ? -1 : 1).orElse(0);
    }

    /** How a name is known: its last word, lower case ("leyen" of "Ursula von der Leyen"). */
    private static String key(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }
}
