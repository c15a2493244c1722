package dev.summitbot.cli;

import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.knowledge.Printable;
import dev.summitbot.service.KnowledgeService;
import dev.summitbot.service.ReloadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summitbot check}: validates the knowledge folder exactly as a reload would. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates the knowledge folder as a reload would, printing every problem as file:line:column: message.",
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
        if (json) {
            out.println(JsonView.line(JsonView.reload(result)));
        } else if (result.ok()) {
            out.println("OK: " + name + " is valid (" + result.changes().sources().added() + " sources, "
                    + result.changes().passages().added() + " passages, " + result.changes().facts().added()
                    + " facts; version " + result.version().hash() + "; " + result.millis() + " ms)");
        } else {
            out.println(result.errors().size() + " problem(s) in " + name + ":");
            out.println(TextView.problems(result));
        }
        out.flush();
        return result.ok() ? 0 : 1;
    }
}
