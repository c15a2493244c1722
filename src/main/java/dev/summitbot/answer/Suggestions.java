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

    /** Particles that end a phrasal verb ("take up", "give out"): "what" fits after them as after a preposition. */
    private static final Set<String> PARTICLES = Set.of("up", "out", "off", "over", "back", "away", "down");
    /** Verbs with two objects ("tell Baier what", "call the summit what"): "what" fits after a noun. */
    private static final Set<String> TWO_OBJECTS = Set.of("tell", "ask", "give", "offer", "show", "call", "send", "promise");
    /** A subject that opens with a negation is no subject to ask about ("What was No ceasefire reached at?"). */
    private static final Set<String> NEGATIONS = Set.of("no", "none", "nothing", "neither");
    /** Suggestions are offered as Discord buttons, whose labels hold 80 characters: a longer question is no suggestion. */
    static final int MAX_CHARS = 80;

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

    /** The fact as a question, or empty when its wording fits no template or would not read as a question. */
    static Optional<String> write(Fact fact) {
        String subject = subject(fact.subject());
        String[] relation = fact.relation().strip().split("\\s+");
        if (subject.isEmpty() || relation[0].isEmpty() || fact.relation().contains(",")
                || NEGATIONS.contains(firstWord(subject).toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "told Hannity, when asked, …": a clause in commas does not fit the templates
        }
        String first = relation[0].toLowerCase(Locale.ROOT);
        Optional<FactType> type = fact.type();
        String[] afterVerb = Arrays.copyOfRange(relation, 1, relation.length);
        String[] beforeThat = beforeThat(afterVerb);
        if (beforeThat.length < afterVerb.length && !wh(type).equals("What")) {
            return Optional.empty(); // "wrote that Zelensky would come on" + Monday: "When did Trump write?" asks something else
        }
        String[] rest = trimmed(beforeThat, type);
        String restText = String.join(" ", rest);
        String question;
        String verb = AUXILIARIES.contains(first) ? first : EnglishWords.get().baseForm(first);
        if (AUXILIARIES.contains(first)) {
            if (rest.length == 0) {
                question = (type.map(t -> t == FactType.PERSON).orElse(false) || isName(subject) ? "Who " : "What ")
                        + first + " " + subject + "?";
            } else {
                question = wh(type) + " " + first + " " + subject + " " + restText + "?";
            }
        } else {
            String tense = first.endsWith("ed") || !verb.equals(first) && !first.endsWith("s") ? "did" : first.endsWith("s") ? "does" : "do";
            question = wh(type) + " " + tense + " " + subject + " " + (verb + " " + restText).strip() + "?";
        }
        return question.length() <= MAX_CHARS && (!wh(type).equals("What") || whatFits(verb, rest)) ? Optional.of(question) : Optional.empty();
    }

    /**
     * Whether "what" can stand for the object the relation ends before: the relation ends with its verb,
     * a preposition or particle ("concentrate on", "take up"), a verb form ("say Moscow wanted", "agreed to allow"), or
     * a verb with two objects has its first ("tell Baier"). "What did Rubio say both sides?" does not read.
     */
    private static boolean whatFits(String verb, String[] rest) {
        if (rest.length == 0 || TWO_OBJECTS.contains(verb)) {
            return true;
        }
        String last = rest[rest.length - 1].toLowerCase(Locale.ROOT);
        boolean asksAgain = Arrays.stream(rest).anyMatch(w -> Set.of("what", "who", "which").contains(w.toLowerCase(Locale.ROOT)));
        boolean infinitive = rest.length >= 2 && rest[rest.length - 2].equalsIgnoreCase("to");
        return !asksAgain && (TRAILING.contains(last) || PARTICLES.contains(last) || AUXILIARIES.contains(last) || infinitive
                || last.endsWith("ed") || last.endsWith("ing"));
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
