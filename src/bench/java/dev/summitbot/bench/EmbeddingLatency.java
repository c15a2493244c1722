package dev.summitbot.bench;

import dev.summitbot.answer.Answering;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.question.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Sentence-embedding experiment (docs/benchmarks.md, "Sentence embeddings"): index build time and
 * per-answer latency over a file of questions, in one JVM, with whatever {@code summitbot.embed.*}
 * properties are set. Runs from the plain jar and its lib folder:
 * {@code java -Dsummitbot.embed.model=minilm -cp 'target/summitbot.jar:target/lib/*' src/bench/java/dev/summitbot/bench/EmbeddingLatency.java knowledge QUESTIONS}
 */
public final class EmbeddingLatency {

    public static void main(String[] args) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(Path.of(args[0]));
        List<String> questions = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try (Answering answering = Answering.over(knowledge)) {
            long built = System.nanoTime();
            long first0 = System.nanoTime();
            answering.engine().answer(Question.of(questions.get(0)));
            long first = System.nanoTime() - first0;
            for (int round = 1; round <= 3; round++) {
                long[] nanos = new long[questions.size()];
                for (int i = 0; i < questions.size(); i++) {
                    long t = System.nanoTime();
                    answering.engine().answer(Question.of(questions.get(i)));
                    nanos[i] = System.nanoTime() - t;
                }
                Arrays.sort(nanos);
                System.out.printf("round %d: p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", round,
                        nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
            }
            System.out.printf("build (index + embeddings) %.0f ms, first answer %.1f ms%n", (built - start) / 1e6, first / 1e6);
        }
    }
}
