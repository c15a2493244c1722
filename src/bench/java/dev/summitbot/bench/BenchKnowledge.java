package dev.summitbot.bench;

import dev.summitbot.generate.GeneratorSettings;
import dev.summitbot.generate.KnowledgeGenerator;
import dev.summitbot.eval.EvalCase;
import dev.summitbot.eval.Evaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The knowledge a benchmark runs on, named by its {@code knowledge} parameter: {@code real} (the
 * project's {@code knowledge/}, asked the evaluation set), {@code 100k} (the generated 1,000
 * sources, 100,000 passages, 10,000 facts, asked its {@code questions.txt}), or a folder path
 * (asked its {@code questions.txt}). The project folder is {@code -Dsummitbot.home}, else the
 * working directory.
 */
record BenchKnowledge(String name, Path folder, List<String> questions) {

    static final String REAL = "real";
    static final String GENERATED = "100k";

    static BenchKnowledge of(String name) {
        try {
            if (REAL.equals(name)) {
                Path home = Path.of(System.getProperty("summitbot.home", ".")).toAbsolutePath().normalize();
                List<String> questions = Evaluator.load(home.resolve(Evaluator.DEFAULT_SET)).stream()
                        .map(EvalCase::question).toList();
                return new BenchKnowledge(name, home.resolve("knowledge"), questions);
            }
            Path folder = GENERATED.equals(name) ? generated(GeneratorSettings.BENCHMARK) : Path.of(name).toAbsolutePath();
            Path questions = folder.resolve("questions.txt");
            if (!Files.isRegularFile(questions)) {
                throw new IllegalArgumentException(folder + " has no questions.txt (one question a line) to ask");
            }
            return new BenchKnowledge(name, folder, Files.readAllLines(questions, StandardCharsets.UTF_8).stream()
                    .filter(q -> !q.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark knowledge `" + name + "`", e);
        }
    }

    /**
     * The generated folder for these settings, written once into the temp folder and reused (the
     * generator is deterministic, so a cached folder is the same as a new one).
     */
    static Path generated(GeneratorSettings settings) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path folder = tmp.resolve("summitbot-bench-" + settings.sources() + "s-" + settings.passages() + "p-"
                + settings.facts() + "f-seed" + settings.seed());
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path partial = Files.createTempDirectory(tmp, "summitbot-bench-partial-");
        new KnowledgeGenerator(settings).generate(partial);
        try {
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
            deleteTree(partial);
        }
        return folder;
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
