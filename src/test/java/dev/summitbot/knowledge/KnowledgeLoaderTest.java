package dev.summitbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The happy path only: every kind of bad file is covered by the validation tests. */
@DisplayName("KnowledgeLoader reads a valid knowledge folder")
final class KnowledgeLoaderTest {

    private final KnowledgeLoader loader = new KnowledgeLoader();

    @Test
    @DisplayName("the real folder: the untouched article first, notes on public reports, their facts, synonyms and a content hash")
    void loadsTheRealFolder() throws Exception {
        // GIVEN the knowledge folder the bot ships with
        Path folder = Fixtures.realKnowledge();

        // WHEN it is loaded
        Knowledge knowledge = loader.load(folder);

        // THEN it holds the summit article, titled by its first line, with no invented URL or date
        Source article = knowledge.sourcesById().get("summit-article");
        assertThat(article.kind()).isEqualTo(SourceKind.ARTICLE);
        assertThat(article.text()).startsWith(article.title() + "\n");
        assertThat(article.url()).isEmpty();
        assertThat(article.published()).isEmpty();
        assertThat(article.tags()).containsExactly("war-and-conflicts", "policy-and-legislation", "general-news");
        // AND every other source is our notes on a public report, with its publisher and address
        assertThat(knowledge.sources()).filteredOn(s -> s != article).hasSizeGreaterThanOrEqualTo(15).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SourceKind.NOTES);
            assertThat(s.publisher()).isPresent();
            assertThat(s.url()).hasValueSatisfying(u -> assertThat(u).startsWith("http"));
        });
        // AND facts, each quoting its source and pointing at the line it starts on; those on notes typed
        Map<String, Source> sources = knowledge.sourcesById();
        assertThat(knowledge.facts()).hasSize(factEntries(folder)).hasSizeGreaterThanOrEqualTo(110);
        assertThat(knowledge.facts()).allSatisfy(f -> {
            Source source = sources.get(f.source());
            assertThat(KnowledgeLoader.normalize(source.text())).contains(KnowledgeLoader.normalize(f.quote()));
            assertThat(fileLine(folder, f.file(), f.line())).contains("id: " + f.id());
            assertThat(f.type()).isPresent();
        });
        assertThat(knowledge.facts()).filteredOn(f -> !f.source().equals("summit-article")).hasSizeGreaterThanOrEqualTo(80);
        assertThat(knowledge.factsById()).hasSameSizeAs(knowledge.facts());
        // AND passages that are verbatim sentences of the line they are said to be on
        assertThat(knowledge.passages()).hasSizeGreaterThan(100);
        assertThat(knowledge.passages()).allSatisfy(p ->
                assertThat(fileLine(folder, sources.get(p.sourceId()).file(), p.line())).contains(p.text()));
        assertThat(knowledge.synonyms()).contains("zelenskyy, zelensky");
        assertThat(knowledge.contentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    @DisplayName("a two-source fixture: optional fields, sources in file order, facts of every file")
    void loadsTheMiniFixture() throws Exception {
        // GIVEN a small folder with two sources (one with publisher, URL, date and tags) and two facts files
        Path folder = Fixtures.fixture("mini");

        // WHEN it is loaded
        Knowledge knowledge = loader.load(folder);

        // THEN both sources are read with exactly the front matter they have
        assertThat(knowledge.sources()).extracting(Source::id).containsExactly("harbor-news", "river-notes");
        Source harbor = knowledge.sourcesById().get("harbor-news");
        assertThat(harbor.title()).isEqualTo("Lighthouse reopens on Gull Island");
        assertThat(harbor.publisher()).contains("Harbor Gazette");
        assertThat(harbor.url()).contains("https://example.org/harbor/lighthouse");
        assertThat(harbor.published()).contains(LocalDate.of(2024, 5, 4));
        assertThat(harbor.tags()).containsExactly("local-news", "history");
        assertThat(harbor.file()).isEqualTo("sources/harbor-news.md");
        assertThat(harbor.textLine()).isEqualTo(9);
        Source river = knowledge.sourcesById().get("river-notes");
        assertThat(river.publisher()).isEmpty();
        assertThat(river.url()).isEmpty();
        assertThat(river.published()).isEmpty();
        assertThat(river.tags()).isEmpty();
        // AND the facts of both files, each remembering where it was written
        Map<String, Fact> facts = knowledge.factsById();
        assertThat(facts).containsOnlyKeys("lighthouse-reopened", "ribbon-cut-by-mayor", "lamp-range", "ferry-captain");
        assertThat(facts.get("ribbon-cut-by-mayor").file()).isEqualTo("facts/harbor.yaml");
        assertThat(facts.get("ribbon-cut-by-mayor").line()).isEqualTo(9);
        assertThat(facts.get("ferry-captain").file()).isEqualTo("facts/ferry.yaml");
        assertThat(facts.get("ferry-captain").line()).isEqualTo(1);
        // AND passages of both sources, numbered per source
        Map<String, Long> passagesPerSource = knowledge.passages().stream()
                .collect(Collectors.groupingBy(Passage::sourceId, Collectors.counting()));
        assertThat(passagesPerSource).containsExactlyInAnyOrderEntriesOf(Map.of("harbor-news", 4L, "river-notes", 3L));
        assertThat(knowledge.passagesById()).containsKeys("harbor-news#1", "harbor-news#4", "river-notes#3");
        assertThat(knowledge.synonyms()).contains("lighthouse, beacon");
    }

    @Test
    @DisplayName("the content hash depends on the files' content, not on when they are read")
    void contentHashIsStableAndContentSensitive(@TempDir Path temp) throws Exception {
        // GIVEN the mini fixture, and a copy of it with one word of one source changed
        Path original = Fixtures.fixture("mini");
        Path changed = copy(original, temp.resolve("changed"));
        Path source = changed.resolve("sources/river-notes.md");
        Files.writeString(source, Files.readString(source).replace("three hundred passengers", "four hundred passengers"));

        // WHEN each is loaded (the original twice)
        String first = loader.load(original).contentHash();
        String second = loader.load(original).contentHash();
        String other = loader.load(changed).contentHash();

        // THEN the same files give the same hash and a changed file a different one
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    @DisplayName("Fact reads as a sentence and as a prompt")
    void factSentenceAndPrompt() {
        // GIVEN a fact whose parts are lower case and have no final period
        Fact fact = new Fact("x", "the keeper", "said", "the lamp is new", "s", "q", Optional.empty(), Optional.empty(), Optional.empty(),
                "facts/f.yaml", 1);

        // WHEN / THEN it reads as one capitalized sentence, and as a question to complete
        assertThat(fact.sentence()).isEqualTo("The keeper said the lamp is new.");
        assertThat(new Fact("y", "A", "is", "done.", "s", "q", Optional.empty(), Optional.empty(), Optional.empty(), "f", 1).sentence()).isEqualTo("A is done.");
    }

    /** How many facts the folder's files declare: one `- id:` line each. */
    private static int factEntries(Path folder) throws IOException {
        try (var files = Files.list(folder.resolve("facts"))) {
            int n = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                n += (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("- id:")).count();
            }
            return n;
        }
    }

    private static String fileLine(Path folder, String file, int line) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8);
            assertThat(line).as("line of %s", file).isBetween(1, lines.size());
            return lines.get(line - 1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
