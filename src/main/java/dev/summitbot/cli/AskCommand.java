package dev.summitbot.cli;

import dev.summitbot.service.Asked;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summitbot ask}: one question from the arguments, or one per line of standard input. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers a question with cited sources.",
                "Without a QUESTION, reads one question per line from standard input and writes one result per line."})
final class AskCommand implements Callable<Integer> {

    @ParentCommand
    SummitBotCommand parent;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--json", description = "One JSON object per result, on one line.")
    boolean json;

    @Option(names = "--explain", description = "Also print, to standard error, how the question was read and the top hits.")
    boolean explain;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (several words are joined).")
    List<String> words;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<KnowledgeService> opened = Knowledge.open(parent.app(), knowledge, spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return 1;
        }
        try (KnowledgeService service = opened.get()) {
            if (words != null && !words.isEmpty()) {
                String question = String.join(" ", words);
                Asked asked = service.ask(question);
                if (explain) {
                    String explained = service.with(s -> Explain.render(s.engine().explain(question)));
                    spec.commandLine().getErr().println(explained);
                }
                out.println(json ? JsonView.line(JsonView.answer(question, asked)) : TextView.answer(asked));
                out.flush();
                return 0;
            }
            InputLines lines = new InputLines(parent.in());
            String line;
            while ((line = lines.next()) != null) {
                Asked asked = service.ask(line);
                out.println(json ? JsonView.line(JsonView.answer(line, asked)) : TextView.answerLine(asked));
                out.flush();
            }
            return 0;
        }
    }
}
