package dev.summitbot.answer;

import dev.summitbot.question.QuestionWords;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a statement, for comparing statements with each other (summaries): lower
 * case, split at anything but letters and digits, possessives and plurals reduced ("guarantees",
 * "Russia's" → "guarantee", "russia"), function words dropped. Deliberately simpler than the index's
 * analysis chain, which lives in {@code index} (Lucene) and is not needed to tell two statements apart.
 */
final class ContentWords {

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("'s$|'$");
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)");

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
            "he", "her", "his", "if", "in", "into", "is", "it", "its", "not", "of", "on", "or", "she", "such",
            "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was",
            "were", "which", "who", "will", "with", "would", "also", "may", "still", "can", "could", "than",
            "while", "where", "when", "what", "s", "t", "do", "does", "did", "being", "both", "all", "one", "other");

    /** Each one-word synonym of the knowledge's synonyms file, to the first word of its line. */
    private final Map<String, String> canonical = new HashMap<>();

    /** @param synonyms the knowledge's synonyms file: its one-word equivalences ("envoy, emissary") make words alike */
    ContentWords(String synonyms) {
        for (String line : synonyms.split("\\R")) {
            if (line.isBlank() || line.strip().startsWith("#") || line.contains("=>")) {
                continue;
            }
            List<String> single = Arrays.stream(line.split(",")).map(String::strip)
                    .filter(w -> !w.isEmpty() && !w.contains(" ")).map(ContentWords::normalise).toList();
            single.forEach(w -> canonical.putIfAbsent(w, single.get(0)));
        }
    }

    Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        String plain = ABBREVIATION.matcher(text.toLowerCase(Locale.ROOT).replace("’", "'")).replaceAll("");
        for (String token : plain.split("[^\\p{L}\\p{N}']+")) {
            String word = normalise(token);
            word = canonical.getOrDefault(word, word);
            if (word.length() > 1 && !FUNCTION_WORDS.contains(word) && !QuestionWords.IGNORED.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String normalise(String token) {
        String word = ABBREVIATION.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
        return reduce(POSSESSIVE.matcher(word).replaceAll("").replace("'", "").replace(".", ""));
    }

    /** Harman's S-stemmer, then -ly, -ing, -ed and a final -e: enough for "complicate" and "complicating" to meet. */
    private static String reduce(String word) {
        String w = plural(word);
        if (w.length() > 5 && w.endsWith("ly")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        }
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    private static String plural(String word) {
        if (word.length() > 4 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
