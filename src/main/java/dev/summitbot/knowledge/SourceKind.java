package dev.summitbot.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a source file holds, written {@code kind: notes} in its front matter: the text as it was
 * published ({@code article}, the default), or our own notes on a report ({@code notes}) — which a
 * citation must never present as the publisher's words.
 */
public enum SourceKind {
    ARTICLE, NOTES;

    /** The name written in source files: {@code article}, {@code notes}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(SourceKind::key).toList());
    }
}
