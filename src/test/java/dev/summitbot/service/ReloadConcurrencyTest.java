package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.answer.Answer;
import dev.summitbot.answer.Citation;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions keep being answered, each wholly from one valid knowledge set, while the folder
 * flips between two valid sets and several broken ones and is reloaded 160 times. The two valid
 * sets are fictional test data: the same "test summit" held in Alaska in one and in Helsinki in the other.
 */
final class ReloadConcurrencyTest {

    private static final int RELOADS = 160;
    private static final int ASKERS = 4;

    /** Ways to break the folder, each refused by the loader or the index build. */
    private static final List<Consumer<KnowledgeFixture>> BREAKAGES = List.of(
            k -> k.summitIn("Alaska").file("facts/summit.yaml", "- id: summit-place\n  subject: [unclosed\n"),
            k -> k.summitIn("Helsinki").file("synonyms.txt", "summit, meeting\n!!!, envoys\n"),
            k -> k.summitIn("Alaska").file("sources/test-report.md", "---\nid: test-report\ntitle: T\n---\nThe test summit was held in Oslo.\n"),
            k -> k.summitIn("Helsinki").bytes("sources/latin.md", "---\nid: l\ntitle: L\n---\nCaf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1)),
            k -> k.summitIn("Alaska").delete("sources/test-report.md"));

    @TempDir
    Path live;

    @TempDir
    Path reference;

    @Test
    @DisplayName("160 reloads between two valid and several broken sets never fail or mix an answer")
    void answersStayWhole() throws Exception {
        // GIVEN the hashes of the two valid sets, and a service on the first
        Map<String, String> cityByHash = Map.of(
                hashOf(reference.resolve("alaska"), "Alaska"), "Alaska",
                hashOf(reference.resolve("helsinki"), "Helsinki"), "Helsinki");
        write(k -> k.summitIn("Alaska"));
        KnowledgeService service = KnowledgeService.start(live, new KnowledgeLoader(), Clock.systemUTC(), AuditLog.none());

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> answersByCity = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> askers = new ArrayList<>();
        for (int i = 0; i < ASKERS; i++) {
            Thread t = new Thread(() -> askUntil(stop, service, cityByHash, failures, answersByCity), "asker-" + i);
            t.start();
            askers.add(t);
        }

        // WHEN the folder is reloaded 160 times: Helsinki, broken, Alaska, broken, ...
        int refused = 0;
        for (int i = 0; i < RELOADS; i++) {
            boolean valid = i % 2 == 0;
            String city = i % 4 == 0 ? "Helsinki" : "Alaska";
            write(valid ? k -> k.summitIn(city) : BREAKAGES.get((i / 2) % BREAKAGES.size()));
            ReloadResult result = service.reload("test");
            if (valid) {
                assertThat(result.ok()).as("reload %d (%s) ok: %s", i, city, result.errors()).isTrue();
                assertThat(cityByHash.get(result.version().hash())).isEqualTo(city);
            } else {
                assertThat(result.ok()).as("reload %d refused", i).isFalse();
                assertThat(result.errors()).isNotEmpty();
                assertThat(result.version()).isEqualTo(result.previousVersion());
                refused++;
            }
            Thread.sleep(1);
        }
        stop.set(true);
        for (Thread t : askers) {
            t.join(30_000);
            assertThat(t.isAlive()).as("%s finished", t.getName()).isFalse();
        }
        service.close();

        // THEN no question failed, every answer came whole from one valid version, and both versions answered
        assertThat(refused).isEqualTo(RELOADS / 2);
        assertThat(failures).isEmpty();
        assertThat(answersByCity).containsOnlyKeys("Alaska", "Helsinki");
        assertThat(answersByCity.values()).allSatisfy(n -> assertThat(n.get()).isGreaterThan(10));
    }

    private static void askUntil(AtomicBoolean stop, KnowledgeService service, Map<String, String> cityByHash,
            Queue<String> failures, Map<String, AtomicLong> answersByCity) {
        while (!stop.get()) {
            try {
                Asked asked = service.ask(Question.of(KnowledgeFixture.QUESTION));
                String city = cityByHash.get(asked.version().hash());
                if (city == null) {
                    failures.add("answer from an unknown version " + asked.version());
                } else if (!(asked.answer() instanceof Answer.Answered answered)) {
                    failures.add("no answer from " + city + ": " + asked.answer());
                } else {
                    String other = city.equals("Alaska") ? "Helsinki" : "Alaska";
                    String cited = String.join(" ", answered.citations().stream().map(Citation::quote).toList());
                    if (!answered.text().contains(city) || answered.text().contains(other)
                            || !cited.contains(city) || cited.contains(other)) {
                        failures.add("version " + city + " answered " + answered.text() + " citing " + cited);
                    }
                    answersByCity.computeIfAbsent(city, c -> new AtomicLong()).incrementAndGet();
                }
            } catch (RuntimeException | Error e) {
                failures.add("question failed: " + e);
            }
        }
    }

    private static String hashOf(Path folder, String city) throws Exception {
        KnowledgeFixture.at(folder).summitIn(city);
        return KnowledgeVersion.of(new KnowledgeLoader().load(folder).contentHash(), Instant.EPOCH).hash();
    }

    /** Empties the live folder, then writes one state into it. */
    private void write(Consumer<KnowledgeFixture> state) throws IOException {
        for (String sub : List.of("sources", "facts")) {
            Path dir = live.resolve(sub);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
        Files.deleteIfExists(live.resolve("synonyms.txt"));
        state.accept(KnowledgeFixture.at(live));
    }
}
