package dev.summitbot.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the knowledge folder's files (as {@link FolderListing} finds them) as UTF-8 text, within
 * the limits, and only from a folder that stayed the same while it was read. All file IO of the
 * knowledge model happens here and in {@link FolderListing}.
 */
final class KnowledgeFiles {

    static final String SOURCES = "sources";
    static final String FACTS = "facts";
    static final String SYNONYMS = "synonyms.txt";

    /** The folder's texts by path relative to it ("sources/a.md"), and the hash of their bytes. */
    record Texts(Map<String, String> byPath, String contentHash) {
        static final Texts NONE = new Texts(Map.of(), "");
    }

    /** What a file looked like: a rewrite changes its size or time, a rename into place its file key. */
    private record Stamp(Object fileKey, long size, FileTime modified) {}

    /** How often a folder that changed while it was read is read again before the attempt is refused. */
    static final int READ_ATTEMPTS = 3;

    private final KnowledgeLimits limits;
    private final FolderListing folders;
    private final Consumer<String> afterRead;

    KnowledgeFiles(KnowledgeLimits limits) {
        this(limits, file -> { });
    }

    /** @param afterRead told the relative path of each file just read (tests change files there) */
    KnowledgeFiles(KnowledgeLimits limits, Consumer<String> afterRead) {
        this.limits = limits;
        this.folders = new FolderListing(limits);
        this.afterRead = afterRead;
    }

    /**
     * Reads every file, then looks at them again: when any file was added, removed, renamed or
     * rewritten meanwhile (a half-written file may still parse), it reads them all again.
     */
    Texts read(Path folder, Problems problems) {
        String name = Printable.of(folder.toString());
        if (!Files.isDirectory(folder)) {
            problems.add(name, 0, Files.exists(folder) ? "is not a folder" : "no such folder");
            return Texts.NONE;
        }
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            problems.add(name, 0, "cannot be read: " + reason(e));
            return Texts.NONE;
        }
        List<String> changed = List.of();
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            Problems found = new Problems();
            FolderListing.Listing listing = folders.list(root, name, found);
            Map<String, Stamp> before = stamps(listing.files());
            Texts texts = readAll(name, listing.files(), found);
            Map<String, Stamp> after = stamps(folders.list(root, name, new Problems()).files());
            changed = changed(before, after);
            if (changed.isEmpty()) {
                problems.addAll(found);
                return texts;
            }
        }
        problems.add(name, 0, "files kept changing while they were read (" + String.join(", ", changed)
                + "); write knowledge files atomically (a temporary file, then rename it into place), then reload");
        return Texts.NONE;
    }

    private Texts readAll(String name, Map<String, Path> files, Problems problems) {
        MessageDigest digest = sha256();
        Map<String, String> texts = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String relative = file.getKey();
            byte[] bytes = readBytes(relative, file.getValue(), problems);
            afterRead.accept(relative);
            if (bytes == null) {
                continue;
            }
            total += bytes.length;
            if (total > limits.maxTotalBytes()) {
                problems.add(name, 0, "holds more than " + limits.maxTotalBytes() + " bytes in all (the limit) by " + relative);
                return Texts.NONE;
            }
            digest.update(relative.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            String text = decode(relative, bytes, problems);
            if (text != null) {
                texts.put(relative, text);
            }
        }
        return new Texts(texts, HexFormat.of().formatHex(digest.digest()));
    }

    private static Map<String, Stamp> stamps(Map<String, Path> files) {
        Map<String, Stamp> stamps = new TreeMap<>();
        files.forEach((relative, path) -> {
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                stamps.put(relative, new Stamp(a.fileKey(), a.size(), a.lastModifiedTime()));
            } catch (IOException e) {
                stamps.put(relative, new Stamp(null, -1, null));
            }
        });
        return stamps;
    }

    /** The files added, removed or rewritten between two looks (at most five named). */
    private static List<String> changed(Map<String, Stamp> before, Map<String, Stamp> after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream()
                .filter(n -> !Objects.equals(before.get(n), after.get(n)) || before.get(n).size() < 0)
                .limit(5)
                .toList();
    }

    private byte[] readBytes(String relative, Path path, Problems problems) {
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                problems.add(relative, 0, "is " + size + " bytes; the limit is " + limits.maxFileBytes() + " bytes");
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            problems.add(relative, 0, "cannot be read: " + (e instanceof IOException io ? reason(io) : e.toString()));
            return null;
        }
    }

    /** Strict UTF-8; a byte-order mark is dropped and line endings become "\n". */
    static String decode(String relative, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(relative, line, "is not valid UTF-8 (bad byte 0x"
                    + HexFormat.of().toHexDigits(bytes[offset]) + " at byte offset " + offset + "); save it as UTF-8");
            return null;
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new AssertionError(e);
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The cause of a file-system error in words: the JDK's message is often only the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder (removed while it was read?)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
