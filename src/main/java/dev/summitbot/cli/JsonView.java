package dev.summitbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summitbot.answer.Answer;
import dev.summitbot.answer.Citation;
import dev.summitbot.answer.Summary;
import dev.summitbot.service.Asked;
import dev.summitbot.service.ReloadResult;

/** The JSON contract of the command line: one object per result, on one line. */
final class JsonView {

    static final ObjectMapper JSON = new ObjectMapper();

    private JsonView() {}

    static ObjectNode answer(String rawQuestion, Asked asked) {
        ObjectNode o = JSON.createObjectNode();
        o.put("question", rawQuestion);
        Answer answer = asked.answer();
        o.put("answered", answer instanceof Answer.Answered);
        ArrayNode citations = JSON.createArrayNode();
        ArrayNode facts = JSON.createArrayNode();
        if (answer instanceof Answer.Answered a) {
            o.put("answer", a.text());
            a.citations().forEach(c -> citations.add(citation(c)));
            a.factIds().forEach(facts::add);
        } else if (answer instanceof Answer.NoAnswer n) {
            o.put("answer", n.reason());
        }
        o.set("citations", citations);
        o.set("facts", facts);
        if (answer instanceof Answer.NoAnswer n) {
            ArrayNode suggestions = o.putArray("suggestions");
            n.suggestions().forEach(suggestions::add);
        }
        o.put("confidence", round(answer.confidence(), 1000));
        o.put("millis", round(asked.millis(), 1000));
        o.put("version", asked.version().label());
        return o;
    }

    static ObjectNode citation(Citation c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("n", c.n());
        o.put("source", c.sourceId());
        o.put("title", c.title());
        o.put("url", c.url().orElse(null));
        o.put("quote", c.quote());
        return o;
    }

    static ObjectNode summary(Summary summary, String version) {
        ObjectNode o = JSON.createObjectNode();
        o.put("topic", summary.topic().orElse(null));
        o.put("covered", summary.covered());
        ArrayNode bullets = o.putArray("bullets");
        summary.bullets().forEach(bullets::add);
        ArrayNode citations = o.putArray("citations");
        summary.citations().forEach(c -> citations.add(citation(c)));
        o.put("version", version);
        return o;
    }

    static ObjectNode reload(ReloadResult r) {
        return r.toJson();
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
