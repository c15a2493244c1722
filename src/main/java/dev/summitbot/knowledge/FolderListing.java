package dev.summitbot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which files make up a knowledge folder: {@code synonyms.txt}, {@code sources/*.md} and
 * {@code facts/*.yaml}, by path relative to the folder. Links are followed only inside the folder;
 * every entry of {@code sources/} and {@code facts/} counts against the file limit.
 */
final class FolderListing {

    /** The files that make up knowledge by relative path, and how many entries were seen in all. */
    record Listing(Map<String, Path> files, int entries) {}

    private final KnowledgeLimits limits;

    FolderListing(KnowledgeLimits limits) {
        this.limits = limits;
    }

    /**
     * The files that make up knowledge; anything unexpected is a problem. Every entry of
     * {@code sources/} and {@code facts/} counts against the file limit, expected or not.
     */
    Listing list(Path root, String name, Problems problems) {
        Problems listed = new Problems();
        Map<String, Path> files = new TreeMap<>();
        int entries = 0;
        for (Path path : children(root, root, listed)) {
            String relative = relative(root, path);
            String fileName = path.getFileName().toString();
            if (fileName.equals(KnowledgeFiles.SOURCES) || fileName.equals(KnowledgeFiles.FACTS)) {
                if (!folderInside(root, path, relative, listed)) {
                    continue;
                }
                String extension = fileName.equals(KnowledgeFiles.SOURCES) ? ".md" : ".yaml";
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
            } else if (fileName.equals(KnowledgeFiles.SYNONYMS)) {
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
            problems.add(relative, 0, "is a link that cannot be followed: " + KnowledgeFiles.reason(e));
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
            problems.add(relative(root, folder), 0, "cannot list folder: " + KnowledgeFiles.reason(e));
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
            problems.add(relative, 0, "cannot be resolved (broken link?): " + KnowledgeFiles.reason(e));
            return false;
        }
    }


    static String relative(Path root, Path path) {
        return Printable.of(root.relativize(path).toString().replace('\\', '/'));
    }

}
