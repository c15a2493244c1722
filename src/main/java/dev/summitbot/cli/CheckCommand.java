package dev.summitbot.cli;

import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.knowledge.Printable;
import dev.summitbot.knowledge.SourceReport;
import dev.summitbot.service.KnowledgeService;
import dev.summitbot.service.ReloadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summitbot check}: validates the knowledge folder exactly as a reload would. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates the knowledge folder as a reload would, printing every problem as file:line:column: message;",
                "when valid, reports per source its facts (typed, dated, disputing another) and lists the disputed pairs.",
                "Exits with 1 when there is any problem."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    SummitBotCommand parent;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandContext context = parent.context();
        Path folder = context.knowledgeFolder(knowledge.override());
        ReloadResult result = KnowledgeService.check(folder, new KnowledgeLoader(), context.clock());
        String name = Printable.of(folder.toString());
        PrintWriter out = spec.commandLine().getOut();
        Optional<SourceReport> report = result.ok() ? report(folder) : Optional.empty();
        if (json) {
            out.println(JsonView.line(report.map(r -> JsonView.check(result, r)).orElseGet(() -> JsonView.reload(result))));
        } else if (result.ok()) {
            out.println("OK: " + name + " is valid (" + result.changes().sources().added() + " sources, "
                    + result.changes().passages().added() + " passages, " + result.changes().facts().added()
                    + " facts; version " + result.version().hash() + "; " + result.millis() + " ms)");
            report.ifPresent(r -> out.println(TextView.sourceReport(r)));
        } else {
            out.println(result.errors().size() + " problem(s) in " + name + ":");
            out.println(TextView.problems(result));
        }
        out.flush();
        return result.ok() ? 0 : 1;
    }

    /** The per-source report of a folder that just checked valid; empty if it changed meanwhile and no longer loads. */
    private static Optional<SourceReport> report(Path folder) {
        try {
            return Optional.of(SourceReport.of(new KnowledgeLoader().load(folder)));
        } catch (KnowledgeException e) {
            return Optional.empty();
        }
    }
}
