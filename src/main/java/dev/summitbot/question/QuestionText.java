package dev.summitbot.question;

import java.util.regex.Pattern;

/**
 * Cleans raw question text before it is read: invisible format characters are removed, control
 * characters and chat mentions go, white space is folded, and very long questions are cut. The result is never shown as a live mention.
 */
public final class QuestionText {

    /** Questions are read up to this many characters. */
    public static final int MAX_CHARS = 1_000;

    private static final Pattern MENTIONS = Pattern.compile("<(?:@[!&]?|#)\\d+>|@(?:everyone|here)", Pattern.CASE_INSENSITIVE);
    /** Invisible format characters (zero-width space and joiners, soft hyphen) join the word they sit in. */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Co}\\p{Cn}&&[^\\n\\t]]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private QuestionText() {}

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.length() > 4 * MAX_CHARS ? raw.substring(0, 4 * MAX_CHARS) : raw;
        text = FORMAT.matcher(text).replaceAll("");
        text = CONTROL.matcher(text).replaceAll(" ");
        text = MENTIONS.matcher(text).replaceAll(" ");
        text = SPACE.matcher(text).replaceAll(" ").strip();
        if (text.length() > MAX_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_CHARS);
            text = text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
        }
        return text;
    }

    /** True when nothing readable is left: no letter or digit at all. */
    public static boolean isEmpty(String cleaned) {
        return cleaned.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
