package dev.summitbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summitbot.answer.Answer;
import dev.summitbot.answer.Citation;
import dev.summitbot.answer.CitedSource;
import dev.summitbot.answer.Summary;
import dev.summitbot.cluster.ClusterMember;
import dev.summitbot.cluster.ProcessStatus;
import dev.summitbot.knowledge.KnowledgeProblem;
import dev.summitbot.knowledge.Source;
import dev.summitbot.knowledge.SourceReport;
import dev.summitbot.service.About;
import dev.summitbot.service.Asked;
import dev.summitbot.service.ReloadResult;
import dev.summitbot.service.SourceList;
import dev.summitbot.service.Summarized;

/** The JSON contract of the command line: one object per result, on one line. */
final class JsonView {

    static final ObjectMapper JSON = new ObjectMapper();

    private JsonView() {}

    static ObjectNode answer(String rawQuestion, Asked asked) {
        ObjectNode o = JSON.createObjectNode();
        o.put("question", rawQuestion);
        Answer answer = asked.answer();
        o.put("answered", answer instanceof Answer.Answered);
        o.put("outcome", answer.outcome().key());
        ArrayNode citations = JSON.createArrayNode();
        ArrayNode facts = JSON.createArrayNode();
        o.put("answer", answer.text());
        answer.citations().forEach(c -> citations.add(citation(c)));
        answer.factIds().forEach(facts::add);
        o.set("citations", citations);
        o.set("facts", facts);
        if (answer instanceof Answer.NoAnswer n) {
            ArrayNode suggestions = o.putArray("suggestions");
            n.suggestions().forEach(suggestions::add);
        }
        o.put("confidence", round(answer.confidence(), 1000));
        o.put("millis", round(asked.millis(), 1000));
        o.put("version", asked.version().label());
        o.put("followUpOf", asked.followUpOf().isEmpty() ? null : asked.followUpOf());
        return o;
    }

    static ObjectNode citation(Citation c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("n", c.n());
        o.put("source", c.sourceId());
        o.put("title", c.title());
        o.put("url", c.url().orElse(null));
        o.put("quote", c.quote());
        o.put("kind", c.notes() ? "notes" : "article");
        o.put("publisher", c.publisher().orElse(null));
        o.put("published", c.published().map(Object::toString).orElse(null));
        o.put("attribution", c.attribution());
        return o;
    }

    static ObjectNode summary(Summarized summarized) {
        Summary summary = summarized.summary();
        ObjectNode o = JSON.createObjectNode();
        o.put("topic", summary.topic().orElse(null));
        o.put("covered", summary.covered());
        ArrayNode bullets = o.putArray("bullets");
        summary.bullets().forEach(bullets::add);
        ArrayNode sources = o.putArray("sources");
        for (CitedSource source : summary.sources()) {
            ObjectNode s = sources.addObject();
            s.put("source", source.sourceId());
            s.put("title", source.title());
            s.put("url", source.url().orElse(null));
            ArrayNode quotes = s.putArray("quotes");
            source.quotes().forEach(c -> quotes.addObject().put("n", c.n()).put("quote", c.quote()));
        }
        o.put("version", summarized.version().label());
        return o;
    }

    /** {@code {sources[{id, title, publisher, url, published, tags}], version}}. */
    static ObjectNode sources(SourceList list) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode array = o.putArray("sources");
        for (Source s : list.sources()) {
            ObjectNode n = array.addObject();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("publisher", s.publisher().orElse(null));
            n.put("url", s.url().orElse(null));
            n.put("published", s.published().map(Object::toString).orElse(null));
            ArrayNode tags = n.putArray("tags");
            s.tags().forEach(tags::add);
        }
        o.put("version", list.version().label());
        return o;
    }

    /** {@code {bot, version, sources, passages, facts, lastReload, uptimeSeconds}}. */
    static ObjectNode about(About about) {
        ObjectNode o = JSON.createObjectNode();
        o.put("bot", about.bot());
        o.put("version", about.version().label());
        o.put("sources", about.sources());
        o.put("passages", about.passages());
        o.put("facts", about.facts());
        o.put("lastReload", about.lastReloadText());
        o.put("uptimeSeconds", about.uptime().toSeconds());
        return o;
    }

    /** {@code [{process, shards, knowledge, healthy, gateway, lastReload, generation, updatedAt, stale}]}, one per process. */
    static ArrayNode processes(ClusterMember cluster) {
        ArrayNode array = JSON.createArrayNode();
        for (ProcessStatus status : cluster.processes()) {
            ObjectNode o = array.addObject();
            o.put("process", status.process());
            o.put("shards", status.shards());
            o.put("knowledge", status.knowledge());
            o.put("healthy", status.healthy());
            o.put("gateway", status.gateway());
            o.put("lastReload", status.lastReload());
            o.put("generation", status.generation());
            o.put("updatedAt", status.updatedAt());
            o.put("stale", cluster.stale(status));
        }
        return array;
    }

    /**
     * {@code {ok, version, previousVersion, changes, errors[{file, line, column, message}], millis}}: the
     * command line's contract for {@code /reload} and {@code check --json} (the audit log has its own format).
     */
    static ObjectNode reload(ReloadResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ok", r.ok());
        o.put("version", r.version() == null ? null : r.version().label());
        o.put("previousVersion", r.previousVersion() == null ? null : r.previousVersion().label());
        o.set("changes", JSON.valueToTree(r.changes()));
        ArrayNode list = o.putArray("errors");
        for (KnowledgeProblem p : r.errors()) {
            list.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column()).put("message", p.message());
        }
        o.put("millis", r.millis());
        return o;
    }

    /** {@code check --json} on a valid folder: the reload fields, and per source its facts, and the disputed pairs. */
    static ObjectNode check(ReloadResult r, SourceReport report) {
        ObjectNode o = reload(r);
        ArrayNode sources = o.putArray("sources");
        for (SourceReport.Row row : report.rows()) {
            Source s = row.source();
            sources.addObject().put("id", s.id()).put("kind", s.kind().key()).put("title", s.title())
                    .put("publisher", s.publisher().orElse(null)).put("published", s.published().map(Object::toString).orElse(null))
                    .put("url", s.url().orElse(null)).put("passages", row.passages()).put("facts", row.facts())
                    .put("typed", row.typed()).put("dated", row.dated()).put("disputing", row.disputing());
        }
        ArrayNode disputed = o.putArray("disputed");
        report.disputed().forEach(p -> disputed.addObject().put("fact", p.fact().id()).put("source", p.fact().source())
                .put("disputes", p.disputes().id()).put("disputedSource", p.disputes().source()));
        return o;
    }

    static ObjectNode help(String text) {
        return JSON.createObjectNode().put("help", text);
    }

    static ObjectNode bye() {
        return JSON.createObjectNode().put("bye", true);
    }

    static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    static String line(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
