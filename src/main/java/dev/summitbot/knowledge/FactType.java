package dev.summitbot.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of thing a fact's object is, written {@code type: place} in a facts file. The answer
 * engine uses it to tell whether a fact answers the kind of question asked: a where-question needs
 * a place, a when-question a date.
 */
public enum FactType {
    PERSON, PLACE, DATE, DURATION, NUMBER, ORGANISATION, STATEMENT;

    /** The name written in facts files: {@code person}, {@code place}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FactType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    /** "person, place, date, …", for error messages and docs. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(FactType::key).toList());
    }
}
