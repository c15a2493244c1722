package dev.summitbot.gaps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * One line of the gaps log: a question the knowledge did not (fully) answer. The line's format is
 * this record's own ({@link #toJson}), shown in README "What the knowledge lacks".
 *
 * @param question the cleaned question the bot read, at most {@link GapsLog#MAX_QUESTION_CHARS}
 * @param outcome {@code declined} or {@code partial}
 * @param missing for a partial answer, what the sources do not say ("when", "where", …); null otherwise
 * @param version the knowledge version that could not answer
 */
public record GapEntry(Instant at, String question, String outcome, String missing, Origin origin, String version) {

    public static final String DECLINED = "declined";
    public static final String PARTIAL = "partial";
    private static final Set<String> OUTCOMES = Set.of(DECLINED, PARTIAL);
    private static final ObjectMapper JSON = new ObjectMapper();

    ObjectNode toJson() {
        ObjectNode line = JSON.createObjectNode();
        line.put("at", at.toString());
        line.put("question", question);
        line.put("outcome", outcome);
        if (missing != null) {
            line.put("missing", missing);
        }
        line.put("from", origin.kind());
        if (origin.guildId() != null) {
            line.put("guild", origin.guildId());
        }
        if (origin.channelId() != null) {
            line.put("channel", origin.channelId());
        }
        line.put("version", version);
        return line;
    }

    /** The entry a line holds; empty for a line that is JSON but not a gaps entry (a corrupt line). */
    static Optional<GapEntry> fromJson(JsonNode line) {
        if (!line.isObject() || !line.path("question").isTextual() || !OUTCOMES.contains(line.path("outcome").asText())
                || !line.path("from").isTextual()) {
            return Optional.empty();
        }
        try {
            Instant at = Instant.parse(line.path("at").asText());
            Origin origin = new Origin(line.path("from").asText(), text(line, "guild"), text(line, "channel"));
            return Optional.of(new GapEntry(at, line.path("question").asText(), line.path("outcome").asText(),
                    text(line, "missing"), origin, line.path("version").asText("")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
