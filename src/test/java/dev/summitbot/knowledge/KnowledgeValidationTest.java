package dev.summitbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.summitbot.index.KnowledgeIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One case per kind of bad knowledge: each must be refused with a problem that names the file,
 * the line (and column where YAML gives one) and says what is wrong in plain words.
 */
final class KnowledgeValidationTest {

    private static final KnowledgeLimits SMALL_FILES = new KnowledgeLimits(1000, 100, 16, 1 << 20);

    @TempDir
    Path folder;

    private final KnowledgeLoader loader = new KnowledgeLoader();

    @Test
    @DisplayName("the fixture itself is valid knowledge")
    void fixtureIsValid() throws Exception {
        // GIVEN a folder written by the fixture
        KnowledgeFixture.at(folder).summitIn("Alaska");
        // WHEN it is loaded
        Knowledge knowledge = loader.load(folder);
        // THEN everything is there
        assertThat(knowledge.sources()).extracting(Source::id).containsExactly("test-report");
        assertThat(knowledge.facts()).extracting(Fact::id).containsExactly("summit-place", "talks-length");
        assertThat(knowledge.passages()).hasSize(3);
    }

    @Test
    @DisplayName("a fact's type is one of the known kinds; another is refused at its line")
    void factType() throws Exception {
        // GIVEN a typed fact, and one with a type the loader does not know
        KnowledgeFixture.at(folder).summitIn("Alaska").file("facts/summit.yaml", """
                - id: summit-place
                  subject: "The test summit"
                  relation: "was held in"
                  object: "Alaska"
                  source: test-report
                  quote: "The test summit was held in Alaska."
                  type: place
                - id: summit-when
                  subject: "The test summit"
                  relation: "was held in"
                  object: "Alaska"
                  source: test-report
                  quote: "The test summit was held in Alaska."
                  type: weather
                """);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN the unknown type is reported where it is, naming the known ones
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.message()).isEqualTo("type `weather` is not one of person, place, date, duration, number, organisation, statement");
        });

        // WHEN the type is fixed
        replaceIn("facts/summit.yaml", "type: weather", "type: place");
        // THEN both load, typed
        assertThat(new KnowledgeLoader().load(folder).factsById().get("summit-place").type()).contains(FactType.PLACE);
    }

    @Test
    @DisplayName("notes on a report (kind: notes), a fact's date and the fact it disputes load; a source without kind is an article")
    void notesDatesAndDisputes() throws Exception {
        // GIVEN our notes on a report, and two facts that disagree, one dated
        KnowledgeFixture.at(folder).summitIn("Alaska").disputingNotes();

        // WHEN it is loaded
        Knowledge knowledge = loader.load(folder);

        // THEN
        assertThat(knowledge.sourcesById().get("notes-on-a-paper").kind()).isEqualTo(SourceKind.NOTES);
        assertThat(knowledge.sourcesById().get("test-report").kind()).isEqualTo(SourceKind.ARTICLE);
        Fact fact = knowledge.factsById().get("talks-three-hours");
        assertThat(fact.date()).contains(java.time.LocalDate.of(2025, 8, 15));
        assertThat(fact.disputes()).contains("talks-length");
        assertThat(knowledge.factsById().get("talks-length").date()).isEmpty();
    }

    @Test
    @DisplayName("a loader for some sources checks the whole folder but keeps only those sources, their passages and facts")
    void onlySomeSources() throws Exception {
        // GIVEN the fixture's report and a second source with a fact
        KnowledgeFixture.at(folder).summitIn("Alaska")
                .file("sources/other.md", "---\nid: other\ntitle: Other\n---\nThe other summit was held in Oslo.\n")
                .file("facts/other.yaml", "- {id: other-place, subject: The other summit, relation: was held in, object: Oslo, "
                        + "source: other, quote: \"The other summit was held in Oslo.\"}\n");

        // WHEN loaded for the report alone, and for every source
        Knowledge report = KnowledgeLoader.onlySources(java.util.Set.of("test-report")).load(folder);
        Knowledge all = KnowledgeLoader.onlySources(java.util.Set.of()).load(folder);

        // THEN
        assertThat(report.sources()).extracting(Source::id).containsExactly("test-report");
        assertThat(report.facts()).extracting(Fact::id).containsExactly("summit-place", "talks-length");
        assertThat(report.passages()).allSatisfy(p -> assertThat(p.sourceId()).isEqualTo("test-report"));
        assertThat(report.contentHash()).isEqualTo(all.contentHash());
        assertThat(all.sources()).hasSize(2);
        assertThat(all.facts()).hasSize(3);

        // AND a problem in a source left out is still a problem
        replaceIn("sources/other.md", "id: other", "id: Other!");
        assertThat(catchThrowableOfType(() -> KnowledgeLoader.onlySources(java.util.Set.of("test-report")).load(folder),
                KnowledgeException.class)).isNotNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            kind: rumour          | sources/test-report.md | 4 | kind `rumour` is not one of article, notes
            date: 15 August       | facts/summit.yaml      | 7 | date `15 August` must be a date like 2025-08-17
            disputes: no-such     | facts/summit.yaml      | 1 | fact `summit-place` disputes `no-such`, which is not a fact
            disputes: summit-place | facts/summit.yaml     | 7 | fact `summit-place` cannot dispute itself
            """)
    @DisplayName("a bad kind, date or disputed fact is refused where it is, saying why")
    void badNotesDatesAndDisputes(String line, String file, int at, String message) throws Exception {
        // GIVEN the fixture with one bad line added to its source's front matter or its first fact
        KnowledgeFixture.at(folder).summitIn("Alaska");
        if (line.startsWith("kind")) {
            replaceIn("sources/test-report.md", "title: \"A fictional report written for tests\"",
                    "title: \"A fictional report written for tests\"\n" + line);
        } else {
            replaceIn("facts/summit.yaml", "  quote: \"The test summit was held in Alaska.\"",
                    "  quote: \"The test summit was held in Alaska.\"\n  " + line);
        }

        // WHEN / THEN
        assertThat(problemsLoading(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(at);
            assertThat(p.message()).isEqualTo(message);
        });
    }

    @Test
    @DisplayName("malformed YAML in a facts file names the file, line and column")
    void malformedFactsYaml() {
        // GIVEN a facts file whose line 4 is not valid YAML
        KnowledgeFixture.at(folder).summitIn("Alaska").file("facts/summit.yaml", """
                - id: summit-place
                  subject: "The test summit"
                  relation: "was held in"
                  object: Alaska: in the cold
                  source: test-report
                  quote: "The test summit was held in Alaska."
                """);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN the problem points at that line
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).startsWith("malformed YAML: ").contains("mapping values are not allowed");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no opening line        | id: test-report\\ntitle: T\\n---\\nText.\\n                      | 1 | must start with a `---` line
            front matter not closed| ---\\nid: test-report\\ntitle: T\\nText.\\n                      | 1 | front matter is not closed
            bad YAML inside        | ---\\nid: test-report\\ntitle: A: B\\n---\\nText.\\n              | 3 | front matter: malformed YAML
            front matter is a list | ---\\n- id\\n- title\\n---\\nText.\\n                           | 2 | expected a mapping of `key: value` lines
            no text after it       | ---\\nid: test-report\\ntitle: T\\n---\\n\\n                     | 5 | has no text after the front matter
            """)
    @DisplayName("malformed or unclosed front matter names the file and line")
    void malformedFrontMatter(String what, String content, int line, String message) {
        // GIVEN a source file with broken front matter
        KnowledgeFixture.at(folder).summitIn("Alaska").delete("facts/summit.yaml")
                .file("sources/test-report.md", content.strip().replace("\\n", "\n") + "\n");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN the problem names the file, the line and what is wrong
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources/test-report.md");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    @DisplayName("an unknown source field names its line and column")
    void unknownSourceField() {
        // GIVEN a source with a field the format does not have, on line 4
        KnowledgeFixture.at(folder).summitIn("Alaska").file("sources/test-report.md", """
                ---
                id: test-report
                title: "A fictional report written for tests"
                author: Somebody
                ---
                The test summit was held in Alaska. The talks lasted two days.
                """);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources/test-report.md");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).startsWith("unknown field `author`").contains("allowed: id, title");
        });
    }

    @Test
    @DisplayName("a missing source field names the file and the front matter")
    void missingSourceField() {
        // GIVEN a source without a title
        KnowledgeFixture.at(folder).summitIn("Alaska").file("sources/test-report.md", """
                ---
                id: test-report
                ---
                The test summit was held in Alaska. The talks lasted two days.
                """);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN the problem says which field is missing; the facts on that source are not blamed
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources/test-report.md");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("missing required field `title`");
        });
    }

    @Test
    @DisplayName("an unknown and a missing fact field name their lines")
    void unknownAndMissingFactField() {
        // GIVEN a fact with an extra field (line 4) and one without a quote (starting on line 8)
        KnowledgeFixture.at(folder).summitIn("Alaska").file("facts/summit.yaml", """
                - id: summit-place
                  subject: "The test summit"
                  speaker: "Somebody"
                  relation: "was held in"
                  object: "Alaska"
                  source: test-report
                  quote: "The test summit was held in Alaska."
                - id: talks-length
                  subject: "The talks"
                  relation: "lasted"
                  object: "two days"
                  source: test-report
                """);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN both are reported, each at its own line
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).startsWith("unknown field `speaker`").contains("a fact has id, subject").contains("and optionally type, date, disputes");
        });
        assertThat(problems.get(1)).satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).isEqualTo("missing required field `quote`");
        });
    }

    @ParameterizedTest(name = "copy {0}: reported in {1}:{2}")
    @CsvSource({
        "sources/test-report-copy.md, sources/test-report.md, 2, sources/test-report-copy.md",
        "sources/zz-copy.md, sources/zz-copy.md, 3, sources/test-report.md"})
    @DisplayName("a duplicate source id is reported in the later file (path order), at its id line, naming the other")
    void duplicateSourceIds(String copy, String reported, int line, String other) {
        // GIVEN a second source with the same id, its id on line 3 (the fixture's own is on line 2)
        KnowledgeFixture.at(folder).summitIn("Alaska").file(copy, """
                ---
                title: "A copy"
                id: test-report
                ---
                The copy says nothing new.
                """);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(reported);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).isEqualTo("duplicate source id `test-report` (also in " + other + ")");
        });
    }

    @Test
    @DisplayName("a duplicate fact id across two files names both places")
    void duplicateFactIds() {
        // GIVEN a second facts file that repeats the id `summit-place` on its line 2
        KnowledgeFixture.at(folder).summitIn("Alaska").file("facts/more.yaml", """
                # more facts
                - id: summit-place
                  subject: "The delegates"
                  relation: "arrived by"
                  object: "plane"
                  source: test-report
                  quote: "The delegates arrived by plane"
                """);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN the later one (in path order) is reported with the place of the earlier one
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("duplicate fact id `summit-place` (also at facts/more.yaml:2)");
        });
    }

    @Test
    @DisplayName("a fact naming a source that does not exist is reported with the known ids")
    void factWithMissingSource() {
        // GIVEN the second fact (line 8) names a source nobody wrote
        KnowledgeFixture.at(folder).summitIn("Alaska");
        replaceIn("facts/summit.yaml", "source: test-report\n  quote: \"lasted", "source: no-such-report\n  quote: \"lasted");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).isEqualTo(
                    "fact `talks-length` names source `no-such-report`, which does not exist (known: test-report)");
        });
    }

    @Test
    @DisplayName("a fact naming a missing source lists at most ten of the known ids")
    void factWithMissingSourceAmongMany() {
        // GIVEN 30 more sources, and a fact naming none of them
        KnowledgeFixture fixture = KnowledgeFixture.at(folder).summitIn("Alaska");
        for (int i = 10; i < 40; i++) {
            fixture.file("sources/s" + i + ".md", "---\nid: s" + i + "\ntitle: S\n---\nText " + i + ".\n");
        }
        replaceIn("facts/summit.yaml", "source: test-report\n  quote: \"lasted", "source: no-such-report\n  quote: \"lasted");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN the message stays short
        assertThat(problems).singleElement().extracting(KnowledgeProblem::message).isEqualTo("fact `talks-length` names source "
                + "`no-such-report`, which does not exist (known: s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, … (31 in all))");
    }

    @Test
    @DisplayName("a quote that is not in its source is reported with the quote")
    void quoteNotInSource() {
        // GIVEN the first fact quotes words the source does not contain
        KnowledgeFixture.at(folder).summitIn("Alaska");
        replaceIn("facts/summit.yaml", "quote: \"The test summit was held in Alaska.\"", "quote: \"The test summit was held in Oslo.\"");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("the quote of fact `summit-place` does not occur verbatim in source "
                    + "`test-report`: \"The test summit was held in Oslo.\"");
        });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            summit, , meeting     | empty term between commas
            summit =>             | a side of `=>` is empty
            => meeting            | a side of `=>` is empty
            a => b => c           | more than one `=>`
            summit                | needs at least two terms
            """)
    @DisplayName("a synonym line that does not parse names its line")
    void badSynonymLine(String line, String message) {
        // GIVEN a synonyms file whose line 3 is broken
        KnowledgeFixture.at(folder).summitIn("Alaska").file("synonyms.txt", "# comment\nsummit, meeting\n" + line + "\n");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("synonyms.txt");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    @DisplayName("a synonym line Lucene rejects is reported by the index build with its line")
    void synonymLineLuceneRejects() throws Exception {
        // GIVEN a synonym line that is well formed but whose first term analyzes to nothing
        KnowledgeFixture.at(folder).summitIn("Alaska").file("synonyms.txt", "summit, meeting\n!!!, envoys\n");
        Knowledge knowledge = loader.load(folder);
        // WHEN the index is built
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeIndex.build(knowledge).close());
        // THEN the build is refused with the line
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("synonyms.txt");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("invalid synonym rule: ").contains("!!!");
        });
    }

    @Test
    @DisplayName("a file that is not UTF-8 names the line of the bad byte")
    void notUtf8() throws Exception {
        // GIVEN a source whose line 6 holds a Latin-1 "é" (0xE9)
        KnowledgeFixture.at(folder).summitIn("Alaska");
        String text = Files.readString(folder.resolve("sources/test-report.md")).replace("The talks", "Caf\u00e9 talks");
        KnowledgeFixture.at(folder).bytes("sources/test-report.md", text.getBytes(StandardCharsets.ISO_8859_1));
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN the problem says what is wrong and where; the facts on that source add nothing
        assertThat(problems).first().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources/test-report.md");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).isEqualTo("is not valid UTF-8 (bad byte 0xe9 at byte offset " + text.indexOf('\u00e9')
                    + "); save it as UTF-8");
        });
        assertThat(problems).hasSize(1);
    }

    @Test
    @DisplayName("an empty knowledge folder is refused")
    void emptyFolder() {
        // GIVEN an empty folder; WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(folder.toString());
            assertThat(p.message()).isEqualTo("holds no sources: add at least one sources/*.md file");
        });
    }

    @Test
    @DisplayName("a folder with empty sources/ and facts/ folders is refused as empty")
    void emptySubfolders() throws IOException {
        // GIVEN
        Files.createDirectories(folder.resolve("sources"));
        Files.createDirectories(folder.resolve("facts"));
        // WHEN
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().extracting(KnowledgeProblem::message).asString().startsWith("holds no sources");
    }

    @Test
    @DisplayName("a missing folder is refused")
    void missingFolder() {
        // GIVEN a path nothing exists at
        Path missing = folder.resolve("nowhere");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(missing);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(missing.toString());
            assertThat(p.message()).isEqualTo("no such folder");
        });
    }

    @Test
    @DisplayName("a file over the size limit is refused with its size and the limit")
    void fileOverSizeLimit() throws IOException {
        // GIVEN a 1,000-byte limit and a source over it
        KnowledgeFixture.at(folder).summitIn("Alaska")
                .file("sources/long.md", "---\nid: long\ntitle: Long\n---\n" + "A long fictional text. ".repeat(50));
        long size = Files.size(folder.resolve("sources/long.md"));
        assertThat(size).isGreaterThan(1000);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(new KnowledgeLoader(SMALL_FILES), folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources/long.md");
            assertThat(p.message()).isEqualTo("is " + size + " bytes; the limit is 1000 bytes");
        });
    }

    @Test
    @DisplayName("a folder over the file-count limit is refused")
    void folderOverFileCountLimit() {
        // GIVEN a limit of 2 files and a folder of 3
        KnowledgeFixture.at(folder).summitIn("Alaska");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(new KnowledgeLoader(new KnowledgeLimits(1 << 20, 2, 16, 1 << 20)), folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(folder.toString());
            assertThat(p.message()).isEqualTo("holds 3 files; the limit is 2");
        });
    }

    @Test
    @DisplayName("a folder over the total-size limit is refused, naming the file that crossed it")
    void folderOverTotalSizeLimit() {
        // GIVEN files of at most 1,000 bytes each but more than that in all
        KnowledgeFixture.at(folder).summitIn("Alaska")
                .file("sources/zz-extra.md", "---\nid: zz-extra\ntitle: Extra\n---\n" + "More fictional text. ".repeat(45));
        KnowledgeLimits limits = new KnowledgeLimits(1000, 100, 16, 1000);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(new KnowledgeLoader(limits), folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(folder.toString());
            assertThat(p.message()).startsWith("holds more than 1000 bytes in all (the limit) by ");
        });
    }

    @Test
    @DisplayName("editors' backup and autosave files are not knowledge")
    void editorFilesIgnored() {
        // GIVEN a valid folder with an emacs autosave, a vim swap and a backup file beside the sources
        KnowledgeFixture.at(folder).summitIn("Alaska")
                .file("sources/#report.md#", "half-typed")
                .file("sources/.report.md.swp", "binary")
                .file("sources/report.md~", "old");
        // WHEN / THEN it loads as if they were not there
        assertThatCode(() -> new KnowledgeLoader().load(folder)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a YAML alias bomb (\"billion laughs\") is refused at its first alias")
    void aliasBomb() {
        // GIVEN a fact whose fields would expand to 9^9 strings through nested aliases
        StringBuilder bomb = new StringBuilder("- id: summit-place\n  subject: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("  s").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*l" + (i - 1)))).append("]\n");
        }
        KnowledgeFixture.at(folder).summitIn("Alaska").file("facts/summit.yaml", bomb.toString());
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN the first alias (line 3) stops the file
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(12);
            assertThat(p.message()).isEqualTo("the YAML alias `*l0` is not supported in knowledge files: write the value out in full");
        });
    }

    @Test
    @DisplayName("a YAML alias is refused, never read as its anchor's name")
    void aliasRefused() {
        // GIVEN the second fact names its source through an alias; Jackson would read it as "src"
        KnowledgeFixture.at(folder).summitIn("Alaska");
        replaceIn("facts/summit.yaml", "source: test-report\n  quote: \"The", "source: &src test-report\n  quote: \"The");
        replaceIn("facts/summit.yaml", "source: test-report\n  quote: \"lasted", "source: *src\n  quote: \"lasted");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN the alias is named at its place
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.column()).isEqualTo(11);
            assertThat(p.message()).startsWith("the YAML alias `*src` is not supported");
        });
    }

    @Test
    @DisplayName("an anchor without any alias is harmless")
    void anchorWithoutAlias() throws Exception {
        // GIVEN
        KnowledgeFixture.at(folder).summitIn("Alaska");
        replaceIn("facts/summit.yaml", "source: test-report\n  quote: \"The", "source: &src test-report\n  quote: \"The");
        // WHEN
        Knowledge knowledge = loader.load(folder);
        // THEN
        assertThat(knowledge.facts()).extracting(Fact::source).containsExactly("test-report", "test-report");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            flow lists  | [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
            flow maps   | {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: x}}}}}}}}}}}}}}}}}}}}
            """)
    @DisplayName("deeply nested YAML is refused")
    void deeplyNested(String what, String value) {
        // GIVEN a fact whose subject (line 2) is nested deeper than the limit of 16
        KnowledgeFixture.at(folder).summitIn("Alaska");
        replaceIn("facts/summit.yaml", "subject: \"The test summit\"", "subject: " + value);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("nested more than 16 levels deep");
        });
    }

    @Test
    @DisplayName("deeply nested block YAML is refused")
    void deeplyNestedBlocks() {
        // GIVEN a fact whose subject (line 2) opens 30 nested block mappings
        StringBuilder yaml = new StringBuilder("- id: summit-place\n  subject:\n");
        String indent = "    ";
        for (int i = 0; i < 30; i++) {
            yaml.append(indent).append("k").append(i).append(":\n");
            indent += "  ";
        }
        yaml.append(indent).append("deep\n");
        KnowledgeFixture.at(folder).summitIn("Alaska").file("facts/summit.yaml", yaml.toString());
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isBetween(2, 20);
            assertThat(p.message()).contains("nested more than 16 levels deep");
        });
    }

    @Test
    @DisplayName("a symlink leading outside the folder is refused")
    void symlinkOutside(@TempDir Path elsewhere) throws IOException {
        // GIVEN sources/outside.md links to a file outside the knowledge folder
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Path target = Files.writeString(elsewhere.resolve("secret.md"), "---\nid: secret\ntitle: S\n---\nSecret.\n");
        Files.createSymbolicLink(folder.resolve("sources/outside.md"), target);
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources/outside.md");
            assertThat(p.message()).startsWith("is a link that leads outside the knowledge folder").endsWith("refused");
        });
    }

    @Test
    @DisplayName("a symlink that stays inside the folder is followed")
    void symlinkInside() throws Exception {
        // GIVEN sources/linked.md links to drafts/linked.md inside the knowledge folder
        KnowledgeFixture.at(folder).summitIn("Alaska")
                .file("drafts/linked.md", "---\nid: linked\ntitle: Linked\n---\nA linked fictional text.\n");
        Files.createSymbolicLink(folder.resolve("sources/linked.md"), Path.of("../drafts/linked.md"));
        // WHEN it is loaded
        Knowledge knowledge = loader.load(folder);
        // THEN the linked source is there
        assertThat(knowledge.sources()).extracting(Source::id).containsExactly("linked", "test-report");
    }

    @Test
    @DisplayName("a file the process may not read is reported by name (skipped when running as root)")
    void unreadableFile() throws IOException {
        // GIVEN a facts file with no permissions at all
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Path file = folder.resolve("facts/summit.yaml");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // root reads it anyway; the cases below cover unreadable entries without relying on permissions
        assumeFalse(Files.isReadable(file), "running as root: file permissions do not stop reads");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.message()).isEqualTo("cannot be read: permission denied");
        });
    }

    @Test
    @DisplayName("a folder where a file is expected is reported by name")
    void folderInsteadOfFile() throws IOException {
        // GIVEN facts/summit.yaml is a folder
        KnowledgeFixture.at(folder).summitIn("Alaska").delete("facts/summit.yaml");
        Files.createDirectories(folder.resolve("facts/summit.yaml"));
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.message()).isEqualTo("is not a regular file");
        });
    }

    @ParameterizedTest(name = "sources/{0} -> {1}")
    @CsvSource({"gone.md, missing.md", "loop.md, loop.md"})
    @DisplayName("a broken link, or one that leads to itself, is reported by name")
    void unresolvableLink(String name, String target) throws IOException {
        // GIVEN sources/NAME links to nothing, or to itself
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Files.createSymbolicLink(folder.resolve("sources/" + name), Path.of(target));
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources/" + name);
            assertThat(p.message()).startsWith("cannot be resolved (broken link?)");
        });
    }

    @Test
    @DisplayName("a named pipe where a file is expected is refused without blocking on it")
    void namedPipe() throws Exception {
        // GIVEN facts/pipe.yaml is a FIFO (reading it would wait for a writer forever)
        KnowledgeFixture.at(folder).summitIn("Alaska");
        Path pipe = folder.resolve("facts/pipe.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/pipe.yaml");
            assertThat(p.message()).isEqualTo("is not a regular file");
        });
    }

    @Test
    @DisplayName("a second YAML document in a facts file is reported, not silently ignored")
    void secondYamlDocument() {
        // GIVEN a facts file whose line 14 starts a second document with a fact on a missing source
        KnowledgeFixture.at(folder).summitIn("Alaska");
        replaceIn("facts/summit.yaml", "\n- id: talks-length", "---\n- id: talks-length");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("facts/summit.yaml");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("second YAML document");
        });
    }

    @Test
    @DisplayName("problems in several files are all reported at once")
    void severalProblemsAtOnce() {
        // GIVEN four files, each broken in its own way
        KnowledgeFixture.at(folder).summitIn("Alaska")
                .file("facts/broken.yaml", "- id: x\n  subject: [unclosed\n")
                .file("sources/extra.md", "---\nid: extra\ntitle: Extra\ncolour: red\n---\nText.\n")
                .bytes("sources/latin.md", "---\nid: latin\ntitle: L\n---\nCaf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1))
                .file("synonyms.txt", "summit, meeting\nsummit =>\n");
        replaceIn("facts/summit.yaml", "Alaska.\"", "Oslo.\"");
        // WHEN it is loaded
        List<KnowledgeProblem> problems = problemsLoading(folder);
        // THEN every file is named, each with its own problem
        assertThat(problems).extracting(KnowledgeProblem::file).containsExactlyInAnyOrder(
                "facts/broken.yaml", "facts/summit.yaml", "sources/extra.md", "sources/latin.md", "synonyms.txt");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    private List<KnowledgeProblem> problemsLoading(Path folder) {
        return problemsLoading(loader, folder);
    }

    private static List<KnowledgeProblem> problemsLoading(KnowledgeLoader loader, Path folder) {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> loader.load(folder));
        assertThat(e).as("loading %s must be refused", folder).isNotNull();
        return e.problems();
    }

    private void replaceIn(String relative, String from, String to) {
        try {
            Path file = folder.resolve(relative);
            String text = Files.readString(file);
            assertThat(text).contains(from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
