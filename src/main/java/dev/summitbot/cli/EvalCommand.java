package dev.summitbot.cli;

import dev.summitbot.text.Ellipsis;
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
                "Exits with 1 when fewer than " + EvalReport.TARGET_PERCENT + "% of either answerable or unanswerable questions are right."})
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    SummitBotCommand parent;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--file", paramLabel = "FILE", description = "Evaluation set (default: " + Evaluator.DEFAULT_SET + ").")
    Path file;

    @Option(names = "--failures", description = "List only the questions that went wrong.")
    boolean failuresOnly;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandContext context = parent.context();
        Path set = file != null ? file : context.resolve(Evaluator.DEFAULT_SET);
        List<EvalCase> cases = Evaluator.load(set);
        Optional<KnowledgeService> opened = knowledge.open(context, spec.commandLine().getErr());
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
                        row.confidence(), Ellipsis.oneLine(row.item().question(), 60),
                        row.correct() ? Ellipsis.oneLine(row.answer(), 90) : row.verdict() + " — " + Ellipsis.oneLine(row.answer(), 90));
            }
            out.printf(Locale.ROOT, "%nanswerable:   %d/%d right (%.1f%%)%nunanswerable: %d/%d declined (%.1f%%)%n",
                    report.answeredCorrectly(), report.answerable(), 100 * report.answerAccuracy(),
                    report.declinedCorrectly(), report.unanswerable(), 100 * report.abstainAccuracy());
            out.println("target (" + EvalReport.TARGET_PERCENT + "% each) " + (report.meetsTarget() ? "met" : "NOT met"));
            out.flush();
            return report.meetsTarget() ? 0 : 1;
        }
    }
}
