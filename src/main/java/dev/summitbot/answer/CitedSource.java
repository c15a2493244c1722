package dev.summitbot.answer;

import java.util.List;
import java.util.Optional;

/**
 * One source of a summary, listed once, with the quotes the summary cites from it.
 *
 * @param quotes the citations of this source, in number order
 */
public record CitedSource(String sourceId, String title, Optional<String> url, List<Citation> quotes) {

    public CitedSource {
        quotes = List.copyOf(quotes);
    }
}
