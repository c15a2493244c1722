package dev.summitbot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summitbot.gaps.GapGroup;
import dev.summitbot.gaps.GapReport;
import dev.summitbot.gaps.GapsLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summitbot gaps}: what members asked that the knowledge declined or answered in part, by topic. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = {"Lists the questions the bot declined or answered in part (from logs.gaps), grouped by topic,",
                "most asked first: which report to add to the knowledge next. Lines older than",
                "logs.gapsRetentionDays are ignored (and dropped from the file)."})
final class GapsCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @ParentCommand
    SummitBotCommand parent;

    @Option(names = "--since", paramLabel = "DAYS", description = "Only questions of the last DAYS days (default: all kept).")
    Integer since;

    @Option(names = "--limit", paramLabel = "N", description = "At most N topics (default: all).")
    Integer limit;

    @Option(names = "--json", description = "One JSON object per topic, on one line.")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (since != null && since < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--since must be at least 1 day, not " + since);
        }
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        GapsLog log = parent.context().gaps();
        GapReport report = log.report(Optional.ofNullable(since).map(Duration::ofDays), limit == null ? Integer.MAX_VALUE : limit);
        PrintWriter out = spec.commandLine().getOut();
        if (report.skipped() > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("summitbot: skipped " + report.skipped() + " unreadable line(s) in " + log.file().map(Object::toString).orElse("the gaps log"));
            err.flush();
        }
        if (json) {
            report.groups().forEach(group -> out.println(JsonView.line(json(group))));
        } else {
            out.println(text(report));
        }
        out.flush();
        return 0;
    }

    static ObjectNode json(GapGroup group) {
        ObjectNode o = JsonView.JSON.createObjectNode();
        o.putArray("topic").addAll(group.topic().stream().map(JsonView.JSON.getNodeFactory()::textNode).toList());
        o.put("question", group.question());
        o.put("count", group.count());
        o.put("declined", group.declined());
        o.put("partial", group.partial());
        ObjectNode missing = o.putObject("missing");
        group.missing().forEach(missing::put);
        o.put("first", group.first().toString());
        o.put("last", group.last().toString());
        o.put("channels", group.channels());
        return o;
    }

    static String text(GapReport report) {
        long days = report.window().toDays();
        if (report.groups().isEmpty()) {
            return "No question was declined or answered in part in the last " + days + " days.";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(report.questions()).append(" question(s) in ").append(report.totalGroups())
                .append(" topic(s) the knowledge lacks, last ").append(days).append(" days, most asked first:\n");
        sb.append(String.format("%5s %8s %7s %8s  %-10s  %-10s  %s%n", "ASKED", "DECLINED", "PARTIAL", "CHANNELS", "FIRST", "LAST",
                "TOPIC: MOST ASKED WORDING (MISSING)"));
        for (GapGroup g : report.groups()) {
            String missing = g.missing().isEmpty() ? "" : " (missing " + String.join(", ", g.missing().entrySet().stream()
                    .map(e -> e.getKey() + " ×" + e.getValue()).toList()) + ")";
            sb.append(String.format("%5d %8d %7d %8d  %-10s  %-10s  %s: \"%s\"%s%n", g.count(), g.declined(), g.partial(), g.channels(),
                    day(g.first()), day(g.last()), g.topicLabel(), g.question(), missing));
        }
        if (report.groups().size() < report.totalGroups()) {
            sb.append("… and ").append(report.totalGroups() - report.groups().size()).append(" more topic(s)\n");
        }
        return sb.toString().stripTrailing();
    }

    private static String day(Instant at) {
        return DAY.format(at);
    }
}
