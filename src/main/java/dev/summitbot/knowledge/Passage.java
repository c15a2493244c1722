package dev.summitbot.knowledge;

import java.util.Objects;

/**
 * One sentence of a source, the unit that answers quote.
 *
 * @param id {@code sourceId#ordinal}, stable while the source text is unchanged
 * @param ordinal 1-based position of the sentence in its source
 * @param text the sentence, verbatim
 * @param context the neighbouring sentences of the same paragraph, so that "he" or "this
 *     agreement" can be matched to what they refer to
 * @param around in notes, written a sentence a line, the other lines of the sentence's paragraph (up to a blank
 *     line): what "the change" or "the same channel" stands for is often said a line or two away. Empty in other sources
 * @param line the 1-based line of the source file the sentence is on
 */
public record Passage(String id, String sourceId, int ordinal, String text, String context, String around, int line) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(around, "around");
    }
}
