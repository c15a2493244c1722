package dev.summitbot.cli;

import dev.summitbot.answer.Calibration;
import dev.summitbot.eval.Calibrating;
import dev.summitbot.eval.EvalCase;
import dev.summitbot.eval.EvalFamily;
import dev.summitbot.eval.EvalReport;
import dev.summitbot.eval.Evaluator;
import dev.summitbot.eval.Transcript;
import dev.summitbot.service.KnowledgeService;
import dev.summitbot.text.Ellipsis;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code summitbot eval}: the evaluation sets with totals per kind of question. The development
 * set is shown question by question; the sealed test set only as totals, so nobody tunes on it.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the evaluation sets: the development set (" + Evaluator.DEFAULT_SET + " and " + Evaluator.DEV_FOLDER
                + "/, question by question) and the sealed test set (" + Evaluator.SEALED_FOLDER + "/, totals only), answered "
                + "from the sources they were written from (" + Evaluator.SOURCES_FILE + ").",
                "Exits with 1 when a set misses a target: answerable and follow-up questions "
                        + EvalReport.ANSWER_TARGET_PERCENT + "%% right, unanswerable ones " + EvalReport.TARGET_PERCENT
                        + "%% not answered, hostile ones all safe."})
final class EvalCommand implements Callable<Integer> {

    enum Set { dev, sealed, all }

    @ParentCommand
    SummitBotCommand parent;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--set", paramLabel = "SET", description = "dev, sealed or all (default: all).")
    Set set = Set.all;

    @Option(names = "--file", paramLabel = "FILE", description = "One evaluation file instead of the sets, shown question by question.")
    Path file;

    @Option(names = "--failures", description = "List only the development questions that went wrong.")
    boolean failuresOnly;

    @Option(names = "--write-questions", paramLabel = "FILE",
            description = "Write the questions of one set (--set dev or sealed, or --file) to FILE, one per line, for another system to answer; nothing is printed.")
    Path questionsOut;

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "Score another system's replies (JSON Lines in the shape of ask --json, line n answering question n of "
                    + "--write-questions) by the bot's rules, instead of asking the bot.")
    Path replies;

    @Option(names = "--fit", paramLabel = "FILE",
            description = "Fit the answer calibration on the development set only and write it to FILE (the shipped one is "
                    + "src/main/resources/dev/summitbot/answer/" + Calibration.RESOURCE + "); prints its weights and curve.")
    Path fitOut;

    @Option(names = "--signals", paramLabel = "NAMES", split = ",",
            description = "With --fit: the signals the model weighs (default: coverage). Known: coverage, lead, focus, fact, unknownNames, paraphrased, missing.")
    List<String> signals = List.of("coverage");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandContext context = parent.context();
        PrintWriter out = spec.commandLine().getOut();
        if (questionsOut != null || replies != null || fitOut != null || file != null) {
            // One set of the first family: a transcript, a fit, or a file of questions written from the article.
            Optional<KnowledgeService> opened = open(context, EvalFamily.ARTICLE);
            if (opened.isEmpty()) {
                return 1;
            }
            try (KnowledgeService service = opened.get()) {
                if (questionsOut != null || replies != null) {
                    return transcript(context, service, out);
                }
                if (fitOut != null) {
                    return fit(context, service, out);
                }
                boolean met = report(out, file.toString(), service, Evaluator.load(file), true);
                out.flush();
                return met ? 0 : 1;
            }
        }
        boolean met = true;
        for (EvalFamily family : EvalFamily.ALL) {
            List<EvalCase> development = set == Set.sealed ? List.of() : family.development(context::resolve);
            List<EvalCase> sealed = set == Set.dev ? List.of() : family.sealed(context::resolve);
            if (development.isEmpty() && sealed.isEmpty()) {
                continue;
            }
            Optional<KnowledgeService> opened = open(context, family);
            if (opened.isEmpty()) {
                return 1;
            }
            try (KnowledgeService service = opened.get()) {
                if (!development.isEmpty()) {
                    met &= report(out, "development" + family.label(), service, development, true);
                }
                if (!sealed.isEmpty()) {
                    met &= report(out, "sealed test" + family.label(), service, sealed, false);
                }
            }
        }
        out.flush();
        return met ? 0 : 1;
    }

    /** The knowledge as the family's sets are asked: the whole folder checked, answering from their sources. */
    private Optional<KnowledgeService> open(CommandContext context, EvalFamily family) throws IOException {
        java.util.Set<String> sources = family.sources(context::resolve); // java.util: Set here is --set
        Optional<KnowledgeService> opened = knowledge.open(context, spec.commandLine().getErr(), sources);
        List<String> unknown = opened.map(service -> Evaluator.unknownSources(sources, service)).orElse(List.of());
        if (!unknown.isEmpty()) {
            // Questions asked of no source would all be declined, and the figures would mean nothing.
            opened.get().close();
            spec.commandLine().getErr().println("summitbot: " + family.sourcesFile() + " names source(s) the knowledge does not have: "
                    + String.join(", ", unknown));
            return Optional.empty();
        }
        return opened;
    }

    /** {@code --write-questions} and {@code --jsonl}: one set, written out for another system, or its replies scored. */
    private int transcript(CommandContext context, KnowledgeService service, PrintWriter out) throws IOException {
        if (file == null && set == Set.all) {
            spec.commandLine().getErr().println("summitbot: --write-questions and --jsonl need one set: --set dev, --set sealed or --file");
            return 2;
        }
        boolean sealed = file == null && set == Set.sealed;
        List<EvalCase> cases = file != null ? Evaluator.load(file)
                : sealed ? Evaluator.loadFolder(context.resolve(Evaluator.SEALED_FOLDER)) : development(context);
        if (questionsOut != null) {
            Transcript.writeQuestions(cases, questionsOut);
        }
        if (replies == null) {
            return 0;
        }
        EvalReport report;
        try {
            report = Transcript.judge(replies, cases, Evaluator.SourceTexts.of(service));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("summitbot: " + e.getMessage());
            return 2;
        }
        String name = (sealed ? "sealed test" : file != null ? file.toString() : "development") + " set, replies from " + replies;
        boolean met = report(out, name, report, !sealed);
        out.flush();
        return met ? 0 : 1;
    }

    private static List<EvalCase> development(CommandContext context) throws IOException {
        return EvalFamily.ARTICLE.development(context::resolve);
    }

    /** Runs one set, then prints its rows (when {@code rows}), totals and calibration curve (totals only, by bin). */
    private boolean report(PrintWriter out, String name, KnowledgeService service, List<EvalCase> cases, boolean rows) {
        boolean met = report(out, name, Evaluator.run(service, cases), rows);
        Calibrating.render(Evaluator.assess(service, cases)).forEach(out::println);
        out.println();
        return met;
    }

    /** {@code --fit}: the calibration fitted on the development set, written to FILE. */
    private int fit(CommandContext context, KnowledgeService service, PrintWriter out) throws IOException {
        if (file != null || set == Set.sealed) {
            spec.commandLine().getErr().println("summitbot: --fit learns from the development set only; leave out --file and --set sealed");
            return 2;
        }
        List<Calibrating.Example> examples = Evaluator.assess(service, development(context));
        Calibration fitted;
        try {
            fitted = Calibrating.fit(examples, signals);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("summitbot: " + e.getMessage());
            return 2;
        }
        try (Writer writer = Files.newBufferedWriter(fitOut, StandardCharsets.UTF_8)) {
            fitted.store(writer, "Fitted by ./summitbot eval --fit --signals " + String.join(",", signals) + " on the development set ("
                    + examples.size() + " questions: answerable, follow-ups, unanswerable), never on the sealed set.");
        }
        out.println("wrote " + fitOut + ":");
        Files.readAllLines(fitOut, StandardCharsets.UTF_8).forEach(line -> out.println("  " + line));
        Calibrating.render(Calibrating.under(fitted, examples)).forEach(out::println);
        out.printf(Locale.ROOT, "5-fold cross-validation on the development set: %d of %d decided right (answered a right answer or declined a wrong one)%n",
                Calibrating.crossValidated(examples, signals, 5), examples.size());
        out.flush();
        return 0;
    }

    /** Prints the rows (when {@code rows}) and the totals; true when every target of the set is met. */
    private boolean report(PrintWriter out, String name, EvalReport report, boolean rows) {
        out.printf("== %s set: %d questions%n", name, report.rows().size());
        if (rows) {
            out.printf("%-4s %-12s %-6s %-5s %-60s %s%n", "#", "kind", "result", "conf", "question", "verdict / answer");
            int i = 0;
            for (EvalReport.Row row : report.rows()) {
                i++;
                if (failuresOnly && row.correct()) {
                    continue;
                }
                out.printf(Locale.ROOT, "%-4d %-12s %-6s %.2f  %-60s %s%n", i, row.item().category().name().toLowerCase(Locale.ROOT),
                        row.correct() ? "ok" : "WRONG", row.confidence(), Ellipsis.oneLine(row.item().question(), 60),
                        row.correct() ? Ellipsis.oneLine(row.answer(), 90) : row.verdict() + " — " + Ellipsis.oneLine(row.answer(), 90));
            }
        }
        for (EvalCase.Category category : EvalCase.Category.values()) {
            long count = report.count(category);
            if (count > 0) {
                out.printf(Locale.ROOT, "%-13s %d/%d %s (%.1f%%)%n", category.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":",
                        report.right(category), count, EvalReport.rightMeans(category), 100.0 * report.right(category) / count);
            }
        }
        boolean met = report.meetsTargets();
        out.println("targets " + (met ? "met" : "NOT met"));
        return met;
    }
}
