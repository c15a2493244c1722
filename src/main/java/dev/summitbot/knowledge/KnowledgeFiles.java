package dev.summitbot.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    record Texts(Map<String, String> byPath, String contentHash) {}

    private final KnowledgeLimits limits;

    KnowledgeFiles(KnowledgeLimits limits) {
        this.limits = limits;
    }

    Texts read(Path folder, Problems problems) {
        String name = Printable.of(folder.toString());
        if (!Files.isDirectory(folder)) {
            problems.add(name, 0, Files.exists(folder) ? "is not a folder" : "no such folder");
            return new Texts(Map.of(), "");
        }
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            problems.add(name, 0, "cannot be read: " + e.getMessage());
            return new Texts(Map.of(), "");
        }
        Map<String, Path> files = list(root, problems);
        if (files.size() > limits.maxFiles()) {
            problems.add(name, 0, "holds " + files.size() + " files; the limit is " + limits.maxFiles());
            return new Texts(Map.of(), "");
        }
        MessageDigest digest = sha256();
        Map<String, String> texts = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String relative = file.getKey();
            byte[] bytes = readBytes(relative, file.getValue(), problems);
            if (bytes == null) {
                continue;
            }
            total += bytes.length;
            if (total > limits.maxTotalBytes()) {
                problems.add(name, 0, "holds more than " + limits.maxTotalBytes() + " bytes in all (the limit) by " + relative);
                return new Texts(Map.of(), "");
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

    /** The files that make up knowledge, by relative path; anything unexpected is a problem. */
    private Map<String, Path> list(Path root, Problems problems) {
        Map<String, Path> files = new TreeMap<>();
        for (Path path : children(root, root, problems)) {
            String relative = relative(root, path);
            String fileName = path.getFileName().toString();
            if (fileName.equals(SOURCES) || fileName.equals(FACTS)) {
                if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(relative, 0, "must be a folder");
                    continue;
                }
                String extension = fileName.equals(SOURCES) ? ".md" : ".yaml";
                for (Path file : children(root, path, problems)) {
                    String rel = relative(root, file);
                    if (ignored(file)) {
                        continue;
                    }
                    String n = file.getFileName().toString();
                    if (n.endsWith(extension) || (extension.equals(".yaml") && n.endsWith(".yml"))) {
                        if (checkRegularInside(root, file, rel, problems)) {
                            files.put(rel, file);
                        }
                    } else {
                        problems.add(rel, 0, "unexpected file: " + fileName + "/ holds only *" + extension + " files");
                    }
                }
            } else if (fileName.equals(SYNONYMS)) {
                if (checkRegularInside(root, path, relative, problems)) {
                    files.put(relative, path);
                }
            }
            // Anything else at the top (README.md, notes) is documentation, not knowledge.
        }
        return files;
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
            problems.add(relative(root, folder), 0, "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    /** A link is followed only when it stays inside the folder and names a regular file. */
    private boolean checkRegularInside(Path root, Path file, String relative, Problems problems) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                problems.add(relative, 0, "is a link that leads outside the knowledge folder (to " + real + "); refused");
                return false;
            }
            if (!Files.isRegularFile(real)) {
                problems.add(relative, 0, "is not a regular file");
                return false;
            }
            return true;
        } catch (IOException e) {
            problems.add(relative, 0, "cannot be resolved (broken link?): " + e.getMessage());
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
            problems.add(relative, 0, "cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
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
