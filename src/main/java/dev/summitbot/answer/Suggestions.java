package dev.summitbot.answer;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.FactType;
import dev.summitbot.question.EnglishWords;
import dev.summitbot.question.Question;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Questions to suggest when the bot declines: one per fact, written from the fact by its type
 * ("Where was the Trump–Putin summit held?", "Who is Steve Witkoff?", "What did Rubio state?"), and
 * offered only when the bot answers it when asked back. Checked once per fact, on first use:
 * a knowledge of 10,000 facts costs nothing until a refusal needs a suggestion.
 */
final class Suggestions {

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "did", "does", "do");
    private static final Set<String> TRAILING = Set.of("in", "on", "at", "by", "for", "with", "to", "of", "during", "that",
            "as", "about", "from", "into");

    private final Function<Question, Answer> asker;
    private final Map<String, Optional<String>> checked = new ConcurrentHashMap<>();

    /** @param asker answers a question as the engine would (the check must not suggest again: no recursion) */
    Suggestions(Function<Question, Answer> asker) {
        this.asker = asker;
    }

    /** The fact's question, when the bot answers it. */
    Optional<String> of(Fact fact) {
        return checked.computeIfAbsent(fact.id(), id -> write(fact)
                .filter(q -> asker.apply(Question.of(q)) instanceof Answer.Answered));
    }

    /** The fact as a question, or empty when its wording fits no template. */
    static Optional<String> write(Fact fact) {
        String subject = subject(fact.subject());
        String[] relation = fact.relation().strip().split("\\s+");
        if (subject.isEmpty() || relation[0].isEmpty()) {
            return Optional.empty();
        }
        String first = relation[0].toLowerCase(Locale.ROOT);
        Optional<FactType> type = fact.type();
        String rest = String.join(" ", trimmed(beforeThat(Arrays.copyOfRange(relation, 1, relation.length)), type));
        if (AUXILIARIES.contains(first)) {
            if (rest.isEmpty()) {
                return Optional.of((type.map(t -> t == FactType.PERSON).orElse(false) || isName(subject) ? "Who " : "What ")
                        + first + " " + subject + "?");
            }
            return Optional.of(wh(type) + " " + first + " " + subject + " " + rest + "?");
        }
        String verb = EnglishWords.get().baseForm(first);
        String tense = first.endsWith("ed") || !verb.equals(first) && !first.endsWith("s") ? "did" : first.endsWith("s") ? "does" : "do";
        return Optional.of(wh(type) + " " + tense + " " + subject + " " + (verb + " " + rest).strip() + "?");
    }

    private static String wh(Optional<FactType> type) {
        return switch (type.orElse(FactType.STATEMENT)) {
            case PERSON -> "Who";
            case PLACE -> "Where";
            case DATE -> "When";
            case DURATION -> "How long";
            case NUMBER -> "How many";
            default -> "What";
        };
    }

    /**
     * The relation without its trailing preposition where the question word replaces it ("was held
     * in" → "Where was … held?"); a "what" question keeps it ("What did … express a need for?").
     */
    private static String[] trimmed(String[] words, Optional<FactType> type) {
        boolean adverbial = type.map(t -> t == FactType.PLACE || t == FactType.DATE || t == FactType.DURATION).orElse(false);
        int end = words.length;
        while (adverbial && end > 0 && TRAILING.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        return Arrays.copyOf(words, end);
    }

    /** The words before a "that" clause: "mentioned that there would be" asks "What did … mention?". */
    private static String[] beforeThat(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equalsIgnoreCase("that")) {
                return Arrays.copyOf(words, i);
            }
        }
        return words;
    }

    /** "According to U.S. Special Envoy Steve Witkoff, Putin" → "Putin"; a plain opening word in lower case. */
    private static String subject(String raw) {
        String s = raw.strip();
        int comma = s.lastIndexOf(',');
        if (comma >= 0) {
            s = s.substring(comma + 1).strip();
        }
        if (!s.isEmpty() && Set.of("the", "a", "an").contains(firstWord(s).toLowerCase(Locale.ROOT))) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /** A person's name: two or three capitalised words, none of them plain English ("Steve Witkoff"). */
    private static boolean isName(String s) {
        String[] words = s.strip().split("\\s+");
        return words.length <= 3 && Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(Character::isLetter) && !EnglishWords.get().isPlain(w));
    }

    private static String firstWord(String s) {
        String stripped = s.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }
}
