package dev.summitbot.knowledge;

/**
 * Text made safe to print on one line of a terminal or log: line breaks, other control characters
 * and invisible format characters (such as bidirectional overrides) in a file name or a value are
 * written as escapes, so a name like {@code "x\nOK: valid"} cannot print a line of its own.
 */
public final class Printable {

    private Printable() {}

    public static String of(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> {
                int type = Character.getType(c);
                boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
                yield invisible ? String.format("\\u%04X", (int) c) : null;
            }
        };
    }
}
