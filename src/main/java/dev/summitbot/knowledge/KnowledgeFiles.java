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
import java.nio.file.LinkOption;
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
import java.util.stream.Stream;

/**
 * Reads the knowledge folder's files as UTF-8 text, within the limits, refusing links that lead
 * outside the folder. All file IO of the knowledge model happens here.
 */
final class KnowledgeFiles {

    static final String SOURCES = "sources";
    static final String FACTS = "facts";
    static final String SYNONYMS = "synonyms.txt";

    /** The folder's texts by path relative to it ("sources/a.md"), and the hash of their bytes. */
    record Texts(Map<String, String> byPath, String contentHash) {
        static final Texts NONE = new Texts(Map.of(), "");
    }

    /** The files that make up knowledge by relative path, and how many entries were seen in all. */
    private record Listing(Map<String, Path> files, int entries) {}

    /** What a file looked like: a rewrite changes its size or time, a rename into place its file key. */
    private record Stamp(Object fileKey, long size, FileTime modified) {}

    /** How often a folder that changed while it was read is read again before the attempt is refused. */
    static final int READ_ATTEMPTS = 3;

    private final KnowledgeLimits limits;
    private final Consumer<String> afterRead;

    KnowledgeFiles(KnowledgeLimits limits) {
        this(limits, file -> { });
    }

    /** @param afterRead told the relative path of each file just read (tests change files there) */
    KnowledgeFiles(KnowledgeLimits limits, Consumer<String> afterRead) {
        this.limits = limits;
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
            Listing listing = list(root, name, found);
            Map<String, Stamp> before = stamps(listing.files());
            Texts texts = readAll(name, listing.files(), found);
            Map<String, Stamp> after = stamps(list(root, name, new Problems()).files());
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

    /**
     * The files that make up knowledge; anything unexpected is a problem. Every entry of
     * {@code sources/} and {@code facts/} counts against the file limit, expected or not.
     */
    private Listing list(Path root, String name, Problems problems) {
        Problems listed = new Problems();
        Map<String, Path> files = new TreeMap<>();
        int entries = 0;
        for (Path path : children(root, root, listed)) {
            String relative = relative(root, path);
            String fileName = path.getFileName().toString();
            if (fileName.equals(SOURCES) || fileName.equals(FACTS)) {
                if (!folderInside(root, path, relative, listed)) {
                    continue;
                }
                String extension = fileName.equals(SOURCES) ? ".md" : ".yaml";
                List<Path> children = children(root, path, listed);
                entries += children.size();
                if (entries > limits.maxFiles()) {
                    continue;
                }
                for (Path file : children) {
                    String rel = relative(root, file);
                    if (ignored(file)) {
                        continue;
                    }
                    String n = file.getFileName().toString();
                    if (n.endsWith(extension) || (extension.equals(".yaml") && n.endsWith(".yml"))) {
                        if (checkRegularInside(root, file, rel, listed)) {
                            files.put(rel, file);
                        }
                    } else {
                        listed.add(rel, 0, "unexpected file: " + fileName + "/ holds only *" + extension + " files");
                    }
                }
            } else if (fileName.equals(SYNONYMS)) {
                entries++;
                if (checkRegularInside(root, path, relative, listed)) {
                    files.put(relative, path);
                }
            }
            // Anything else at the top (README.md, notes) is documentation, not knowledge.
        }
        if (entries > limits.maxFiles()) {
            problems.add(name, 0, "holds " + entries + " files; the limit is " + limits.maxFiles());
            return new Listing(Map.of(), entries);
        }
        problems.addAll(listed);
        return new Listing(files, entries);
    }

    /**
     * True when {@code sources/} or {@code facts/} is a folder, or a link to a folder inside the
     * knowledge folder (as some deploy tools lay folders out); a link leading outside is refused.
     */
    private static boolean folderInside(Path root, Path path, String relative, Problems problems) {
        if (!Files.isSymbolicLink(path)) {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
            problems.add(relative, 0, "must be a folder");
            return false;
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            problems.add(relative, 0, "is a link that cannot be followed: " + reason(e));
            return false;
        }
        if (!real.startsWith(root)) {
            problems.add(relative, 0, "is a link that leads outside the knowledge folder (to " + Printable.of(real.toString()) + "); refused");
            return false;
        }
        if (!Files.isDirectory(real)) {
            problems.add(relative, 0, "must be a folder (it is a link to " + relative(root, real) + ", which is not one)");
            return false;
        }
        return true;
    }

    /** Hidden files and editors' backup and autosave files ({@code .x.swp}, {@code x~}, {@code #x#}). */
    private static boolean ignored(Path file) {
        String n = file.getFileName().toString();
        return n.startsWith(".") || n.endsWith("~") || n.startsWith("#");
    }

    private List<Path> children(Path root, Path folder, Problems problems) {
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.sorted().toList();
        } catch (IOException e) {
            problems.add(relative(root, folder), 0, "cannot list folder: " + reason(e));
            return List.of();
        }
    }

    /** A link is followed only when it stays inside the folder and names a regular file. */
    private boolean checkRegularInside(Path root, Path file, String relative, Problems problems) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                problems.add(relative, 0, "is a link that leads outside the knowledge folder (to " + Printable.of(real.toString()) + "); refused");
                return false;
            }
            if (!Files.isRegularFile(real)) {
                problems.add(relative, 0, "is not a regular file");
                return false;
            }
            return true;
        } catch (IOException e) {
            problems.add(relative, 0, "cannot be resolved (broken link?): " + reason(e));
            return false;
        }
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

    private static String relative(Path root, Path path) {
        return Printable.of(root.relativize(path).toString().replace('\\', '/'));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
