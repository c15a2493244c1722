package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.Poll;
import dev.summitbot.Slow;
import dev.summitbot.answer.Answer;
import dev.summitbot.config.KnowledgeConfig;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reloads through the service and its triggers, on real folders, a real loader and real indexes. */
final class KnowledgeServiceReloadTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @TempDir
    Path logs;

    private Path auditFile;
    private KnowledgeService service;

    @BeforeEach
    void startOnAlaska() throws Exception {
        KnowledgeFixture.at(folder).summitIn("Alaska");
        auditFile = logs.resolve("reloads.jsonl");
        service = KnowledgeService.start(folder, new KnowledgeLoader(), Clock.fixed(NOW, ZoneOffset.UTC), AuditLog.to(auditFile));
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    @DisplayName("change listeners hear of each reload that changes the knowledge, not of one that changes nothing or fails, and not once closed")
    void changeListeners() throws Exception {
        // GIVEN a listener
        java.util.List<ReloadResult> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        AutoCloseable handle = service.onChange(heard::add);

        // WHEN the knowledge is reloaded unchanged, changed, broken, and changed again after the listener is closed
        service.reload("console");
        KnowledgeFixture.at(folder).summitIn("Geneva");
        ReloadResult changed = service.reload("console");
        KnowledgeFixture.at(folder).file("facts/broken.yaml", "- id: [");
        service.reload("console");
        java.nio.file.Files.delete(folder.resolve("facts/broken.yaml"));
        handle.close();
        KnowledgeFixture.at(folder).summitIn("Vienna");
        service.reload("console");

        // THEN it heard the one change it was there for
        assertThat(heard).containsExactly(changed);
        assertThat(changed.changes().inWords()).isNotEqualTo("nothing");
    }

    @Test
    @DisplayName("a good reload swaps in the new version and reports what changed")
    void goodReload() {
        // GIVEN one source changed (its third sentence), one added; one fact changed (its relation), one removed, one added
        KnowledgeVersion before = service.version();
        KnowledgeFixture.at(folder)
                .file("sources/test-report.md", """
                        ---
                        id: test-report
                        title: "A fictional report written for tests"
                        ---
                        The test summit was held in Alaska. The delegates arrived by plane on a cold morning.
                        The talks in Alaska lasted three days.
                        """)
                .file("sources/second.md", "---\nid: second\ntitle: Second\n---\nA second fictional text. It has two sentences.\n")
                .file("facts/summit.yaml", """
                        - id: summit-place
                          subject: "The test summit"
                          relation: "took place in"
                          object: "Alaska"
                          source: test-report
                          quote: "The test summit was held in Alaska."
                        - id: second-length
                          subject: "The second text"
                          relation: "has"
                          object: "two sentences"
                          source: second
                          quote: "It has two sentences."
                        """);
        // WHEN it is reloaded
        ReloadResult result = service.reload("console");
        // THEN the new version answers and the changes are counted by id
        assertThat(result.ok()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.previousVersion()).isEqualTo(before);
        assertThat(result.version()).isNotEqualTo(before).isEqualTo(service.version());
        assertThat(result.version().hash()).isNotEqualTo(before.hash());
        assertThat(result.changes()).isEqualTo(new Changes(
                new Changes.Count(1, 0, 1), new Changes.Count(2, 0, 1), new Changes.Count(1, 1, 1), false));
        Asked asked = service.ask(Question.of(KnowledgeFixture.QUESTION));
        assertThat(asked.version()).isEqualTo(result.version());
        assertThat(asked.answer()).isInstanceOfSatisfying(Answer.Answered.class,
                a -> assertThat(a.text()).contains("The test summit took place in Alaska."));
    }

    static Stream<Arguments> brokenFolders() {
        return Stream.of(
                Arguments.of("malformed YAML in a facts file", (Consumer<KnowledgeFixture>) k -> k
                        .file("facts/summit.yaml", "- id: summit-place\n  subject: [unclosed\n"), List.of("facts/summit.yaml")),
                Arguments.of("a synonym line only Lucene rejects", (Consumer<KnowledgeFixture>) k -> k
                        .file("synonyms.txt", "summit, meeting\n!!!, envoys\n"), List.of("synonyms.txt")),
                Arguments.of("a source that is not UTF-8 and a bad synonym line", (Consumer<KnowledgeFixture>) k -> k
                        .bytes("sources/latin.md", "---\nid: latin\ntitle: L\n---\nCaf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1))
                        .file("synonyms.txt", "summit =>\n"), List.of("sources/latin.md", "synonyms.txt")),
                Arguments.of("every file deleted", (Consumer<KnowledgeFixture>) k -> k
                        .delete("sources/test-report.md").delete("facts/summit.yaml").delete("synonyms.txt"), List.of("<folder>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFolders")
    @DisplayName("a bad reload keeps the old version answering and returns every error")
    void badReload(String what, Consumer<KnowledgeFixture> breakIt, List<String> files) {
        // GIVEN the folder is broken
        KnowledgeVersion before = service.version();
        breakIt.accept(KnowledgeFixture.at(folder));
        // WHEN it is reloaded
        ReloadResult result = service.reload("console");
        // THEN it is refused with every problem, and the old knowledge still answers
        assertThat(result.ok()).isFalse();
        assertThat(result.version()).isEqualTo(before);
        assertThat(result.previousVersion()).isEqualTo(before);
        assertThat(result.changes()).isEqualTo(Changes.NONE);
        assertThat(result.errors()).extracting(p -> p.file().equals(folder.toString()) ? "<folder>" : p.file())
                .containsExactlyInAnyOrderElementsOf(files);
        assertThat(result.errors()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(service.version()).isEqualTo(before);
        Asked asked = service.ask(Question.of(KnowledgeFixture.QUESTION));
        assertThat(asked.version()).isEqualTo(before);
        assertThat(asked.answer()).isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Alaska"));
    }

    @Test
    @DisplayName("a reload of an unchanged folder reports no change and keeps the version")
    void unchangedReload() {
        // GIVEN nothing changed since the start
        KnowledgeVersion before = service.version();
        // WHEN it is reloaded
        ReloadResult result = service.reload("console");
        // THEN
        assertThat(result.ok()).isTrue();
        assertThat(result.version()).isEqualTo(before);
        assertThat(result.previousVersion()).isEqualTo(before);
        assertThat(result.changes()).isEqualTo(Changes.NONE);
        assertThat(result.changes().any()).isFalse();
    }

    @Test
    @DisplayName("every reload attempt appends one audit line: actor, time, outcome, versions, errors")
    void auditLog() throws IOException {
        // GIVEN three attempts: a good reload, a bad one, an unchanged one
        KnowledgeVersion first = service.version();
        KnowledgeFixture.at(folder).summitIn("Helsinki");
        KnowledgeVersion second = service.reload("123456789012345678").version();
        KnowledgeFixture.at(folder).file("synonyms.txt", "summit =>\n");
        service.reload("console");
        KnowledgeFixture.at(folder).file("synonyms.txt", "summit, meeting\ndelegates, envoys\n");
        service.reload("watcher");
        // WHEN the audit log is read
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(auditFile, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        // THEN there is one line per attempt
        assertThat(lines).hasSize(3);
        for (JsonNode line : lines) {
            assertThat(line.get("at").asText()).isEqualTo("2026-11-26T12:00:00Z");
            assertThat(line.get("millis").isNumber()).isTrue();
        }
        JsonNode good = lines.get(0);
        assertThat(good.get("actor").asText()).isEqualTo("123456789012345678");
        assertThat(good.get("ok").asBoolean()).isTrue();
        assertThat(good.get("previousVersion").asText()).isEqualTo(first.label());
        assertThat(good.get("version").asText()).isEqualTo(second.label());
        assertThat(good.get("errors").size()).isZero();
        assertThat(good.get("changes").get("passages").get("changed").asInt()).isEqualTo(2);

        JsonNode bad = lines.get(1);
        assertThat(bad.get("actor").asText()).isEqualTo("console");
        assertThat(bad.get("ok").asBoolean()).isFalse();
        assertThat(bad.get("previousVersion").asText()).isEqualTo(second.label());
        assertThat(bad.get("version").asText()).isEqualTo(second.label());
        assertThat(bad.get("errors").size()).isEqualTo(1);
        JsonNode error = bad.get("errors").get(0);
        assertThat(error.get("file").asText()).isEqualTo("synonyms.txt");
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("column").asInt()).isZero();
        assertThat(error.get("message").asText()).isEqualTo("a side of `=>` is empty; write `a, b => c`");

        JsonNode unchanged = lines.get(2);
        assertThat(unchanged.get("actor").asText()).isEqualTo("watcher");
        assertThat(unchanged.get("ok").asBoolean()).isTrue();
        assertThat(unchanged.get("version").asText()).isEqualTo(second.label());
        assertThat(unchanged.get("errors").size()).isZero();
    }

    @Test
    @DisplayName("reloads started at once are serialized: one swaps, the others find nothing changed")
    void concurrentReloads() throws Exception {
        // GIVEN a changed folder and eight threads ready to reload it
        KnowledgeVersion before = service.version();
        KnowledgeFixture.at(folder).summitIn("Helsinki");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ReloadResult>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return service.reload("console");
            }));
        }
        // WHEN they all start together
        go.countDown();
        List<ReloadResult> results = new ArrayList<>();
        for (Future<ReloadResult> f : futures) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        // THEN exactly one swapped the new knowledge in, and every one ended on it
        assertThat(results).allSatisfy(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.version()).isEqualTo(service.version());
        });
        assertThat(results).filteredOn(r -> r.changes().any()).singleElement()
                .satisfies(r -> assertThat(r.previousVersion()).isEqualTo(before));
    }

    @Test
    @DisplayName("a reload after close is refused, without an exception")
    void reloadAfterClose() {
        // GIVEN a closed service (a signal may arrive while the bot shuts down)
        service.close();
        // WHEN it is asked to reload
        ReloadResult result = service.reload("signal");
        // THEN
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("closed"));
    }

    @Test
    @Slow
    @DisplayName("SIGHUP to the process reloads, by actor \"signal\"")
    void sighup() throws Exception {
        // GIVEN a Java handler for SIGHUP under the triggers' one, so that a failed install cannot end the test JVM
        try (HangupHarness signals = HangupHarness.install();
                ReloadTriggers triggers = ReloadTriggers.install(service, new KnowledgeConfig(folder.toString(), false, null))) {
            KnowledgeFixture.at(folder).summitIn("Helsinki");
            // WHEN the process sends itself SIGHUP
            signals.send();
            // THEN a reload by "signal" swaps in the new knowledge
            Poll.until(() -> service.lastReload().filter(r -> r.actor().equals("signal")).isPresent(), Duration.ofSeconds(10),
                    () -> "no reload by \"signal\"");
            assertThat(service.lastReload().orElseThrow().ok()).isTrue();
            assertThat(service.ask(Question.of(KnowledgeFixture.QUESTION)).answer())
                    .isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Helsinki"));
        }
    }

    @Test
    @Slow
    @DisplayName("the watcher: a burst of writes through broken states makes one reload, of the final state; a later change another")
    void watcher() throws Exception {
        // GIVEN the folder watched with a quiet period timed by a ticker that moves only when the test moves it
        AtomicLong ticker = new AtomicLong();
        try (ReloadTriggers triggers = ReloadTriggers.install(service, new KnowledgeConfig(folder.toString(), true, 50), ticker::get)) {
            // WHEN 16 writes follow each other within the quiet period (the ticker stands still), through
            // broken states (a source and its facts disagree, a bad synonym line) to a valid one
            KnowledgeFixture.at(folder).summitIn("Helsinki");
            for (int i = 0; i < 15; i++) {
                KnowledgeFixture.at(folder).file("synonyms.txt", i % 2 == 0 ? "summit =>\n" : "summit, meeting\n# " + i + "\n");
            }
            KnowledgeFixture.at(folder).file("synonyms.txt", "summit, meeting, gathering\n");
            String burst = versionHashOf(folder);
            // AND then the quiet period passes
            passQuietPeriodUntil(ticker, () -> audited(burst));

            // THEN one reload by the watcher loaded the final state, and none loaded (or failed on) a broken one
            assertThat(watcherReloads()).allSatisfy(r -> assertThat(r.path("ok").asBoolean()).as("reload %s", r).isTrue());
            assertThat(watcherReloads()).filteredOn(KnowledgeServiceReloadTest::movedTheVersion).hasSize(1);
            assertThat(service.ask(Question.of(KnowledgeFixture.QUESTION)).answer())
                    .isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("Helsinki"));

            // WHEN a later change comes (one valid write), and another quiet period passes
            KnowledgeFixture.at(folder).file("synonyms.txt", "summit, meeting, gathering, conference\n");
            String later = versionHashOf(folder);
            passQuietPeriodUntil(ticker, () -> audited(later));

            // THEN it made one more reload
            assertThat(watcherReloads()).allSatisfy(r -> assertThat(r.path("ok").asBoolean()).as("reload %s", r).isTrue());
            assertThat(watcherReloads()).filteredOn(KnowledgeServiceReloadTest::movedTheVersion).hasSize(2);
        }
    }

    /**
     * Moves the watcher's ticker one quiet period on, and waits for {@code reached}. The operating system
     * reports file events a little after the writes, so an event may reach the watcher only after the move
     * (it then waits for a further quiet period): in that case, after a second with nothing reached, moves
     * the ticker again. Every write is done before the first move, so any reload it allows reads the final state.
     */
    private static void passQuietPeriodUntil(AtomicLong ticker, BooleanSupplier reached) throws InterruptedException {
        for (int moves = 0; moves < 10; moves++) {
            ticker.addAndGet(Duration.ofMillis(50).toNanos());
            if (Poll.holdsWithin(reached, Duration.ofSeconds(1))) {
                return;
            }
        }
        throw new AssertionError("the watcher did not reload within 10 quiet periods");
    }

    /** Whether a watcher reload to the version with this hash is in the audit log (written after the swap). */
    private boolean audited(String versionHash) {
        return watcherReloads().stream().anyMatch(r -> r.path("version").asText().startsWith(versionHash + "@"));
    }

    private static String versionHashOf(Path folder) throws Exception {
        return KnowledgeVersion.of(new KnowledgeLoader().load(folder).contentHash(), Instant.EPOCH).hash();
    }

    private static boolean movedTheVersion(JsonNode reload) {
        return !reload.path("version").asText().equals(reload.path("previousVersion").asText());
    }

    /** The watcher's lines of the reload audit log, in order. */
    private List<JsonNode> watcherReloads() {
        try {
            if (!Files.exists(auditFile)) {
                return List.of();
            }
            List<JsonNode> reloads = new ArrayList<>();
            for (String line : Files.readAllLines(auditFile, StandardCharsets.UTF_8)) {
                JsonNode reload = JSON.readTree(line);
                if (reload.path("actor").asText().equals("watcher")) {
                    reloads.add(reload);
                }
            }
            return reloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
