package dev.summitbot.text;

import java.util.regex.Pattern;

/**
 * Model designations of aircraft and the like, one way however they are typed: the sources write
 * "B-2" and "F-35", chat writes "b2", "f35s", "B-2s". Letters (one to three), an optional hyphen,
 * digits (one to three) and an optional plural "s" become the letters and digits alone ("b2",
 * "F35"). A designation inside a longer hyphenated phrase ("3-on-3") is left as it is.
 */
public final class Designations {

    /** A designation; group 1 its letters, group 2 its digits. */
    public static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{L}{1,3})-?(\\p{N}{1,3})(?:'?s)?(?![\\p{L}\\p{N}-])");
    /** What a designation becomes. */
    public static final String REPLACEMENT = "$1$2";

    private Designations() {}

    /** {@code text} with every designation written as letters and digits alone. */
    public static String normalize(String text) {
        return PATTERN.matcher(text).replaceAll(REPLACEMENT);
    }
}
