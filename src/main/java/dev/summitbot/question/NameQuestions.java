package dev.summitbot.question;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions for a person by name, as chat asks them: "what's his name again", "witkoffs first name",
 * "the eu commission chief's name", "first name?", "name one". They ask who, and the words that say
 * so ("name", "first name", "name one") are no topic of the question.
 */
final class NameQuestions {

    /** Words before "name" that make it a person's: "his name", "first name". */
    private static final Set<String> OWNERS = Set.of("his", "her", "first", "last", "full", "real");
    /** Of them, those that say which part of the name: "first name". */
    private static final Set<String> PARTS = Set.of("first", "last", "full", "real");
    /** A request to name the people an answer spoke of: "name one", "name them", "list them". */
    private static final Pattern NAME_THEM = Pattern.compile("^(?:can you |pls |please )?(?:name|list) (?:one|them|some|a few|any)\\b");
    /** Whether the people an answer spoke of are named: "any names?", "any specific leaders named?", "anyone named specifically?". */
    private static final Pattern ANY_NAMED = Pattern.compile("^(?:any|some)(?:one|body)? (?:[\\p{L}]+ ){0,2}?(names|named)\\b");
    /** A person's name asked for by its part: "first name?", "what's his full name". */
    private static final Pattern PART_OF_A_NAME = Pattern.compile("\\b(?:first|last|full|real) name\\b");

    private NameQuestions() {}

    /**
     * For "name" read as the head of "what's the X name" with {@code before} the word before it: a
     * question for the person, when that word makes it a person's name ("his", "first", "the envoy's").
     */
    static Optional<AnswerTypes.Reading> ofName(String before, String name) {
        String owner = People.withoutPossessive(before);
        if (!OWNERS.contains(before) && !(before.endsWith("'s") && RoleQuestions.TITLES.contains(owner))) {
            return Optional.empty();
        }
        return Optional.of(new AnswerTypes.Reading(AnswerType.PERSON, null, PARTS.contains(before) ? before + " " + name : name));
    }

    /** "name one", "list them", "first name?", "any names?": a question for a person, whatever else it says. */
    static Optional<AnswerTypes.Reading> read(String opening) {
        Matcher named = ANY_NAMED.matcher(opening);
        if (named.find()) {
            return Optional.of(new AnswerTypes.Reading(AnswerType.PERSON, null, named.group(1)));
        }
        for (Pattern asking : new Pattern[] {NAME_THEM, PART_OF_A_NAME}) {
            Matcher m = asking.matcher(opening);
            if (m.find()) {
                return Optional.of(new AnswerTypes.Reading(AnswerType.PERSON, null, m.group()));
            }
        }
        return Optional.empty();
    }
}
