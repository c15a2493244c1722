package dev.summitbot.answer;

import dev.summitbot.index.Analyzers;
import dev.summitbot.question.AnswerType;
import dev.summitbot.question.Question;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who was with a person: "who was in the room with trump", "who sat on putin's side", "who did trump have with him". Of two
 * statements that both name him, the one saying somebody sat with, joined or accompanied him answers ("Rubio and Witkoff sat
 * with Trump in the meeting"), not the one naming him as the other side ("Lavrov and Ushakov sat with Putin in the meeting
 * with Trump").
 */
final class Companions {

    /** The person a question asks the company of, as written: "with trump", "putins side", "joined putin", "trump have with him". */
    private static final Pattern ASKED = Pattern.compile("\\b(?:with|joined|joining|accompanied|accompanying)\\s+(\\p{L}+)\\b"
            + "|\\b(\\p{L}+?)(?:'s|s)?\\s+side\\b|\\b(\\p{L}+)\\s+(?:have|bring|brought|take|took)\\s+(?:along\\s+)?with\\s+him\\b");

    /** Words that put somebody beside a person: "sat with", "joined", "accompanied", "alongside". */
    private static final String BESIDE = "\\b(?:(?:sat|sitting|sits|seated|stood|came|went|flew|travell?ed|was|were)\\s+with"
            + "|joined|accompanied|alongside|flanked)\\s+(?:\\p{L}+\\s+){0,2}";

    private Companions() {}

    /** The person whose company a question for a person asks about, lower case as asked; empty for any other question. */
    static Optional<String> asked(Question question) {
        if (question.expects().type() != AnswerType.PERSON) {
            return Optional.empty();
        }
        String text = question.text().toLowerCase(Locale.ROOT);
        Matcher m = ASKED.matcher(text);
        while (m.find()) {
            String named = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!Analyzers.isStopWord(named)) {
                return Optional.of(named); // "with him" names nobody; a name is checked against the statement
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a statement puts somebody beside {@code person}, a name as it writes it: "… sat with Trump in the meeting".
     * The pattern is built once for the question and tried on each statement.
     */
    static Predicate<String> beside(String person) {
        Pattern pattern = Pattern.compile(BESIDE + "(" + Pattern.quote(person) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return statement -> {
            Matcher m = pattern.matcher(statement);
            while (m.find()) {
                if (Character.isUpperCase(statement.charAt(m.start(1)))) {
                    return true;
                }
            }
            return false;
        };
    }
}
