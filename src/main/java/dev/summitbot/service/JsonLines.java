package dev.summitbot.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only JSON Lines file (the reload audit, the feedback votes). A line torn by a crash
 * is skipped when reading, and the next append starts on a fresh line instead of joining it.
 */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public JsonLines(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(JsonNode line) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        String text = (endsTorn() ? "\n" : "") + JSON.writeValueAsString(line) + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }

    /** Every whole line, in order; none when the file does not exist. Decoded leniently. */
    public synchronized List<JsonNode> read() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        for (String text : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
            if (!text.isBlank()) {
                try {
                    lines.add(JSON.readTree(text));
                } catch (IOException e) {
                    // A line torn by a crash: the others still count.
                }
            }
        }
        return lines;
    }

    private boolean endsTorn() throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }
}
