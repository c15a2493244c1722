package dev.summitbot.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link JsonLinesConcurrencyTest}: appends {@code count} lines as {@code writer}
 * to {@code file}. Run as {@code java -cp <test class path> dev.summitbot.service.JsonLinesWriter FILE WRITER COUNT}.
 */
public final class JsonLinesWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesWriter() {}

    public static void main(String[] args) throws IOException {
        write(new JsonLines(Path.of(args[0])), args[1], Integer.parseInt(args[2]));
    }

    /** Lines of about 12 KB, more than one write buffer, numbered 0 to count-1. */
    static void write(JsonLines lines, String writer, int count) throws IOException {
        String padding = writer.substring(0, 1).repeat(12_000);
        for (int i = 0; i < count; i++) {
            lines.append(JSON.createObjectNode().put("writer", writer).put("n", i).put("padding", padding));
        }
    }
}
