package dev.summitbot.answer;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One numbered source reference of an answer or summary.
 *
 * @param n the number its [n] marker shows
 * @param quote the verbatim words of the source that support the statement — for {@code notes}, our
 *     words about the report, never the publisher's
 * @param notes whether the source is our notes on a report rather than the published text
 */
public record Citation(int n, String sourceId, String title, Optional<String> url, String quote,
        Optional<String> publisher, Optional<LocalDate> published, boolean notes) {

    /** A citation of a published text with no publisher or date given. */
    public Citation(int n, String sourceId, String title, Optional<String> url, String quote) {
        this(n, sourceId, title, url, quote, Optional.empty(), Optional.empty(), false);
    }

    /**
     * Who the cited words belong to: for notes, "notes on Reuters, 2025-08-16" (our words about that
     * report); for a published text, its title.
     */
    public String attribution() {
        if (!notes) {
            return title;
        }
        return "notes on " + publisher.orElse("a report") + published.map(d -> ", " + d).orElse("");
    }
}
