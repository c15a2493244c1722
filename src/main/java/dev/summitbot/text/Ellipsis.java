package dev.summitbot.text;

/**
 * The one way SummitBot shortens text for display: cut at the last space in the second half of
 * the room (or hard at the limit when there is none), trailing space dropped, an ellipsis added.
 * Lengths count UTF-16 units, as Java strings and Discord do; a cut never splits a surrogate pair,
 * so no code point is ever broken.
 */
public final class Ellipsis {

    private static final String MARK = "…";

    private Ellipsis() {}

    /**
     * {@code text} itself when it fits in {@code max} units, otherwise a prefix plus "…" of at most
     * {@code max} units.
     *
     * @throws IllegalArgumentException when {@code max} is below 1 (not even the ellipsis fits)
     */
    public static String shorten(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut <= max / 2) {
            cut = max - 1;
        }
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + MARK;
    }

    /** {@link #shorten} after folding control characters and runs of white space into single spaces. */
    public static String oneLine(String text, int max) {
        return shorten(text.replaceAll("[\\p{Cc}\\s]+", " ").strip(), max);
    }
}
