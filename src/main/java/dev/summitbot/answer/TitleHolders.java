package dev.summitbot.answer;

import dev.summitbot.question.AnswerTypes;
import dev.summitbot.question.EnglishWords;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Questions for whoever holds a title — "who's the us secretary of state", "who is the american
 * president in this story", "whats the eu commission chief's name" — are answered by a statement
 * that names a person with that title ("Secretary of State Rubio", "President Donald Trump", "Steve
 * Witkoff is the U.S. Special Envoy"), not by one that names the office alone ("The U.S. Secretary
 * of State is expected to participate …") nor by one that names somebody holding another people's
 * title ("Ukrainian President Volodymyr Zelenskyy"). The sources use many words for one office
 * ("envoy" for "negotiator"), so a statement that does not use the asked title at all may answer
 * with any title whose people agree. The titles are {@link AnswerTypes#roleTitles}.
 */
final class TitleHolders {

    /** The title asked for, and the words before it that qualify it ("us", "american", "eu commission"). */
    record Asked(String title, List<String> qualifiers) {}

    private static final String TITLE_WORDS = String.join("|", AnswerTypes.roleTitles());
    /** "Who is the us secretary of state", "who's the russian leader in this story", "name of the envoy". */
    private static final Pattern WHO_IS_THE = Pattern.compile("\\b(?:who(?:'s|s| is| was)|name of) (?:the |a |an )?((?:[\\p{L}.]+ ){0,3}?)("
            + TITLE_WORDS + ")(?: of [\\p{L}]+)?(?=$|[?!.,]| (?:in|mentioned|here|again|now|rn|exactly|named|from)\\b)");
    /** "Whats the us secretary of state's name", "the envoy's name". */
    private static final Pattern TITLES_NAME = Pattern.compile("\\bthe ((?:[\\p{L}.]+ ){0,3}?)(" + TITLE_WORDS
            + ")(?: of [\\p{L}]+)?'s name\\b");
    /** A name after its title: "U.S. Special Envoy Steve Witkoff", "Secretary of State Rubio", "Russian leader Vladimir Putin". */
    private static final Pattern TITLE_THEN_NAME = Pattern.compile("((?:\\p{Lu}[\\p{L}.'’]*\\s+){0,3})\\b(?i:(" + TITLE_WORDS
            + "))(?:\\s+of\\s+\\p{Lu}\\p{L}*)?\\s+(\\p{Lu}[\\p{L}'’-]+)");
    /** A title said of the name before it: "Steve Witkoff is the U.S. Special Envoy", "Ushakov, the Kremlin's aide". */
    private static final Pattern NAME_THEN_TITLE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:,| is| was) (?:the|a|an) ((?:[\\p{L}.'’]+\\s+){0,3}?)(?i:("
            + TITLE_WORDS + "))\\b");
    /** How a follow-up's "that" is read as an office ({@code Conversation}): {@code — "that" is the u.s. secretary of state}. */
    private static final Pattern OFFICE_READING = Pattern.compile("— \"[^\"]+\" is the ((?:[\\p{L}.]+ ){0,3}?)(" + TITLE_WORDS + ")\\b");
    /** Per title, the title as a word of a statement, any case. */
    private static final Map<String, Pattern> MENTIONED = AnswerTypes.roleTitles().stream().distinct()
            .collect(Collectors.toUnmodifiableMap(t -> t, t -> Pattern.compile("(?i)\\b" + t + "\\b")));

    private TitleHolders() {}

    /**
     * The title a question asks the holder of; empty for any other question. {@code asked} is the
     * question, {@code context} what a follow-up carries (where "who's that?" reads "that" as an office), both lower case.
     */
    static Optional<Asked> asked(String asked, String context) {
        return asked(asked, WHO_IS_THE, TITLES_NAME).or(() -> asked(context, OFFICE_READING));
    }

    private static Optional<Asked> asked(String asked, Pattern... patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(asked);
            if (m.find()) {
                return Optional.of(new Asked(m.group(2), words(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** True when the statement names a person who holds the title asked for, or one like it. */
    static boolean holds(String statement, Asked asked) {
        boolean another = false;
        for (Pattern p : new Pattern[] {TITLE_THEN_NAME, NAME_THEN_TITLE}) {
            Matcher m = p.matcher(statement);
            while (m.find()) {
                if (p == TITLE_THEN_NAME && AnswerTypes.roleTitles().contains(m.group(3).toLowerCase(Locale.ROOT))) {
                    continue; // "Vice President JD Vance": the name comes after the last title word
                }
                if (!agree(words(m.group(1)), asked.qualifiers())) {
                    continue;
                }
                if (m.group(2).equalsIgnoreCase(asked.title())) {
                    return true;
                }
                another = true;
            }
        }
        // a statement that names the office asked for but nobody in it does not say who holds it
        return another && !MENTIONED.get(asked.title()).matcher(statement).find();
    }

    /**
     * True unless the question and the statement qualify the title by different peoples: the
     * american president is not the "Ukrainian President"; "U.S." and "American" are one people.
     */
    private static boolean agree(List<String> stated, List<String> asked) {
        List<String> peoples = asked.stream().filter(TitleHolders::people).toList();
        List<String> statedPeoples = stated.stream().filter(TitleHolders::people).toList();
        if (peoples.isEmpty() || statedPeoples.isEmpty()) {
            return true;
        }
        return statedPeoples.stream()
                .anyMatch(w -> peoples.contains(w) || TypeCheck.AMERICAN.contains(w) && peoples.stream().anyMatch(TypeCheck.AMERICAN::contains));
    }

    private static boolean people(String word) {
        return TypeCheck.AMERICAN.contains(word) || EnglishWords.get().isDemonym(word);
    }

    private static List<String> words(String phrase) {
        return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
