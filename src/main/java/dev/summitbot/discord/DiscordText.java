package dev.summitbot.discord;

import java.util.regex.Pattern;

/**
 * Discord's size limits, and text made safe to show: every mention is broken with a zero-width
 * space, so that even if allowed mentions were lost on the way, nothing could ping.
 */
final class DiscordText {

    static final int CONTENT = 2000;
    static final int EMBED_DESCRIPTION = 4096;
    static final int EMBED_FIELD_VALUE = 1024;
    static final int EMBED_TITLE = 256;
    static final int EMBED_FOOTER = 2048;
    static final int EMBED_TOTAL = 6000;
    static final int BUTTON_LABEL = 80;
    static final int CHOICE_NAME = 100;
    static final int CHOICES = 25;

    private static final String ZERO_WIDTH = "\u200b";
    private static final Pattern EVERYONE = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("<(@[!&]?|#)(\\d+)>");

    private DiscordText() {}

    /** Text with mass mentions and user, role and channel mentions made inert. */
    static String safe(String text) {
        String s = EVERYONE.matcher(text).replaceAll("@" + ZERO_WIDTH + "$1");
        return MENTION.matcher(s).replaceAll("<$1" + ZERO_WIDTH + "$2>");
    }

    /**
     * {@link #safe} and cut to {@code max} characters (UTF-16 units, as JDA counts them) at a word
     * boundary, with an ellipsis; never splits a surrogate pair.
     */
    static String fit(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        String s = safe(text);
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }
}
