package dev.summitbot.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link JsonLinesConcurrencyTest}: appends {@code count} lines as {@code writer}
 * to {@code file}. Run as {@code java -cp <test class path> dev.summitbot.service.JsonLinesWriter FILE WRITER COUNT [rewrite]};
 * with {@code rewrite}, after each line it also appends a line marked expired and rewrites the file without it
 * ({@link JsonLinesRewriteTest}).
 */
public final class JsonLinesWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesWriter() {}

    public static void main(String[] args) throws IOException {
        JsonLines lines = new JsonLines(Path.of(args[0]));
        if (args.length > 3 && args[3].equals("rewrite")) {
            writeAndRewrite(lines, args[1], Integer.parseInt(args[2]));
        } else {
            write(lines, args[1], Integer.parseInt(args[2]));
        }
    }

    /** As {@link #write}, rewriting the file after each line without a line marked expired. */
    static void writeAndRewrite(JsonLines lines, String writer, int count) throws IOException {
        String padding = writer.substring(0, 1).repeat(12_000);
        for (int i = 0; i < count; i++) {
            lines.append(JSON.createObjectNode().put("writer", writer).put("n", i).put("padding", padding));
            lines.append(JSON.createObjectNode().put("writer", "expired"));
            lines.keepOnly(line -> !line.path("writer").asText().equals("expired"));
        }
    }

    /** Lines of about 12 KB, more than one write buffer, numbered 0 to count-1. */
    static void write(JsonLines lines, String writer, int count) throws IOException {
        String padding = writer.substring(0, 1).repeat(12_000);
        for (int i = 0; i < count; i++) {
            lines.append(JSON.createObjectNode().put("writer", writer).put("n", i).put("padding", padding));
        }
    }
}
