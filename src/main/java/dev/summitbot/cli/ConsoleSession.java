package dev.summitbot.cli;

import dev.summitbot.answer.Answer;
import dev.summitbot.cluster.ClusterMember;
import dev.summitbot.gaps.GapReport;
import dev.summitbot.gaps.GapsLog;
import dev.summitbot.gaps.Origin;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.Question;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** The console's commands, one input line at a time; separate from the terminal so tests drive it. */
final class ConsoleSession {

    /** What to print for one input line (nothing for a blank line in text mode) and whether to stop. */
    record Reply(Optional<String> output, boolean quit) {
        static Reply print(String text) {
            return new Reply(Optional.of(text), false);
        }
    }

    static final String HELP = String.join("\n",
            "Type a question, or one of:",
            "  /ask QUESTION     answer a question (same as typing it)",
            "  /summary [TOPIC]  a cited summary of everything, or of a topic",
            "  /sources          the loaded sources",
            "  /reload           reload the knowledge folder (the current knowledge stays if the new one has errors)",
            "  /about            versions, counts, last reload, uptime (and every process of a cluster)",
            "  /gaps             what was declined or answered in part, by topic, most asked first",
            "  /help             this list",
            "  /quit             leave");

    private final KnowledgeService service;
    private final boolean json;
    private final Optional<ClusterMember> cluster;
    /** Where declined and partial questions go: someone at the console asks as a member does. */
    private final GapsLog gaps;
    /** The console is one conversation: "what did he say?" follows the question before. */
    private final Conversation conversation = new Conversation(Clock.systemUTC());

    ConsoleSession(KnowledgeService service, boolean json) {
        this(service, json, Optional.empty(), GapsLog.none());
    }

    ConsoleSession(KnowledgeService service, boolean json, Optional<ClusterMember> cluster, GapsLog gaps) {
        this.service = service;
        this.json = json;
        this.cluster = cluster;
        this.gaps = gaps;
    }

    Reply handle(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("/")) {
            if (trimmed.isEmpty() && !json) {
                return new Reply(Optional.empty(), false);
            }
            return ask(line);
        }
        int space = trimmed.indexOf(' ');
        String command = (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
        String argument = space < 0 ? "" : trimmed.substring(space + 1).strip();
        return switch (command) {
            case "/ask" -> ask(argument);
            case "/summary" -> summary(argument);
            case "/sources" -> sources();
            case "/reload" -> reload();
            case "/about" -> about();
            case "/gaps" -> gaps();
            case "/help", "/?" -> Reply.print(json ? JsonView.line(JsonView.help(HELP)) : HELP);
            case "/quit", "/exit" -> new Reply(Optional.of(json ? JsonView.line(JsonView.bye()) : "Bye."), true);
            default -> error("unknown command " + command + "; /help lists the commands");
        };
    }

    private Reply ask(String question) {
        Question read = conversation.follow(Question.of(question));
        var asked = service.ask(read);
        if (asked.answer() instanceof Answer.Answered answered) {
            conversation.answered(read, answered.text(), asked.pronouns());
        }
        gaps.record(asked.answer(), asked.version().label(), Origin.CONSOLE);
        return Reply.print(json ? JsonView.line(JsonView.answer(question, asked)) : TextView.answer(asked));
    }

    private Reply summary(String topic) {
        var summarized = service.summarize(topic.isBlank() ? Optional.empty() : Optional.of(topic));
        return Reply.print(json ? JsonView.line(JsonView.summary(summarized)) : TextView.summary(summarized.summary()));
    }

    private Reply sources() {
        var sources = service.sources();
        return Reply.print(json ? JsonView.line(JsonView.sources(sources)) : TextView.sources(sources.sources()));
    }

    private Reply reload() {
        var result = service.reload("console");
        return Reply.print(json ? JsonView.line(JsonView.reload(result)) : TextView.reload(result));
    }

    private Reply about() {
        var about = service.about();
        if (json) {
            var line = JsonView.about(about);
            cluster.ifPresent(c -> line.set("processes", JsonView.processes(c)));
            return Reply.print(JsonView.line(line));
        }
        return Reply.print(about.describe() + "\nFolder: " + about.folder() + cluster.map(c -> "\n" + c.describe()).orElse(""));
    }

    /** The gaps log's topics, as {@code ./summitbot gaps} prints them (JSON: {@code {gaps: [...]}}). */
    private Reply gaps() {
        GapReport report;
        try {
            report = gaps.report(Optional.empty(), Integer.MAX_VALUE);
        } catch (IOException e) {
            return error("cannot read the gaps log: " + e.getMessage());
        }
        if (json) {
            var line = JsonView.JSON.createObjectNode();
            line.putArray("gaps").addAll(report.groups().stream().map(GapsCommand::json).toList());
            return Reply.print(JsonView.line(line));
        }
        return Reply.print(GapsCommand.text(report));
    }

    private Reply error(String message) {
        return Reply.print(json ? JsonView.line(JsonView.error(message)) : message);
    }
}
