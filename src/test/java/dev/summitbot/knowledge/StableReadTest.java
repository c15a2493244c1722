package dev.summitbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reload must read a stable folder: a file rewritten while the loader reads (an admin's editor
 * saving in place, a copy still running) is read again, never accepted half-written. The test
 * rewrites the file at the loader's "file read" hook, so the race happens every time.
 */
@DisplayName("Knowledge files changed while they are read are read again")
final class StableReadTest {

    private static final String FIRST_FACT_ONLY = """
            - id: summit-place
              subject: "The test summit"
              relation: "was held in"
              object: "Alaska"
              source: test-report
              quote: "The test summit was held in Alaska."
            """;

    @TempDir
    Path folder;

    @Test
    @DisplayName("a facts file completed while it is read is read again: the whole file is loaded, not the half that parsed")
    void halfWrittenFileIsReadAgain() throws Exception {
        // GIVEN a facts file caught half-written (its first fact parses on its own)…
        KnowledgeFixture fixture = KnowledgeFixture.at(folder).summitIn("Alaska");
        String whole = Files.readString(folder.resolve("facts/summit.yaml"));
        fixture.file("facts/summit.yaml", FIRST_FACT_ONLY);
        // …whose writer finishes just after the loader has read it
        AtomicInteger writes = new AtomicInteger();
        KnowledgeLoader loader = new KnowledgeLoader(KnowledgeLimits.DEFAULT, file -> {
            if (file.equals("facts/summit.yaml") && writes.getAndIncrement() == 0) {
                write(folder.resolve(file), whole);
            }
        });

        // WHEN it is loaded
        Knowledge knowledge = loader.load(folder);

        // THEN both facts are there
        assertThat(knowledge.facts()).extracting(Fact::id).containsExactly("summit-place", "talks-length");
    }

    @Test
    @DisplayName("a folder that keeps changing on every read is refused, with advice to write files atomically")
    void folderThatNeverSettlesIsRefused() {
        // GIVEN a facts file rewritten every time the loader reads it
        KnowledgeFixture.at(folder).summitIn("Alaska");
        AtomicInteger writes = new AtomicInteger();
        KnowledgeLoader loader = new KnowledgeLoader(KnowledgeLimits.DEFAULT, file -> {
            if (file.equals("facts/summit.yaml")) {
                write(folder.resolve(file), FIRST_FACT_ONLY + "#".repeat(writes.incrementAndGet()) + "\n");
            }
        });

        // WHEN it is loaded
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> loader.load(folder));

        // THEN it is refused after a few attempts, naming the file and the remedy
        assertThat(e).isNotNull();
        assertThat(writes.get()).isEqualTo(KnowledgeFiles.READ_ATTEMPTS);
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("files kept changing while they were read (facts/summit.yaml)")
                .contains("atomically"));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
