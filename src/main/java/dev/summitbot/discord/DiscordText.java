package dev.summitbot.discord;

import dev.summitbot.text.Ellipsis;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
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
    static final int BUTTONS_PER_ROW = 5;

    // Budgets of SummitBot's own, derived from the limits above.
    /** A source title in a list: a fifth of a field, so that at least five sources fit in one. */
    static final int LISTED_TITLE = EMBED_FIELD_VALUE / 5;
    /** A publisher beside a title: half a title. */
    static final int LISTED_PUBLISHER = LISTED_TITLE / 2;
    /**
     * A summary's bullets: half the embed's total, leaving the other half for the title
     * ({@link #EMBED_TITLE}), the sources field ({@link #EMBED_FIELD_VALUE}) and a short footer.
     */
    static final int SUMMARY_BULLETS = EMBED_TOTAL / 2;
    /** A refused reload's problem list: a description less room for its header and "… and more" lines. */
    static final int RELOAD_PROBLEMS = EMBED_DESCRIPTION - 512;
    /** The /sources list: a description less room for the "… and N more" line. */
    static final int SOURCE_LIST = EMBED_DESCRIPTION - LISTED_TITLE;
    /** The /gaps list: a description less room for the "… and N more" line. */
    static final int GAP_LIST = EMBED_DESCRIPTION - LISTED_TITLE;

    private static final String ZERO_WIDTH = "\u200b";
    private static final Pattern EVERYONE = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("<(@[!&]?|#)(\\d+)>");

    /** An ISO date ({@code 2025-08-15}) in the bot's own text. */
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private DiscordText() {}

    /**
     * A date as a Discord timestamp ({@code <t:…:D>}), which each reader sees in their own language.
     * It points at noon UTC, so that the day shown is the same in every time zone from UTC−11 to UTC+11.
     */
    static String date(LocalDate date) {
        return "<t:" + date.atTime(LocalTime.NOON).toEpochSecond(ZoneOffset.UTC) + ":D>";
    }

    /** Every valid ISO date of {@code text} as a {@link #date} timestamp; anything else untouched. */
    static String withTimestamps(String text) {
        return ISO_DATE.matcher(text).replaceAll(m -> {
            try {
                return date(LocalDate.parse(m.group())).replace("$", "\\$");
            } catch (DateTimeException e) {
                return m.group();
            }
        });
    }

    /** Text with mass mentions and user, role and channel mentions made inert. */
    static String safe(String text) {
        String s = EVERYONE.matcher(text).replaceAll("@" + ZERO_WIDTH + "$1");
        return MENTION.matcher(s).replaceAll("<$1" + ZERO_WIDTH + "$2>");
    }

    /**
     * {@link #safe} and cut to {@code max} characters (UTF-16 units, as JDA counts them) by
     * {@link Ellipsis#shorten}: at a word boundary, with an ellipsis, never splitting a surrogate pair.
     */
    static String fit(String text, int max) {
        return Ellipsis.shorten(safe(text), max);
    }
}
