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

    /**
     * Adds our notes on a second report ({@code notes-on-a-paper}, A Paper, 2025-08-16) and a fact from
     * them, dated 2025-08-15, saying the talks lasted three hours: it disputes {@link #summitIn}'s
     * {@code talks-length} (two days).
     */
    public KnowledgeFixture disputingNotes() {
        return file("sources/notes.md", """
                ---
                id: notes-on-a-paper
                title: "Talks end after three hours"
                publisher: A Paper
                url: https://example.org/talks
                published: 2025-08-16
                kind: notes
                ---
                The paper reports that the talks lasted three hours. The envoys flew home the same evening.
                """)
                .file("facts/notes.yaml", """
                        - id: talks-three-hours
                          subject: "The talks"
                          relation: "lasted"
                          object: "three hours"
                          source: notes-on-a-paper
                          quote: "the talks lasted three hours"
                          type: duration
                          date: 2025-08-15
                          disputes: talks-length
                        """);
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
