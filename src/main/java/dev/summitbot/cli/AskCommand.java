package dev.summitbot.cli;

import dev.summitbot.question.Question;
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

    /** With {@code --explain}, how the question is read, to standard error (one block per question in batch mode). */
    private void explain(KnowledgeService service, Question question) {
        if (explain) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(Explain.render(question.asked(), service.explain(question)));
            err.flush();
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        // one question on the command line is the process's only one: warming up for later ones would only delay it
        boolean one = words != null && !words.isEmpty();
        Optional<KnowledgeService> opened = one ? knowledge.openForOneQuestion(parent.context(), spec.commandLine().getErr())
                : knowledge.open(parent.context(), spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return 1;
        }
        try (KnowledgeService service = opened.get()) {
            if (one) {
                Question question = Question.of(String.join(" ", words));
                explain(service, question);
                Asked asked = service.ask(question);
                out.println(json ? JsonView.line(JsonView.answer(question.asked(), asked)) : TextView.answer(asked));
                out.flush();
                return 0;
            }
            InputLines lines = new InputLines(parent.in());
            String line;
            while ((line = lines.next()) != null) {
                Question question = Question.of(line);
                explain(service, question);
                Asked asked = service.ask(question);
                out.println(json ? JsonView.line(JsonView.answer(line, asked)) : TextView.answerLine(asked));
                out.flush();
            }
            return 0;
        }
    }
}
