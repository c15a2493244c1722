package dev.summitbot.question;

/** Reads a line's space-separated fields in place. */
final class FieldCursor {
    private final String line;
    private int at;

    FieldCursor(String line) {
        this.line = line;
    }

    private int end() {
        int end = line.indexOf(' ', at);
        return end < 0 ? line.length() : end;
    }

    String next() {
        int end = end();
        String field = line.substring(at, end);
        at = end + 1;
        return field;
    }

    int nextInt(int radix) {
        int end = end();
        int value = Integer.parseInt(line, at, end, radix);
        at = end + 1;
        return value;
    }

    char nextChar() {
        char c = line.charAt(at);
        at = end() + 1;
        return c;
    }

    void skip() {
        at = end() + 1;
    }

    /** The next field when it is one character, else 0 ("@i" is no "@"); skips it. */
    char nextSymbol() {
        int end = end();
        char symbol = end == at + 1 ? line.charAt(at) : 0;
        at = end + 1;
        return symbol;
    }
}
