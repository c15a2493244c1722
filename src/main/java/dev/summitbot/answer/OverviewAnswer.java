package dev.summitbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A summary said as an answer to "tldr" or "what's the article about?": its first bullets, as many
 * as fit in {@link AnswerEngine#MAX_ANSWER_CHARS}, with the citations they use.
 */
final class OverviewAnswer {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]$");

    private OverviewAnswer() {}

    /** The summary's opening as an answer to {@code question}; empty when the summary covers nothing. */
    static Optional<Answer> of(String question, Summary summary) {
        if (!summary.covered()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        int cited = 0;
        for (String bullet : summary.bullets()) {
            if (text.length() > 0 && text.length() + 1 + bullet.length() > AnswerEngine.MAX_ANSWER_CHARS) {
                break;
            }
            text.append(text.length() > 0 ? " " : "").append(bullet);
            Matcher m = MARKER.matcher(bullet);
            if (m.find()) {
                cited = Math.max(cited, Integer.parseInt(m.group(1)));
            }
        }
        int used = cited;
        // Citations are numbered in order of first use, so the first bullets use the first numbers.
        List<Citation> citations = summary.citations().stream().filter(c -> c.n() <= used).toList();
        return Optional.of(new Answer.Answered(question, text.toString(), citations, List.of(), 1.0));
    }
}
