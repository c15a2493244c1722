package dev.summitbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Standard input as lines ended by {@code \n} only, with one trailing {@code \r} dropped. A lone
 * {@code \r} inside a line stays in it ({@link BufferedReader#readLine} would end the line there), so
 * every input line gives exactly one result.
 */
final class InputLines {

    private final BufferedReader reader;

    InputLines(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next line without its terminator, or null at the end of the input. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        if (c == -1 && line.length() == 0) {
            return null;
        }
        int last = line.length() - 1;
        if (last >= 0 && line.charAt(last) == '\r') {
            line.setLength(last);
        }
        return line.toString();
    }
}
