package dev.summitbot.cli;

import dev.summitbot.service.KnowledgeService;
import dev.summitbot.service.ReloadTriggers;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summitbot console}: an interactive chat with the answer engine. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"An interactive chat: type a question, or a command (/help lists them).",
                "A SIGHUP to the process reloads the knowledge, as /reload does."})
final class ConsoleCommand implements Callable<Integer> {

    @ParentCommand
    SummitBotCommand parent;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--json", description = "One JSON object per input line.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandContext context = parent.context();
        PrintWriter out = spec.commandLine().getOut();
        Optional<KnowledgeService> opened = knowledge.open(context, spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return 1;
        }
        boolean interactive = System.console() != null && !json;
        try (KnowledgeService service = opened.get();
                ReloadTriggers triggers = ReloadTriggers.install(service, context.config().knowledge(), parent.hangups())) {
            ConsoleSession session = new ConsoleSession(service, json);
            if (interactive) {
                out.println("SummitBot " + SummitBotCommand.version() + ", knowledge " + service.version()
                        + ". Ask a question, or /help.");
            }
            InputLines lines = new InputLines(parent.in());
            while (true) {
                if (interactive) {
                    out.print("> ");
                    out.flush();
                }
                String line = lines.next();
                if (line == null) {
                    return 0;
                }
                ConsoleSession.Reply reply = session.handle(line);
                reply.output().ifPresent(out::println);
                out.flush();
                if (reply.quit()) {
                    return 0;
                }
            }
        }
    }
}
