package dev.summitbot.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML mappings while keeping the line of every key, so that problems can name it.
 * Alias expansion, nesting depth and document size are bounded by {@link KnowledgeLimits}.
 */
final class LocatedYaml {

    /** A mapping's entries in file order, each with the 1-based line and column of its key. */
    record Entry(String key, JsonNode value, int line, int column) {}

    record Mapping(int line, Map<String, Entry> entries) {}

    /** Thrown for YAML that is not well formed; carries the position relative to the text parsed. */
    static final class YamlSyntaxException extends Exception {
        final int line;
        final int column;

        YamlSyntaxException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final ObjectMapper mapper;

    LocatedYaml(KnowledgeLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxYamlAliases());
        options.setNestingDepthLimit(limits.maxYamlDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowRecursiveKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxYamlDepth()).build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /**
     * Parses a document that must be one mapping. Duplicate keys are reported as problems.
     *
     * @param lineOffset added to every line, for YAML embedded in a larger file
     */
    Mapping readMapping(String text, String file, int lineOffset, Problems problems) throws YamlSyntaxException {
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Mapping(lineOffset + 1, Map.of());
            }
            if (first != JsonToken.START_OBJECT) {
                throw syntax("expected a mapping of `key: value` lines, found " + describe(first), parser, lineOffset);
            }
            return readEntries(parser, file, lineOffset, problems);
        } catch (JsonProcessingException e) {
            throw syntax(e, lineOffset);
        } catch (IOException e) {
            throw new YamlSyntaxException(e.getMessage(), lineOffset + 1, 0);
        }
    }

    /** Parses a document that must be a sequence of mappings (an empty document is an empty list). */
    List<Mapping> readSequenceOfMappings(String text, String file, Problems problems) throws YamlSyntaxException {
        List<Mapping> items = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return items;
            }
            if (first != JsonToken.START_ARRAY) {
                throw syntax("expected a list of facts, each starting with `- id:`, found " + describe(first), parser, 0);
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == JsonToken.START_OBJECT) {
                    items.add(readEntries(parser, file, 0, problems));
                } else {
                    JsonLocation at = parser.currentTokenLocation();
                    problems.add(file, at.getLineNr(), at.getColumnNr(),
                            "expected a fact (a mapping with `id:`, `subject:` …), found " + describe(token));
                    parser.skipChildren();
                }
            }
            return items;
        } catch (JsonProcessingException e) {
            throw syntax(e, 0);
        } catch (IOException e) {
            throw new YamlSyntaxException(e.getMessage(), 1, 0);
        }
    }

    private static Mapping readEntries(JsonParser parser, String file, int lineOffset, Problems problems)
            throws IOException {
        int line = parser.currentTokenLocation().getLineNr() + lineOffset;
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation at = parser.currentTokenLocation();
            String key = parser.currentName();
            parser.nextToken();
            JsonNode value = parser.readValueAsTree();
            Entry entry = new Entry(key, value, at.getLineNr() + lineOffset, at.getColumnNr());
            if (entries.putIfAbsent(key, entry) != null) {
                problems.add(file, entry.line(), entry.column(), "duplicate field `" + key + "`");
            }
        }
        return new Mapping(line, entries);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_STRING -> "plain text";
            case VALUE_NULL -> "an empty value";
            default -> "a " + token.asString();
        };
    }

    private static YamlSyntaxException syntax(String message, JsonParser parser, int lineOffset) {
        JsonLocation at = parser.currentTokenLocation();
        return new YamlSyntaxException(message, at.getLineNr() + lineOffset, at.getColumnNr());
    }

    private static YamlSyntaxException syntax(JsonProcessingException e, int lineOffset) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.lines().findFirst().orElse(message).strip();
        if (at == null || at.getLineNr() < 1) {
            return new YamlSyntaxException("malformed YAML: " + message, lineOffset + 1, 0);
        }
        return new YamlSyntaxException("malformed YAML: " + message, at.getLineNr() + lineOffset, at.getColumnNr());
    }
}
