package dev.summitbot.answer;

import java.util.Optional;

/**
 * One numbered source reference of an answer or summary.
 *
 * @param n the number its [n] marker shows
 * @param quote the verbatim words of the source that support the statement
 */
public record Citation(int n, String sourceId, String title, Optional<String> url, String quote) {}
