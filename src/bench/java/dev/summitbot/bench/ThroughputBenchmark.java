package dev.summitbot.bench;

import dev.summitbot.question.Question;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.service.Asked;
import dev.summitbot.service.AuditLog;
import dev.summitbot.service.KnowledgeService;
import java.time.Clock;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Questions answered per second by concurrent askers through {@link KnowledgeService#ask}, as the
 * bot's front ends call it (snapshot acquire and release included), at 1, 2, 8 and 32 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ThroughputBenchmark {

    /** Single-threaded warm-up in each fork before JMH's own warm-up iterations. */
    static final int WARM_UP_SECONDS = 15;

    @Param({BenchKnowledge.REAL, BenchKnowledge.GENERATED})
    public String knowledge;

    private BenchKnowledge bench;
    private KnowledgeService service;

    @Setup
    public void setUp() throws Exception {
        bench = BenchKnowledge.of(knowledge);
        service = KnowledgeService.start(bench.folder(), new KnowledgeLoader(), Clock.systemUTC(), AuditLog.none());
        // With 32 askers on 2 cores the JIT compiler threads get a sliver of the CPU, and the
        // timed iterations would measure compilation; one thread warms the code up first.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        while (System.nanoTime() < until) {
            for (String question : bench.questions()) {
                service.ask(Question.of(question));
            }
        }
    }

    @TearDown
    public void tearDown() {
        service.close();
    }

    @Benchmark
    @Threads(1)
    public Asked threads01(Questions questions) {
        return service.ask(Question.of(questions.next(bench.questions())));
    }

    @Benchmark
    @Threads(2)
    public Asked threads02(Questions questions) {
        return service.ask(Question.of(questions.next(bench.questions())));
    }

    @Benchmark
    @Threads(8)
    public Asked threads08(Questions questions) {
        return service.ask(Question.of(questions.next(bench.questions())));
    }

    @Benchmark
    @Threads(32)
    public Asked threads32(Questions questions) {
        return service.ask(Question.of(questions.next(bench.questions())));
    }
}
