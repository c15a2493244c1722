package dev.summitbot.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One source document: its front matter and its full text.
 *
 * @param kind the published text itself, or our notes on a report ({@code kind:}; article when absent)
 * @param file the file it was read from, relative to the knowledge folder (for error messages)
 * @param textLine the 1-based line of the file on which {@code text} starts
 */
public record Source(
        String id,
        String title,
        Optional<String> publisher,
        Optional<String> url,
        Optional<LocalDate> published,
        List<String> tags,
        SourceKind kind,
        String text,
        String file,
        int textLine) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        tags = List.copyOf(tags);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
    }

    /** True for our own notes on a report: their words are ours, not the publisher's. */
    public boolean isNotes() {
        return kind == SourceKind.NOTES;
    }
}
