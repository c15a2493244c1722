package dev.summitbot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summitbot.answer.Summary;
import dev.summitbot.service.Asked;
import dev.summitbot.service.BotInfo;
import dev.summitbot.service.KnowledgeService;
import dev.summitbot.service.ReloadResult;
import dev.summitbot.service.Snapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
            "  /about            versions, counts, last reload, uptime",
            "  /help             this list",
            "  /quit             leave");

    private final KnowledgeService service;
    private final boolean json;
    private final Clock clock;
    private final Instant started;

    ConsoleSession(KnowledgeService service, boolean json, Clock clock) {
        this.service = service;
        this.json = json;
        this.clock = clock;
        this.started = clock.instant();
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
            case "/help", "/?" -> Reply.print(json ? ConsoleCommand.json(JsonView.JSON.createObjectNode().put("help", HELP)) : HELP);
            case "/quit", "/exit" -> new Reply(Optional.of(json ? ConsoleCommand.json(JsonView.JSON.createObjectNode().put("bye", true)) : "Bye."), true);
            default -> error("unknown command " + command + "; /help lists the commands");
        };
    }

    private Reply ask(String question) {
        Asked asked = service.ask(question);
        return Reply.print(json ? JsonView.line(JsonView.answer(question, asked)) : TextView.answer(asked));
    }

    private Reply summary(String topic) {
        Optional<String> t = topic.isBlank() ? Optional.empty() : Optional.of(topic);
        return service.with(snapshot -> {
            Summary summary = snapshot.summarizer().summarize(t);
            return Reply.print(json ? JsonView.line(JsonView.summary(summary, snapshot.version().label())) : TextView.summary(summary));
        });
    }

    private Reply sources() {
        return service.with(snapshot -> {
            if (!json) {
                return Reply.print(TextView.sources(snapshot.knowledge().sources()));
            }
            ObjectNode o = JsonView.JSON.createObjectNode();
            var array = o.putArray("sources");
            snapshot.knowledge().sources().forEach(s -> {
                ObjectNode n = array.addObject();
                n.put("id", s.id());
                n.put("title", s.title());
                n.put("publisher", s.publisher().orElse(null));
                n.put("url", s.url().orElse(null));
                n.put("published", s.published().map(Object::toString).orElse(null));
                var tags = n.putArray("tags");
                s.tags().forEach(tags::add);
            });
            o.put("version", snapshot.version().label());
            return Reply.print(JsonView.line(o));
        });
    }

    private Reply reload() {
        ReloadResult result = service.reload("console");
        return Reply.print(json ? JsonView.line(JsonView.reload(result)) : TextView.reload(result));
    }

    private Reply about() {
        Duration uptime = Duration.between(started, clock.instant());
        return service.with((Snapshot snapshot) -> {
            if (!json) {
                return Reply.print(BotInfo.describe(snapshot, service.lastReload(), uptime) + "\nFolder: " + service.folder());
            }
            var k = snapshot.knowledge();
            ObjectNode o = JsonView.JSON.createObjectNode();
            o.put("bot", BotInfo.version());
            o.put("version", snapshot.version().label());
            o.put("sources", k.sources().size());
            o.put("passages", k.passages().size());
            o.put("facts", k.facts().size());
            o.put("lastReload", BotInfo.lastReload(service.lastReload()));
            o.put("uptimeSeconds", uptime.toSeconds());
            return Reply.print(JsonView.line(o));
        });
    }

    private Reply error(String message) {
        return Reply.print(json ? ConsoleCommand.json(JsonView.JSON.createObjectNode().put("error", message)) : message);
    }
}
