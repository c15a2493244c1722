package dev.summitbot.cli;

import dev.summitbot.generate.GeneratorSettings;
import dev.summitbot.generate.KnowledgeGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summitbot generate}: a synthetic knowledge folder of a chosen size, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic knowledge folder for benchmarks (docs/benchmarks.md).",
                "Sources of news-like text, facts quoting them, synonyms, and questions.txt, a mixed question list.",
                "The same seed writes the same folder."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write; must not exist or be empty.")
    Path out;

    @Option(names = "--sources", paramLabel = "N", defaultValue = "1000", description = "Source files (default: ${DEFAULT-VALUE}).")
    int sources;

    @Option(names = "--passages", paramLabel = "N", defaultValue = "100000",
            description = "Passages (sentences) in all sources, headlines included (default: ${DEFAULT-VALUE}).")
    int passages;

    @Option(names = "--facts", paramLabel = "N", defaultValue = "10000", description = "Facts (default: ${DEFAULT-VALUE}).")
    int facts;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(sources, passages, facts, seed);
        } catch (IllegalArgumentException e) {
            err.println("summitbot generate: " + e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        KnowledgeGenerator.Result result;
        try {
            result = new KnowledgeGenerator(settings).generate(this.out.toAbsolutePath().normalize());
        } catch (IOException e) {
            err.println("summitbot generate: " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "Wrote %s: %d sources, %d passages, %d facts, %d synonym lines, %d questions"
                        + " (%.1f MB; %.1f words per sentence, %d content word forms; %d ms)%n",
                result.folder(), result.sources(), result.passages(), result.facts(), result.synonymLines(), result.questions(),
                result.bytes() / 1e6, result.meanSentenceWords(), result.contentWordForms(), (System.nanoTime() - start) / 1_000_000);
        out.flush();
        return 0;
    }
}
