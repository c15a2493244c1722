package dev.summitbot.cli;

import dev.summitbot.App;
import dev.summitbot.eval.EvalCase;
import dev.summitbot.eval.EvalReport;
import dev.summitbot.eval.Evaluator;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.io.PrintWriter;
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

/** {@code summitbot eval}: the evaluation set, question by question, with totals. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the evaluation set and prints a per-question table and totals.",
                "Exits with 1 when fewer than 95% of either answerable or unanswerable questions are right."})
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    SummitBotCommand parent;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--file", paramLabel = "FILE", description = "Evaluation set (default: src/test/resources/eval/questions.yaml).")
    Path file;

    @Option(names = "--failures", description = "List only the questions that went wrong.")
    boolean failuresOnly;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        App app = parent.app();
        Path set = file != null ? file : app.resolve("src/test/resources/eval/questions.yaml");
        List<EvalCase> cases = Evaluator.load(set);
        Optional<KnowledgeService> opened = Knowledge.open(app, knowledge, spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return 1;
        }
        try (KnowledgeService service = opened.get()) {
            EvalReport report = Evaluator.run(service, cases);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-4s %-7s %-6s %-5s %-60s %s%n", "#", "expect", "result", "conf", "question", "verdict / answer");
            int i = 0;
            for (EvalReport.Row row : report.rows()) {
                i++;
                if (failuresOnly && row.correct()) {
                    continue;
                }
                out.printf(Locale.ROOT, "%-4d %-7s %-6s %.2f  %-60s %s%n", i, row.item().expect(), row.correct() ? "ok" : "WRONG",
                        row.confidence(), clip(row.item().question(), 60), row.correct() ? clip(row.answer(), 90) : row.verdict() + " — " + clip(row.answer(), 90));
            }
            out.printf(Locale.ROOT, "%nanswerable:   %d/%d right (%.1f%%)%nunanswerable: %d/%d declined (%.1f%%)%n",
                    report.answeredCorrectly(), report.answerable(), 100 * report.answerAccuracy(),
                    report.declinedCorrectly(), report.unanswerable(), 100 * report.abstainAccuracy());
            out.println(report.meetsTarget() ? "target (95% each) met" : "target (95% each) NOT met");
            out.flush();
            return report.meetsTarget() ? 0 : 1;
        }
    }

    private static String clip(String s, int max) {
        String one = s.replaceAll("[\\p{Cc}\\s]+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
