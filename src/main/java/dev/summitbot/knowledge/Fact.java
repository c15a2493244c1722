package dev.summitbot.knowledge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured statement backed by a verbatim quote of one source.
 *
 * @param type what kind of thing the object is ({@code type:} in the file), when the admin said
 * @param date the moment the fact is about ({@code date:}), when it is about one
 * @param disputes the id of another fact this one contradicts ({@code disputes:}): sources differ
 * @param file the facts file it was read from, relative to the knowledge folder
 * @param line the 1-based line where the fact starts in that file
 */
public record Fact(
        String id, String subject, String relation, String object, String source, String quote,
        Optional<FactType> type, Optional<LocalDate> date, Optional<String> disputes, String file, int line) {

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(disputes, "disputes");
    }

    /** The fact read as one sentence: "Subject relation object." */
    public String sentence() {
        String s = (subject + " " + relation + " " + object).strip();
        String capitalized = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return capitalized.endsWith(".") ? capitalized : capitalized + ".";
    }
}
