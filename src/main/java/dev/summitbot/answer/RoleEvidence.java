package dev.summitbot.answer;

import dev.summitbot.question.AnswerTypes;
import dev.summitbot.question.Question;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a statement gives a person's role: it names the person asked about with a title next to
 * the name — "U.S. Special Envoy Steve Witkoff", "Secretary of State Rubio", "Ushakov, the
 * Kremlin's foreign policy aide", "Steve Witkoff is the U.S. Special Envoy". A name alone ("Rubio
 * stated …") says nothing of the role. The titles are {@link AnswerTypes#roleTitles}, not a list of
 * the people in the sources.
 */
final class RoleEvidence {

    private static final String TITLE_WORDS = String.join("|", AnswerTypes.roleTitles());
    /** A title just before a name, perhaps with "of State" and first names between: "Secretary of State Marco ". */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i:\\b(" + TITLE_WORDS + ")s?)(?:\\s+(?:of|for|to)(?:\\s+the)?)?"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|von|der|de|van))*\\s+$");
    /**
     * A title said of a name just after it: ", the Kremlin's foreign policy aide", " is the U.S. Special Envoy", " was
     * named a member, as the president's special representative".
     */
    private static final Pattern TITLE_AFTER = Pattern.compile("^(?:['’]s)?(?:\\s*,\\s*(?:who (?:is|was)\\s+)?|\\s+(?:is|was|as)\\s+"
            // "Kirill Dmitriev was named as a member of the delegation, as the president's special representative"
            + "|\\s+(?:was|is|were)\\s+[^.;:,]{1,60},\\s+as\\s+)"
            + "(?:also\\s+)?(?:the|a|an)\\s+(?:[\\p{L}\\p{N}.'’-]+\\s+){0,5}?(?i:(" + TITLE_WORDS + ")s?)\\b"
            + "(?!\\s+(?:said|says|told|added|and|had|has|would|will)\\b)");
    /** "what's his job": the person is the one the previous answer named, not a word of either question. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|his|him|she|her|they|their|them)\\b");
    private static final Pattern QUESTION_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern STATEMENT_WORD = Pattern.compile("\\S+");
    /** How far before a name a title is looked for. */
    private static final int BEFORE_CHARS = 80;

    private RoleEvidence() {}

    /**
     * True when the statement names, with a title, a person the question or the question it follows
     * names; for a question that names the person by a pronoun or a title only ("the envoy's title"), anyone so named.
     */
    static boolean names(String statement, Question question) {
        return title(statement, question).isPresent();
    }

    /**
     * The title the statement gives the person asked about, lower case ("senator" of "Senator Marco
     * Rubio", "secretary" of "Secretary of State Rubio"); empty when it names nobody asked with a title.
     */
    static Optional<String> title(String statement, Question question) {
        String asked = question.text().toLowerCase(Locale.ROOT);
        // "what's his job", and "what's the envoy's title": a person named by a pronoun or by a title, not by name
        boolean anyone = PRONOUN.matcher(asked).find()
                || QUESTION_WORD.matcher(asked).results().anyMatch(r -> AnswerTypes.roleTitles().contains(r.group().replaceFirst("s$", "")));
        Set<String> askedWords = new HashSet<>();
        // as spelt: "witkof" asks about Witkoff, and "rubios job" about Rubio (a possessive typed without its apostrophe)
        QUESTION_WORD.matcher(asked + " " + question.context().toLowerCase(Locale.ROOT)).results().forEach(r -> {
            askedWords.add(TypeCheck.spelt(r.group()));
            if (r.group().endsWith("s")) {
                askedWords.add(TypeCheck.spelt(r.group().substring(0, r.group().length() - 1)));
            }
        });
        Matcher name = TypeCheck.NAME.matcher(statement);
        while (name.find()) {
            Matcher word = STATEMENT_WORD.matcher(name.group());
            boolean asksForThisName = false;
            while (word.find()) {
                String bare = word.group().replaceFirst("['’]s$", "").toLowerCase(Locale.ROOT);
                boolean person = bare.length() > 2 && (anyone || askedWords.contains(TypeCheck.spelt(bare)))
                        && !TypeCheck.TITLES.contains(bare) && !AnswerTypes.roleTitles().contains(bare);
                int start = name.start() + word.start();
                Optional<String> title = person ? titled(statement, start, name.start() + word.end()) : Optional.empty();
                if (title.isPresent()) {
                    return title;
                }
                asksForThisName |= person;
            }
            // the whole name, when the question names one word of it ("steve" of "Steve Witkoff is the U.S. Special Envoy")
            Optional<String> title = asksForThisName ? titled(statement, name.start(), name.end()) : Optional.empty();
            if (title.isPresent()) {
                return title;
            }
        }
        return Optional.empty();
    }

    /** The title just before {@code start} or said of the name just after {@code end}, lower case. */
    private static Optional<String> titled(String statement, int start, int end) {
        Matcher before = TITLE_BEFORE.matcher(statement.substring(Math.max(0, start - BEFORE_CHARS), start));
        if (before.find()) {
            return Optional.of(before.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher after = TITLE_AFTER.matcher(statement.substring(end));
        return after.find() ? Optional.of(after.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
