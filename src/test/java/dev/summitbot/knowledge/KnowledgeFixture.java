package dev.summitbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes knowledge folders for tests. Every text here is invented for the tests: a fictional
 * "test summit", not a real source, so it may say whatever a test needs.
 */
public final class KnowledgeFixture {

    public static final String SOURCE_ID = "test-report";
    public static final String QUESTION = "Where was the test summit held?";

    private final Path folder;

    private KnowledgeFixture(Path folder) {
        this.folder = folder;
    }

    public static KnowledgeFixture at(Path folder) {
        return new KnowledgeFixture(folder);
    }

    /**
     * A small valid folder (fictional): one source, two facts, one synonym line; the test summit
     * was held in {@code city}, so two folders with different cities answer {@link #QUESTION} differently.
     */
    public KnowledgeFixture summitIn(String city) {
        return file("sources/test-report.md", """
                ---
                id: test-report
                title: "A fictional report written for tests"
                ---
                The test summit was held in %1$s. The delegates arrived by plane on a cold morning.
                The talks in %1$s lasted two days.
                """.formatted(city))
                .file("facts/summit.yaml", """
                        - id: summit-place
                          subject: "The test summit"
                          relation: "was held in"
                          object: "%1$s"
                          source: test-report
                          quote: "The test summit was held in %1$s."

                        - id: talks-length
                          subject: "The talks"
                          relation: "lasted"
                          object: "two days"
                          source: test-report
                          quote: "lasted two days"
                        """.formatted(city))
                .file("synonyms.txt", "summit, meeting\ndelegates, envoys\n");
    }

    public KnowledgeFixture file(String relative, String content) {
        return bytes(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public KnowledgeFixture bytes(String relative, byte[] content) {
        try {
            Path path = folder.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.write(path, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KnowledgeFixture delete(String relative) {
        try {
            Files.deleteIfExists(folder.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }
}
