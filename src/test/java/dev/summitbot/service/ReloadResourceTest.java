package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.summitbot.Slow;
import dev.summitbot.answer.Answer;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 reloads, alternating two valid sets so that each one builds and swaps a new index: every
 * retired snapshot is closed and unreachable, and open files and heap after GC stay flat.
 */
@Slow
final class ReloadResourceTest {

    private static final int RELOADS = 1_000;
    private static final int BASELINE_AT = 100;
    /** Filler sentences per set, so that each index is big enough (~300 passages) for a leak to show in the heap. */
    private static final int FILLER_SENTENCES = 300;

    @TempDir
    Path live;

    @Test
    @DisplayName("after 1,000 reloads old snapshots are closed and unreachable; open files and heap stay flat")
    void thousandReloads() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "open files are counted through /proc/self/fd");
        // GIVEN a service on the Alaska set and two threads that ask questions
        write("Alaska");
        KnowledgeService service = KnowledgeService.start(live, new KnowledgeLoader(), Clock.systemUTC(), AuditLog.none());
        ExecutorService askers = Executors.newFixedThreadPool(2);
        List<WeakReference<Snapshot>> retired = new ArrayList<>();
        long baselineFiles = 0;
        long baselineHeap = 0;
        try {
            // WHEN the folder flips between Helsinki and Alaska 1,000 times, each reload followed by questions
            for (int i = 1; i <= RELOADS; i++) {
                Snapshot before = service.with(s -> s);
                String city = i % 2 == 1 ? "Helsinki" : "Alaska";
                write(city);
                ReloadResult result = service.reload("test");
                assertThat(result.ok()).as("reload %d: %s", i, result.errors()).isTrue();
                assertThat(result.version().hash()).isNotEqualTo(result.previousVersion().hash());
                askTwice(askers, service, city);
                // THEN the snapshot it replaced is closed once its questions are done
                assertThat(before.isClosed()).as("snapshot replaced by reload %d is closed", i).isTrue();
                retired.add(new WeakReference<>(before));
                if (i == BASELINE_AT) {
                    baselineFiles = openFiles();
                    baselineHeap = heapAfterGc();
                }
            }
            long files = openFiles();
            long heap = heapAfterGc();
            // THEN no retired snapshot is still reachable, and files and heap are where they were after 100 reloads
            assertThat(retired.stream().filter(r -> r.get() != null).count()).as("retired snapshots still reachable").isZero();
            assertThat(files).as("open files (baseline %d)", baselineFiles).isLessThanOrEqualTo(baselineFiles + 10);
            assertThat(heap).as("heap after GC (baseline %d MB)", baselineHeap >> 20)
                    .isLessThanOrEqualTo(baselineHeap + Math.max(baselineHeap / 2, 24L << 20));
        } finally {
            askers.shutdownNow();
            service.close();
        }
    }

    /**
     * Two questions at once, both answered from the knowledge just loaded. ("How long did the talks last?", asked
     * here before, is declined with confidence 0 on this set, so it could not show that an answer came back.)
     */
    private static void askTwice(ExecutorService askers, KnowledgeService service, String city) throws Exception {
        Future<Asked> where = askers.submit(() -> service.ask(Question.of(KnowledgeFixture.QUESTION)));
        Future<Asked> how = askers.submit(() -> service.ask(Question.of("How did the delegates arrive?")));
        assertThat(where.get().answer()).isInstanceOfSatisfying(Answer.Answered.class,
                a -> assertThat(a.text()).contains(city));
        assertThat(how.get().answer()).isInstanceOfSatisfying(Answer.Answered.class,
                a -> assertThat(a.text()).contains("by plane"));
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The fictional test set for {@code city}, with filler sentences that make the index weigh something. */
    private void write(String city) {
        StringBuilder filler = new StringBuilder("---\nid: filler\ntitle: \"Fictional filler for tests\"\n---\n");
        for (int i = 0; i < FILLER_SENTENCES; i++) {
            filler.append("Filler sentence ").append(i).append(" mentions topic").append(i % 37)
                    .append(" and word").append((i * 7) % 101).append(" near ").append(city).append(".");
            filler.append(i % 10 == 9 ? "\n" : " ");
        }
        KnowledgeFixture.at(live).summitIn(city).file("sources/filler.md", filler.toString());
    }
}
