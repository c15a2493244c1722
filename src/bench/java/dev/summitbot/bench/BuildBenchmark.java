package dev.summitbot.bench;

import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a reload costs: reading and validating the folder and building its index
 * ({@code loadAndBuild}, the work of {@code summitbot check} and of a reload before the swap),
 * and the index build alone. One shot per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class BuildBenchmark {

    @Param({BenchKnowledge.REAL, BenchKnowledge.GENERATED})
    public String knowledge;

    private BenchKnowledge bench;
    private Knowledge loaded;

    @Setup
    public void setUp() throws Exception {
        bench = BenchKnowledge.of(knowledge);
        loaded = new KnowledgeLoader().load(bench.folder());
    }

    @Benchmark
    public int loadAndBuild() throws Exception {
        Knowledge k = new KnowledgeLoader().load(bench.folder());
        try (KnowledgeIndex index = KnowledgeIndex.build(k)) {
            return index.stats().documents();
        }
    }

    @Benchmark
    public int buildIndex() throws Exception {
        try (KnowledgeIndex index = KnowledgeIndex.build(loaded)) {
            return index.stats().documents();
        }
    }
}
