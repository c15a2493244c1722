package dev.summitbot.bench;

import dev.summitbot.question.Question;
import dev.summitbot.answer.Answer;
import dev.summitbot.answer.AnswerEngine;
import dev.summitbot.answer.Answering;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.TopDocs;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one question, one thread: the full answer path (clean, read, weigh, correct spelling,
 * BM25 search sorted by score then id, coverage, compose a cited answer) against the bare Lucene
 * floor on the same index and analyzer, and the answer path's query shape alone ({@link
 * BareLucene#twoFields}). Sampled, so p50 and p99 are reported.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AnswerBenchmark {

    @Param({BenchKnowledge.REAL, BenchKnowledge.GENERATED})
    public String knowledge;

    private BenchKnowledge bench;
    private Answering answering;
    private AnswerEngine engine;
    /** The bare baselines' index: built the same way as the engine's, from the same knowledge. */
    private KnowledgeIndex index;

    @Setup
    public void setUp() throws Exception {
        bench = BenchKnowledge.of(knowledge);
        Knowledge loaded = new KnowledgeLoader().load(bench.folder());
        answering = Answering.over(loaded);
        engine = answering.engine();
        index = KnowledgeIndex.build(loaded);
    }

    @TearDown
    public void tearDown() throws IOException {
        answering.close();
        index.close();
    }

    @Benchmark
    public Answer fullAnswer(Questions questions) {
        return engine.answer(Question.of(questions.next(bench.questions())));
    }

    @Benchmark
    public TopDocs bareLucene(Questions questions) {
        return BareLucene.search(index, questions.next(bench.questions()));
    }

    @Benchmark
    public TopDocs twoFieldLucene(Questions questions) {
        return BareLucene.twoFields(index, questions.next(bench.questions()));
    }
}
