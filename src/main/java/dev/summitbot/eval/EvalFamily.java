package dev.summitbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluation sets written from the same sources: a development half and a sealed half, asked
 * against the sources they were written from.
 *
 * @param label added to each set's name in reports ("" for the first family)
 * @param defaultSet a file of development questions outside the folder, or null
 * @param sourcesFile the file listing the sources the sets were written from; absent: every source
 */
public record EvalFamily(String label, String defaultSet, String devFolder, String sealedFolder, String sourcesFile) {

    /** The sets written from the summit article (issue 9). */
    public static final EvalFamily ARTICLE = new EvalFamily("", Evaluator.DEFAULT_SET, Evaluator.DEV_FOLDER,
            Evaluator.SEALED_FOLDER, Evaluator.SOURCES_FILE);

    /** The sets written from the notes on public reports (issue 12), asked against all the knowledge. */
    public static final EvalFamily REPORTS = new EvalFamily(" (reports)", null, "eval/reports/dev", "eval/reports/sealed",
            "eval/reports/sources.txt");

    public static final List<EvalFamily> ALL = List.of(ARTICLE, REPORTS);

    /** The family's development questions: the default set, then the dev folder's files; empty when it has none. */
    public List<EvalCase> development(Function<String, Path> resolve) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        if (defaultSet != null) {
            cases.addAll(Evaluator.load(resolve.apply(defaultSet)));
        }
        Path folder = resolve.apply(devFolder);
        if (Files.isDirectory(folder)) {
            cases.addAll(Evaluator.loadFolder(folder));
        }
        return cases;
    }

    /** The sealed questions; empty when the family has no sealed folder. */
    public List<EvalCase> sealed(Function<String, Path> resolve) throws IOException {
        Path folder = resolve.apply(sealedFolder);
        return Files.isDirectory(folder) ? Evaluator.loadFolder(folder) : List.of();
    }

    /** The sources its sets are answered from (all when the file is absent). */
    public Set<String> sources(Function<String, Path> resolve) throws IOException {
        return Evaluator.writtenFrom(resolve.apply(sourcesFile));
    }
}
