package dev.summitbot.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An append-only JSON Lines file (the reload audit, the feedback votes). A line torn by a crash
 * is skipped when reading, and the next append starts on a fresh line instead of joining it.
 *
 * <p>Several processes may append to one file (bot processes sharing a volume): each line is written
 * with one positioned write loop while this process holds an exclusive lock on the file, so lines from
 * different processes never tear or interleave. Threads of one process queue on a lock per file first,
 * since a process can hold a file's lock only once.
 */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One monitor per file in this process, held around the file lock. */
    private static final Map<Path, Object> FILE_LOCKS = new ConcurrentHashMap<>();

    private final Path file;

    public JsonLines(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void append(JsonNode line) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        byte[] text = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (FILE_LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object())) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
                ByteBuffer bytes = ByteBuffer.allocate(text.length + 1);
                if (endsTorn()) {
                    bytes.put((byte) '\n');
                }
                bytes.put(text).flip();
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
        }
    }

    /** Every whole line, in order; none when the file does not exist. Decoded leniently. */
    public List<JsonNode> read() throws IOException {
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
