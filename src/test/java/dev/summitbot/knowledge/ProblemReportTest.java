package dev.summitbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How problems are reported when much is wrong at once: no follow-on errors, a bounded list,
 * every entry counted, links named as links, YAML errors with their own cause and position,
 * and a reason for every folder that cannot be listed.
 */
@DisplayName("Knowledge problems: said once, bounded, with their cause")
final class ProblemReportTest {

    @TempDir
    Path folder;

    private final KnowledgeLoader loader = new KnowledgeLoader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not UTF-8               | not valid UTF-8
            front matter not closed | front matter is not closed
            malformed front matter  | front matter: malformed YAML
            """)
    @DisplayName("a source that cannot be read gives one problem, not one more per fact that cites it")
    void noFollowOnErrorsFromAnUnreadableSource(String kind, String expected) throws IOException {
        // GIVEN the fixture, whose two facts cite its one source, with that source broken
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Path source = folder.resolve("sources/test-report.md");
        String text = Files.readString(source);
        switch (kind) {
            case "not UTF-8" -> Files.write(source, text.replace("The talks", "Caf\u00e9 talks").getBytes(StandardCharsets.ISO_8859_1));
            case "front matter not closed" -> Files.writeString(source, text.replaceFirst("\n---\n", "\n"));
            default -> Files.writeString(source, text.replace("title: \"", "title: : \""));
        }

        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(loader);

        // THEN only the source's own problem is reported
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources/test-report.md");
            assertThat(p.message()).contains(expected);
        });
    }

    @Test
    @DisplayName("every entry in sources/ counts against the file limit, unexpected ones too")
    void unexpectedFilesCountAgainstTheLimit() throws IOException {
        // GIVEN a limit of 50 files and 60 unexpected .png files beside the fixture's three
        KnowledgeFixture.at(folder).summitIn("Alaska");
        for (int i = 0; i < 60; i++) {
            Files.writeString(folder.resolve("sources/picture-" + i + ".png"), "not a source");
        }

        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(new KnowledgeLoader(new KnowledgeLimits(1 << 20, 50, 16, 1 << 20)));

        // THEN one problem says the folder is over the limit
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(folder.toString());
            assertThat(p.message()).isEqualTo("holds 63 files; the limit is 50");
        });
    }

    @Test
    @DisplayName("the problem list is capped, ending with how many more there are")
    void problemListIsCapped() throws IOException {
        // GIVEN 150 unexpected files: 150 problems
        KnowledgeFixture.at(folder).summitIn("Alaska");
        for (int i = 0; i < 150; i++) {
            Files.writeString(folder.resolve("sources/picture-" + i + ".png"), "not a source");
        }

        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(loader);

        // THEN the first hundred are listed, then one line with the rest's count
        assertThat(problems).hasSize(Problems.MAX_LISTED + 1);
        assertThat(problems.subList(0, Problems.MAX_LISTED)).allSatisfy(p -> assertThat(p.message()).startsWith("unexpected file"));
        assertThat(problems.get(Problems.MAX_LISTED).message()).isEqualTo("… and 50 more problems");
    }

    @Test
    @DisplayName("sources/ as a link to a folder outside the knowledge folder is refused as such")
    void sourcesLinkedOutside(@TempDir Path elsewhere) throws IOException {
        // GIVEN sources/ is a link to a valid sources folder elsewhere
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Files.move(folder.resolve("sources"), elsewhere.resolve("sources"));
        Files.createSymbolicLink(folder.resolve("sources"), elsewhere.resolve("sources"));

        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(loader);

        // THEN the problem says it is a link that leads outside
        assertThat(problems).first().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources");
            assertThat(p.message()).isEqualTo("is a link that leads outside the knowledge folder (to "
                    + elsewhere.resolve("sources").toRealPath() + "); refused");
        });
    }

    @Test
    @DisplayName("sources/ as a link to a folder inside the knowledge folder is followed")
    void sourcesLinkedInside() throws Exception {
        // GIVEN sources/ is a link to releases/v2/sources inside the folder (as some deploy tools lay it out)
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Files.createDirectories(folder.resolve("releases/v2"));
        Files.move(folder.resolve("sources"), folder.resolve("releases/v2/sources"));
        Files.createSymbolicLink(folder.resolve("sources"), Path.of("releases/v2/sources"));

        // WHEN it is loaded
        Knowledge knowledge = loader.load(folder);

        // THEN its sources are there
        assertThat(knowledge.sources()).extracting(Source::id).containsExactly("test-report");
        assertThat(knowledge.sources()).extracting(Source::file).containsExactly("sources/test-report.md");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a tab indents a field        | 2 | 1 | found character '\\t(TAB)' that cannot start any token
            a field is indented too little | 3 | 2 | expected <block end>, but found '<block mapping start>'
            """)
    @DisplayName("malformed YAML keeps the parser's cause, with the cause's own line and column")
    void yamlErrorsKeepTheirCause(String kind, int line, int column, String cause) throws IOException {
        // GIVEN a facts file broken on one line
        KnowledgeFixture.at(folder).summitIn("Alaska");
        String facts = kind.startsWith("a tab")
                ? "- id: summit-place\n\tsubject: \"The test summit\"\n"
                : "- id: summit-place\n  subject: \"The test summit\"\n relation: \"was held in\"\n";
        Files.writeString(folder.resolve("facts/summit.yaml"), facts);

        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(loader);

        // THEN the problem is where the parser found it, and says what it found
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.message()).startsWith("malformed YAML: ").contains(cause);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
        });
    }

    @Test
    @DisplayName("a folder that cannot be listed says why (permission denied)")
    void unlistableFolderSaysWhy() throws IOException {
        // GIVEN sources/ without read permission (root reads it anyway, so this needs another user)
        assumeFalse("root".equals(System.getProperty("user.name")), "root can list any folder");
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Path sources = folder.resolve("sources");
        Files.setPosixFilePermissions(sources, PosixFilePermissions.fromString("---------"));
        try {
            // WHEN it is loaded
            List<KnowledgeProblem> problems = problemsLoading(loader);
            // THEN the reason is given
            assertThat(problems).first().satisfies(p -> assertThat(p.message()).isEqualTo("cannot list folder: permission denied"));
        } finally {
            Files.setPosixFilePermissions(sources, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AccessDeniedException | permission denied
            NotDirectoryException | not a folder
            NoSuchFileException   | no such file or folder (removed while it was read?)
            """)
    @DisplayName("the reason given for a file-system error is its cause in words, not only the path")
    void reasons(String exception, String reason) {
        // GIVEN the exception the JDK throws, whose message is just the path
        IOException e = switch (exception) {
            case "AccessDeniedException" -> new AccessDeniedException("/k/sources");
            case "NotDirectoryException" -> new NotDirectoryException("/k/sources");
            default -> new NoSuchFileException("/k/sources");
        };
        // WHEN / THEN
        assertThat(KnowledgeFiles.reason(e)).isEqualTo(reason);
    }

    private List<KnowledgeProblem> problemsLoading(KnowledgeLoader loader) {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> loader.load(folder));
        assertThat(e).as("loading %s must be refused", folder).isNotNull();
        return e.problems();
    }
}
