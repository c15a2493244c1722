package dev.summitbot;

import dev.summitbot.answer.Answering;
import dev.summitbot.eval.Evaluator;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the tests find their knowledge: the project's real folder, and the small fixture folders
 * under {@code src/test/resources/fixtures}. Tests run with the project folder as the working
 * directory (Maven's default), as {@link App#defaultHome()} expects.
 */
public final class Fixtures {

    private Fixtures() {}

    /** The project folder: the one holding pom.xml and knowledge/. */
    public static Path projectRoot() {
        Path root = Path.of("").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("knowledge"))) {
            throw new IllegalStateException("tests must run from the project folder; the working directory is " + root);
        }
        return root;
    }

    /** The real knowledge folder the bot ships with. */
    public static Path realKnowledge() {
        return projectRoot().resolve("knowledge");
    }

    /**
     * A copy of the real folder with only the sources the evaluation sets were written from
     * ({@code eval/sources.txt}: the summit article) and the facts files that cite nothing else, made
     * once per test run under {@code target/}: what contract tests (JSON, Discord) ask, so that notes
     * added to the knowledge do not change the replies they pin.
     */
    public static synchronized Path articleKnowledge() {
        Path copy = projectRoot().resolve("target/article-knowledge");
        if (articleCopied) {
            return copy;
        }
        try {
            Path real = realKnowledge();
            Set<String> keep = Evaluator.writtenFrom(projectRoot().resolve(Evaluator.SOURCES_FILE));
            deleteTree(copy);
            Files.createDirectories(copy.resolve("sources"));
            Files.createDirectories(copy.resolve("facts"));
            for (String file : List.of("README.md", "synonyms.txt")) {
                Files.copy(real.resolve(file), copy.resolve(file));
            }
            for (String id : keep) {
                Files.copy(real.resolve("sources/" + id + ".md"), copy.resolve("sources/" + id + ".md"));
            }
            try (Stream<Path> facts = Files.list(real.resolve("facts"))) {
                for (Path file : facts.sorted().toList()) {
                    List<String> cited = Files.readAllLines(file).stream().map(String::strip)
                            .filter(line -> line.startsWith("source:")).map(line -> line.substring("source:".length()).strip()).toList();
                    if (!cited.isEmpty() && keep.containsAll(cited)) {
                        Files.copy(file, copy.resolve("facts/" + file.getFileName()));
                    }
                }
            }
            articleCopied = true;
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("copying the article's knowledge to " + copy, e);
        }
    }

    private static boolean articleCopied;

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The project's evaluation set. */
    /**
     * A loader of the real knowledge as the evaluation sets are asked: the sources they were written
     * from ({@code eval/sources.txt}) alone, the whole folder checked.
     */
    public static KnowledgeLoader evaluationLoader() {
        try {
            return KnowledgeLoader.onlySources(Evaluator.writtenFrom(projectRoot().resolve(Evaluator.SOURCES_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path evaluationSet() {
        return projectRoot().resolve(Evaluator.DEFAULT_SET);
    }

    /** A fixture folder under {@code src/test/resources/fixtures}, as copied to the test class path. */
    public static Path fixture(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture folder fixtures/" + name + " on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a knowledge folder that the test expects to be valid. */
    public static Knowledge load(Path folder) {
        try {
            return new KnowledgeLoader().load(folder);
        } catch (KnowledgeException e) {
            throw new AssertionError("fixture " + folder + " should load: " + e.getMessage(), e);
        }
    }

    /** The engine and summarizer over knowledge that the test expects to be valid, wired as the bot wires them. */
    public static Answering answering(Knowledge knowledge) {
        try {
            return Answering.over(knowledge);
        } catch (KnowledgeException e) {
            throw new AssertionError("knowledge should index: " + e.getMessage(), e);
        }
    }

    /** Indexes knowledge that the test expects to be valid. */
    public static KnowledgeIndex index(Knowledge knowledge) {
        try {
            return KnowledgeIndex.build(knowledge);
        } catch (KnowledgeException e) {
            throw new AssertionError("knowledge should index: " + e.getMessage(), e);
        }
    }
}
