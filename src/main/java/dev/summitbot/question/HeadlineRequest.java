package dev.summitbot.question;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question about a source's headline itself: "whats the headline say", "what does the headline call
 * witkoff", "what's the headline of the article saying". The headline is the answer; its words are
 * the asker's to read. "Who's the american emissary in the headline" asks for a person the headline
 * speaks of, "what's the headline about" for a summary ({@link OverviewRequest}), and "what title
 * does the article give rubio" or "the title of the envoy" for a person's title: none is one.
 */
public final class HeadlineRequest {

    private static final Pattern ASKED = Pattern.compile("^(?:so |ok |and |hey |bot,? )*what(?:'s|s| is| does| did| do)? (?:the |this |its |ur |your )?"
            + "(?:headline(?: of (?:the|this) (?:article|story|piece))?|(?:article|story|piece)'?s? title|title of (?:the|this) (?:article|story|piece)"
            + "|title(?= say| saying|[?!.]*$))(?! about\\b)(?:$|[\\s?!.,])");

    /** How the answer to such a question opens, before the headline it reads. */
    public static final String ANSWER_OPENING = "The headline reads: ";

    private HeadlineRequest() {}

    /** The headline an answer read, without its opening and citation marks: the topic of the question after it. */
    public static String headline(String answer) {
        String read = answer.startsWith(ANSWER_OPENING) ? answer.substring(ANSWER_OPENING.length()) : answer;
        return read.replaceAll("\\s*\\[\\d+\\]", "").strip();
    }

    /** True when the question asks what a headline says, not about what it speaks of. */
    public static boolean asks(String text) {
        return ASKED.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'').strip()).find();
    }
}
