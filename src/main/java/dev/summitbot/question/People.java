package dev.summitbot.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person an answer names: in a run of capitalised words, the words after its last title or
 * plain word ("Ukrainian President | Volodymyr Zelenskyy", "Secretary of State | Rubio"): a first
 * and last name, a name after a title or a surname after its particles ("von der Leyen"); failing
 * those, a surname alone that opens the statement.
 */
public final class People {

    private static final Pattern NAME = Pattern.compile(
            // a surname may open with its particle: "including von der Leyen"
            "(?:\\b(?:von der|van der|von|van|de) (?=\\p{Lu}))?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:of |von der |de |van )?\\p{Lu}[\\p{L}'’-]+)*");

    /** What an answer opens with before its statement: the date it is as of, that sources differ, the moment it is about. */
    private static final Pattern OPENING = Pattern.compile("^(?:As of \\d{4}-\\d{2}-\\d{2}: )?(?:Sources differ: )?(?:On \\d{4}-\\d{2}-\\d{2}, )?");

    private People() {}

    /**
     * The first name in the first statement of {@code answer} (up to its first citation mark) that
     * {@code asked} does not already say and {@code fits} accepts: whom the answer to a who-question
     * gives; empty when none. A first and last name or a name after a title comes first; failing
     * those, a surname alone that opens the statement ("Rubio also mentioned …"), after what the bot opens it with: "On
     * 2025-08-15, Putin was the one who opened the press conference" opens with Putin.
     */
    static String first(String answer, String asked, Predicate<String> fits) {
        int cited = answer.indexOf(" [");
        String lead = OPENING.matcher(cited < 0 ? answer : answer.substring(0, cited)).replaceFirst("");
        String question = asked.toLowerCase(Locale.ROOT);
        String surname = "";
        for (Named named : named(lead)) {
            if (said(named.name(), question) || !fits.test(named.name())) {
                continue;
            }
            if (named.full()) {
                return named.name();
            }
            if (surname.isEmpty() && named.start() == 0) {
                surname = named.name();
            }
        }
        return surname;
    }

    /**
     * A person's name in a statement, where it starts; {@code full} when it is a first and last name, a name after a
     * title or a surname after its particles ("von der Leyen"), which only people's names are.
     */
    record Named(String name, int start, boolean full) {}

    /**
     * The people {@code statement} names, in order: in each run of capitalised words, the words after its last title or
     * plain word ("Ukrainian President | Volodymyr Zelenskyy"); a single word is a name where it is a full one or
     * opens the statement, and not a people's name ("European leaders").
     */
    static List<Named> named(String statement) {
        List<Named> found = new ArrayList<>();
        Matcher m = NAME.matcher(statement);
        while (m.find()) {
            List<String> words = List.of(m.group().split("\\s+"));
            int start = 0;
            for (int i = 0; i < words.size(); i++) {
                if (!isNamePart(words.get(i))) {
                    start = i + 1;
                }
            }
            List<String> nameWords = words.subList(Math.min(start, words.size()), words.size());
            if (nameWords.isEmpty()) {
                continue;
            }
            String name = String.join(" ", nameWords).replaceFirst("['’]s$", "");
            boolean full = nameWords.size() >= 2 || start > 0;
            if (full || m.start() == 0 && !EnglishWords.get().isDemonym(name)) {
                found.add(new Named(name, m.start(), full));
            }
        }
        return found;
    }

    /** An office that opens a statement with nobody's name after it: "The U.S. Secretary of State is expected …". */
    private static final Pattern OFFICE = Pattern.compile("^[Tt]he ((?:\\p{Lu}[\\p{L}.]*\\s+){0,3}(?i:"
            + String.join("|", RoleQuestions.TITLES) + ")(?:\\s+of\\s+\\p{Lu}\\p{L}*)?)\\b(?!\\s+\\p{Lu})");

    /**
     * The office the first statement of {@code answer} opens with when it names nobody holding it
     * ("the U.S. Secretary of State"): whom "who's that?" asks after; empty when there is none.
     */
    static String office(String answer) {
        Matcher m = OFFICE.matcher(answer);
        return m.find() ? "the " + m.group(1) : "";
    }

    /**
     * True when the question already names the person, in any spelling close enough: the first six
     * letters of the name's last word ("zelens" of Zelenskyy, asked as "zelensky").
     */
    private static boolean said(String name, String question) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return question.contains(last.substring(0, Math.min(6, last.length())));
    }

    /** Words WordNet leaves out that are no names: articles, pronouns, conjunctions, prepositions, modal verbs. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "with", "from", "that", "this", "into", "than",
            "they", "them", "their", "its", "these", "those", "our", "your", "her", "she", "him", "you", "would", "could", "should",
            "cannot", "anything", "something", "everything", "whoever", "whichever", "whenever", "ourselves", "yours", "ours", "theirs",
            "without", "against", "among", "amongst", "amid", "beside", "during", "onto", "toward", "towards", "upon", "via", "since",
            "until", "unless", "because", "whereas");

    /**
     * The words of a question, lower case, that can only be names of people: not plain English, not
     * a place or a people ("ushakov", "zelensky"; not "ukraine", "russians", "talks").
     */
    public static List<String> namedIn(String question) {
        List<String> names = new ArrayList<>();
        EnglishWords english = EnglishWords.get();
        for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() > 2 && !FUNCTION_WORDS.contains(word) && !QuestionWords.IGNORED.contains(word) && !english.isPlain(word)
                    && !english.isPlace(word) && !english.isGroup(word)) {
                names.add(word);
            }
        }
        return names;
    }

    /** A lower-case word without its possessive: "ukraine's" → "ukraine", "witkoff's" → "witkoff". */
    public static String withoutPossessive(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /** Lower-case words inside a name ("Ursula von der Leyen"). */
    static final Set<String> PARTICLES = Set.of("von", "der", "de", "van");

    /**
     * A word of a person's name: a particle, or a capitalised word that is not a function word, plain
     * English, a place or a title ("President").
     */
    private static boolean isNamePart(String word) {
        if (PARTICLES.contains(word)) {
            return true;
        }
        String bare = word.replaceFirst("['’]s$", "");
        EnglishWords english = EnglishWords.get();
        // "The" opening a statement is no name, though WordNet, which has no articles, does not know it
        return Character.isUpperCase(bare.charAt(0)) && !FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT))
                && !english.isPlain(bare) && !english.isPlace(bare)
                && !AnswerTypes.roleTitles().contains(bare.toLowerCase(Locale.ROOT));
    }
}
