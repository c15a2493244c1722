package dev.summitbot.bench;

import dev.summitbot.question.Question;
import dev.summitbot.answer.Answering;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.service.AuditLog;
import dev.summitbot.service.KnowledgeService;
import dev.summitbot.service.ReloadResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Memory and reload figures of one knowledge set, measured in a fresh JVM: load and build time,
 * heap after a full GC with the knowledge loaded, and a real reload (of a changed copy, so the
 * index is rebuilt while the old one still answers) with its time and peak heap and RSS.
 * Usage: {@code java -cp benchmarks.jar dev.summitbot.bench.Footprint real|100k|DIR}.
 * Prints one {@code footprint.<name>.<figure>=<value>} line per figure.
 */
public final class Footprint {

    private Footprint() {}

    public static void main(String[] args) throws Exception {
        BenchKnowledge bench = BenchKnowledge.of(args.length > 0 ? args[0] : BenchKnowledge.GENERATED);
        String name = bench.name().replaceAll("[^A-Za-z0-9]+", "_");
        long baseline = heapAfterGc();
        loadAndBuild(bench, name, baseline);
        reload(bench, name);
        print(name, "peakRssMB", peakRssKb() / 1e3);
    }

    /** Load, build and one answer; everything is garbage again when this returns. */
    private static void loadAndBuild(BenchKnowledge bench, String name, long baseline) throws Exception {
        try (HeapSampler sampler = new HeapSampler()) {
            long start = System.nanoTime();
            Knowledge knowledge = new KnowledgeLoader().load(bench.folder());
            long loaded = System.nanoTime();
            try (Answering answering = Answering.over(knowledge)) {
                long built = System.nanoTime();
                answering.engine().answer(Question.of(bench.questions().get(0)));
                long answered = System.nanoTime();
                print(name, "loadMillis", (loaded - start) / 1e6);
                print(name, "buildMillis", (built - loaded) / 1e6);
                print(name, "firstAnswerMillis", (answered - built) / 1e6);
                print(name, "peakHeapDuringLoadMB", sampler.peak() / 1e6);
                long live = heapAfterGc();
                print(name, "heapAfterGcMB", live / 1e6);
                print(name, "retainedByKnowledgeMB", (live - baseline) / 1e6);
                print(name, "indexBytesMB", answering.indexStats().bytes() / 1e6);
            }
        }
    }

    /** A reload that rebuilds: the service runs on a copy, whose synonyms file then changes. */
    private static void reload(BenchKnowledge bench, String name) throws Exception {
        Path copy = Files.createTempDirectory("summitbot-footprint-");
        try {
            copyTree(bench.folder(), copy);
            try (KnowledgeService service = KnowledgeService.start(copy, new KnowledgeLoader(), Clock.systemUTC(), AuditLog.none())) {
                service.ask(Question.of(bench.questions().get(0)));
                print(name, "heapAfterGcServingMB", heapAfterGc() / 1e6);
                Files.writeString(copy.resolve("synonyms.txt"), "\n# changed for the reload benchmark\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                ReloadResult result;
                try (HeapSampler sampler = new HeapSampler()) {
                    long start = System.nanoTime();
                    result = service.reload("footprint");
                    print(name, "reloadMillis", (System.nanoTime() - start) / 1e6);
                    print(name, "peakHeapDuringReloadMB", sampler.peak() / 1e6);
                }
                if (!result.ok() || result.previousVersion().equals(result.version())) {
                    throw new IllegalStateException("the reload did not rebuild: " + result);
                }
                print(name, "heapAfterGcAfterReloadMB", heapAfterGc() / 1e6);
            }
        } finally {
            BenchKnowledge.deleteTree(copy);
        }
    }

    private static void print(String name, String figure, double value) {
        System.out.printf(Locale.ROOT, "footprint.%s.%s=%.2f%n", name, figure, value);
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The process's peak resident set size (VmHWM), in kB; -1 where /proc is not there. */
    static long peakRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        List<String> lines = Files.readAllLines(status);
        return lines.stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Samples used heap every 2 ms on a named daemon thread; {@link #peak()} is the largest seen. */
    static final class HeapSampler implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler() {
            thread = new Thread(this::run, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
