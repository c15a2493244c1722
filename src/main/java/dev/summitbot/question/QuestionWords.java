package dev.summitbot.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How the words of a question are classified, in two lists named for what they do:
 * <ul>
 *   <li>{@link #IGNORED}: removed before searching, from questions and documents alike ("what",
 *       "did", "hey bot"): they are in every question and no answer;</li>
 *   <li>{@link #LIGHT}: kept, but weighed {@link #LIGHT_WEIGHT} of a content word ("held", "say"):
 *       they belong to the question's phrasing more than to its topic.</li>
 * </ul>
 * Numbers weigh like light words ({@link #isNumber}). The lists are resource files beside this class.
 */
public final class QuestionWords {

    /** Words removed from questions and documents, on top of the analyzer's English stop words. */
    public static final Set<String> IGNORED = load("ignored-words.txt");
    /** Words kept in a question but weighed {@link #LIGHT_WEIGHT}, as written (the search layer stems them). */
    public static final Set<String> LIGHT = load("light-words.txt");
    /**
     * What a light word or a number counts against a content word of the same rarity. 0.3 lets a
     * passage that has every content word but not "held" still cover "where was the summit held?"
     * above the answer threshold, while a passage with only the light words covers nothing.
     */
    public static final double LIGHT_WEIGHT = 0.3;

    private QuestionWords() {}

    /** True for a light word in any of its forms, as the search weighs it: "speaking" as "speak", "reports" as "report". */
    public static boolean isLight(String word) {
        return LIGHT.contains(word) || LIGHT.contains(EnglishWords.get().baseForm(word));
    }

    /** True for a term made only of digits and separators ("2", "1,000", "3.5"). */
    public static boolean isNumber(String term) {
        return !term.isEmpty() && term.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == ',');
    }

    /** The words of a list file, in file order, as a set: they are looked up for every token a load indexes. */
    static Set<String> load(String name) {
        try (InputStream in = QuestionWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip)
                    .filter(w -> !w.isEmpty() && !w.startsWith("#"))
                    .toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
