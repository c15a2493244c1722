package dev.summitbot.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * An append-only JSON Lines file (the reload audit, the feedback votes). A line torn by a crash
 * is skipped when reading, and the next append starts on a fresh line instead of joining it.
 *
 * <p>Several processes may append to one file (bot processes sharing a volume): each line is written
 * with one positioned write loop while this process holds an exclusive lock on the file, so lines from
 * different processes never tear or interleave. Threads of one process queue on a lock per file first,
 * since a process can hold a file's lock only once.
 *
 * <p>{@link #keepOnly} rewrites the file (retention) through a temporary file renamed over it, under the
 * same two locks. An appender that opened the old file before the rename finds, once it holds the lock,
 * that the name now names another file, and opens it again: no line is written to the replaced file.
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
        synchronized (monitor()) {
            while (!appendOnce(text)) {
                // The file was replaced by another process's rewrite while this one waited for the lock.
            }
        }
    }

    /** Appends under the file lock; false, writing nothing, when the name no longer names the file that was locked. */
    private boolean appendOnce(byte[] text) throws IOException {
        Object opened = identity();
        // READ and WRITE, not APPEND (Java allows no READ with it): the end is found under the lock, where no one else writes.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Object locked = identity();
            if (opened != null && !opened.equals(locked)) {
                return false;
            }
            ByteBuffer bytes = ByteBuffer.allocate(text.length + 1);
            if (endsTorn(channel)) {
                bytes.put((byte) '\n');
            }
            bytes.put(text).flip();
            long end = channel.size();
            while (bytes.hasRemaining()) {
                end += channel.write(bytes, end);
            }
            return true;
        }
    }

    /** What is left after a rewrite: the lines kept and the lines dropped (torn lines are dropped too). */
    public record Kept(int kept, int dropped) {}

    /**
     * Rewrites the file with only the whole lines {@code keep} accepts, atomically (a temporary file beside it,
     * renamed over it) and under the lock appends take, so that no line appended meanwhile is lost. A missing
     * file stays missing.
     */
    public Kept keepOnly(Predicate<JsonNode> keep) throws IOException {
        synchronized (monitor()) {
            Optional<Kept> kept;
            do {
                if (!Files.isRegularFile(file)) {
                    return new Kept(0, 0);
                }
                kept = keepOnlyOnce(keep);
            } while (kept.isEmpty());
            return kept.get();
        }
    }

    /** One rewrite under the file lock; empty, changing nothing, when another process replaced the file meanwhile. */
    private Optional<Kept> keepOnlyOnce(Predicate<JsonNode> keep) throws IOException {
        Object opened = identity();
        // Read through the locked channel only: closing any other descriptor of the file would release the lock.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (opened != null && !opened.equals(identity())) {
                return Optional.empty();
            }
            Read read = parse(readAll(channel));
            List<JsonNode> kept = read.lines().stream().filter(keep).toList();
            int dropped = read.lines().size() - kept.size() + read.skipped();
            if (dropped == 0) {
                return Optional.of(new Kept(kept.size(), 0));
            }
            StringBuilder text = new StringBuilder();
            for (JsonNode line : kept) {
                text.append(JSON.writeValueAsString(line)).append('\n');
            }
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return Optional.of(new Kept(kept.size(), dropped));
        }
    }

    /** Every whole line, in order; none when the file does not exist. Decoded leniently. */
    public List<JsonNode> read() throws IOException {
        return readCounted().lines();
    }

    /** The whole lines, and how many lines could not be read (torn by a crash, or not JSON). */
    public record Read(List<JsonNode> lines, int skipped) {}

    /** Every whole line, in order, and the count of lines skipped; none when the file does not exist. */
    public Read readCounted() throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Read(List.of(), 0);
        }
        return parse(Files.readAllBytes(file));
    }

    private static Read parse(byte[] bytes) {
        List<JsonNode> lines = new ArrayList<>();
        int skipped = 0;
        for (String text : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!text.isBlank()) {
                try {
                    lines.add(JSON.readTree(text));
                } catch (IOException e) {
                    // A line torn by a crash: the others still count.
                    skipped++;
                }
            }
        }
        return new Read(lines, skipped);
    }

    private Object monitor() {
        return FILE_LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object());
    }

    /** The file system's key of the file the name names now (device and inode); null where there is none. */
    private Object identity() throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * True when the file does not end with a newline. Read through the channel that holds the lock: closing
     * another descriptor of the file would release this process's lock on it (POSIX record locks).
     */
    private static boolean endsTorn(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) != '\n';
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("too large to rewrite: " + size + " bytes");
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) size);
        while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) >= 0) {
            // read on
        }
        return bytes.array();
    }
}
