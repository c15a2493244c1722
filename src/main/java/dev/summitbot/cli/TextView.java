package dev.summitbot.cli;

import dev.summitbot.answer.Answer;
import dev.summitbot.answer.Citation;
import dev.summitbot.answer.CitedSource;
import dev.summitbot.answer.Summary;
import dev.summitbot.knowledge.Printable;
import dev.summitbot.knowledge.Source;
import dev.summitbot.knowledge.SourceReport;
import dev.summitbot.service.Asked;
import dev.summitbot.service.ReloadResult;
import dev.summitbot.text.Ellipsis;
import java.util.List;
import java.util.stream.Collectors;

/** Plain-text rendering for people at a terminal. */
final class TextView {

    /** How much of the question a follow-up leans on is shown. */
    static final int FOLLOW_UP_SHOWN = 80;

    private TextView() {}

    static String answer(Asked asked) {
        StringBuilder sb = new StringBuilder();
        if (!asked.followUpOf().isEmpty()) {
            sb.append("(read as a follow-up to \"").append(Ellipsis.oneLine(asked.followUpOf(), FOLLOW_UP_SHOWN)).append("\")\n");
        }
        if (!(asked.answer() instanceof Answer.NoAnswer)) {
            sb.append(asked.answer().text()).append("\n\n");
            asked.answer().citations().forEach(c -> sb.append(citation(c)).append('\n'));
        } else if (asked.answer() instanceof Answer.NoAnswer n) {
            sb.append(n.reason()).append('\n');
            if (!n.suggestions().isEmpty()) {
                sb.append("You could ask:\n");
                n.suggestions().forEach(s -> sb.append("  - ").append(s).append('\n'));
            }
        }
        return sb.toString().stripTrailing();
    }

    /** The answer and its sources on one line, for batch mode's one result per input line. */
    static String answerLine(Asked asked) {
        if (!(asked.answer() instanceof Answer.NoAnswer)) {
            Answer a = asked.answer();
            return a.text() + " | " + a.citations().stream()
                    .map(c -> "[" + c.n() + "] " + c.sourceId() + (c.notes() ? " (our notes): " + oneLine(c.quote())
                            : ": \"" + oneLine(c.quote()) + "\""))
                    .collect(Collectors.joining(" | "));
        }
        Answer.NoAnswer n = (Answer.NoAnswer) asked.answer();
        return n.reason() + (n.suggestions().isEmpty() ? "" : " You could ask: " + String.join(" / ", n.suggestions()));
    }

    /** One line per source (kind, publisher, date; passages, facts typed, dated, disputing), then the disputed pairs. */
    static String sourceReport(SourceReport report) {
        StringBuilder sb = new StringBuilder("Sources:\n");
        for (SourceReport.Row row : report.rows()) {
            Source s = row.source();
            sb.append("  ").append(Printable.of(s.id())).append(" (").append(s.kind().key())
                    .append(s.publisher().map(p -> ", " + Printable.of(p)).orElse(""))
                    .append(s.published().map(d -> ", " + d).orElse("")).append("): ")
                    .append(row.passages()).append(" passages, ").append(row.facts()).append(" facts (")
                    .append(row.typed()).append(" typed, ").append(row.dated()).append(" dated, ")
                    .append(row.disputing()).append(" disputing another)\n");
        }
        if (report.disputed().isEmpty()) {
            sb.append("Disputed pairs: none");
        } else {
            sb.append("Disputed pairs:\n");
            report.disputed().forEach(p -> sb.append("  ").append(p.fact().id()).append(" (").append(p.fact().source())
                    .append(") disputes ").append(p.disputes().id()).append(" (").append(p.disputes().source()).append(")\n"));
        }
        return sb.toString().stripTrailing();
    }

    /** A published text's words in quotes; our notes on a report said to be ours, not in quotes. */
    static String citation(Citation c) {
        if (c.notes()) {
            return "[" + c.n() + "] " + capitalized(c.attribution()) + ": " + c.title() + " (" + c.sourceId()
                    + c.url().map(u -> ", " + u).orElse("") + ")\n"
                    + "    our notes: " + oneLine(c.quote());
        }
        return "[" + c.n() + "] " + c.title() + " (" + c.sourceId() + c.url().map(u -> ", " + u).orElse("") + ")\n"
                + "    \"" + oneLine(c.quote()) + "\"";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String summary(Summary summary) {
        if (!summary.covered()) {
            return summary.refusal();
        }
        StringBuilder sb = new StringBuilder("Summary" + summary.topic().map(t -> " of \"" + t + "\"").orElse("") + ":\n");
        summary.bullets().forEach(b -> sb.append("  • ").append(b).append('\n'));
        sb.append('\n');
        for (CitedSource source : summary.sources()) {
            sb.append(source.title()).append(" (").append(source.sourceId()).append(')')
                    .append(source.url().map(u -> " <" + u + ">").orElse("")).append('\n');
            source.quotes().forEach(c -> sb.append("    [").append(c.n()).append("] \"").append(oneLine(c.quote())).append("\"\n"));
        }
        return sb.toString().stripTrailing();
    }

    static String sources(List<Source> sources) {
        return sources.stream()
                .map(s -> "- " + s.id() + ": " + s.title()
                        + s.publisher().map(p -> " — " + p).orElse("")
                        + s.published().map(d -> " (" + d + ")").orElse("")
                        + s.url().map(u -> " <" + u + ">").orElse(""))
                .collect(Collectors.joining("\n"));
    }

    static String reload(ReloadResult r) {
        if (r.ok()) {
            return "Reloaded: knowledge " + r.version() + " is answering (was " + r.previousVersion() + "); "
                    + (r.changes().any() ? r.changes().describe() : "nothing changed") + "; " + r.millis() + " ms.";
        }
        return "Reload refused, " + r.errors().size() + " problem(s); knowledge " + r.previousVersion()
                + " keeps answering:\n" + problems(r);
    }

    static String problems(ReloadResult r) {
        return r.errors().stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    /** A quote on one line (terminals wrap it); quotes are never shortened, they are the evidence. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
