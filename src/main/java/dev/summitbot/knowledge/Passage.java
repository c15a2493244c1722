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
 * @param line the 1-based line of the source file the sentence is on
 */
public record Passage(String id, String sourceId, int ordinal, String text, String context, int line) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
    }
}
