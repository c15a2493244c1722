package dev.summitbot.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML mappings while keeping the line of every key, so that problems can name it.
 * Nesting depth and document size are bounded by {@link KnowledgeLimits}. Aliases ({@code *name})
 * are refused: Jackson reads a scalar alias as the anchor's name, not its value, so an alias
 * would silently change what a fact says (and refusing them also stops alias bombs).
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

    private final KnowledgeLimits limits;
    private final ObjectMapper mapper;

    LocatedYaml(KnowledgeLimits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
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
        Document doc = open(text, file, lineOffset, problems);
        try (doc.parser) {
            JsonToken first = doc.parser.nextToken();
            if (first == null) {
                return new Mapping(lineOffset + 1, Map.of());
            }
            if (first != JsonToken.START_OBJECT) {
                throw syntax("expected a mapping of `key: value` lines, found " + describe(first), doc.parser, lineOffset);
            }
            Mapping mapping = doc.entries();
            doc.expectEnd("the front matter is one YAML mapping");
            return mapping;
        } catch (IOException e) {
            throw doc.failure(e);
        }
    }

    /** Parses a document that must be a sequence of mappings (an empty document is an empty list). */
    List<Mapping> readSequenceOfMappings(String text, String file, Problems problems) throws YamlSyntaxException {
        List<Mapping> items = new ArrayList<>();
        Document doc = open(text, file, 0, problems);
        try (doc.parser) {
            JsonToken first = doc.parser.nextToken();
            if (first == null) {
                return items;
            }
            if (first != JsonToken.START_ARRAY) {
                throw syntax("expected a list of facts, each starting with `- id:`, found " + describe(first), doc.parser, 0);
            }
            JsonToken token;
            while ((token = doc.parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                if (token == JsonToken.START_OBJECT) {
                    items.add(doc.entries());
                } else {
                    JsonLocation at = doc.parser.currentTokenLocation();
                    problems.add(file, at.getLineNr(), at.getColumnNr(),
                            "expected a fact (a mapping with `id:`, `subject:` …), found " + describe(token));
                    doc.parser.skipChildren();
                }
            }
            doc.expectEnd("a facts file is one YAML list: remove the `---` or `...` line");
            return items;
        } catch (IOException e) {
            throw doc.failure(e);
        }
    }

    private Document open(String text, String file, int lineOffset, Problems problems) throws YamlSyntaxException {
        try {
            return new Document((YAMLParser) mapper.createParser(text), file, lineOffset, problems);
        } catch (IOException e) {
            throw new YamlSyntaxException("malformed YAML: " + e.getMessage(), lineOffset + 1, 0);
        }
    }

    /** One document being read. */
    private final class Document {
        final YAMLParser parser;
        final String file;
        final int lineOffset;
        final Problems problems;

        Document(YAMLParser parser, String file, int lineOffset, Problems problems) {
            this.parser = parser;
            this.file = file;
            this.lineOffset = lineOffset;
            this.problems = problems;
        }

        /** Reads the entries of the mapping whose START_OBJECT is the current token. */
        Mapping entries() throws IOException {
            int line = parser.currentTokenLocation().getLineNr() + lineOffset;
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation at = parser.currentTokenLocation();
                String key = parser.currentName();
                parser.nextToken();
                Entry entry = new Entry(key, value(), at.getLineNr() + lineOffset, at.getColumnNr());
                if (entries.putIfAbsent(key, entry) != null) {
                    problems.add(file, entry.line(), entry.column(), "duplicate field `" + key + "`");
                }
            }
            return new Mapping(line, entries);
        }

        /** The value starting at the current token; an alias anywhere in it is refused. */
        JsonNode value() throws IOException {
            if (parser.isCurrentAlias()) {
                throw new AliasException("the YAML alias `*" + parser.getText()
                        + "` is not supported in knowledge files: write the value out in full", parser.currentTokenLocation());
            }
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                ObjectNode object = mapper.createObjectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.set(key, value());
                }
                return object;
            }
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                ArrayNode array = mapper.createArrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value());
                }
                return array;
            }
            return parser.readValueAsTree();
        }

        /** A second document after the first is reported, never silently ignored. */
        void expectEnd(String hint) throws IOException {
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(file, at.getLineNr() + lineOffset, at.getColumnNr(), "a second YAML document starts here; " + hint);
            }
        }

        YamlSyntaxException failure(IOException e) {
            if (e instanceof AliasException alias) {
                JsonLocation at = alias.getLocation();
                return new YamlSyntaxException(alias.getOriginalMessage(), at.getLineNr() + lineOffset, at.getColumnNr());
            }
            if (e instanceof StreamConstraintsException && String.valueOf(e.getMessage()).contains("nesting depth")) {
                JsonLocation at = parser.currentLocation();
                return new YamlSyntaxException("nested more than " + limits.maxYamlDepth()
                        + " levels deep; knowledge files need only a few levels", at.getLineNr() + lineOffset, at.getColumnNr());
            }
            if (e instanceof JsonProcessingException processing) {
                return syntax(processing, lineOffset);
            }
            return new YamlSyntaxException(String.valueOf(e.getMessage()), lineOffset + 1, 0);
        }
    }

    /** An alias, which knowledge files may not use. */
    private static final class AliasException extends JsonProcessingException {
        AliasException(String message, JsonLocation at) {
            super(message, at);
        }
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
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null && marked.getProblem() != null) {
            return syntax(marked, lineOffset);
        }
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.lines().findFirst().orElse(message).strip();
        if (at == null || at.getLineNr() < 1) {
            return new YamlSyntaxException("malformed YAML: " + message, lineOffset + 1, 0);
        }
        return new YamlSyntaxException("malformed YAML: " + message, at.getLineNr() + lineOffset, at.getColumnNr());
    }

    /**
     * SnakeYAML's own account: the problem ("found character '\\t(TAB)' …", "expected &lt;block
     * end&gt; …") at its own mark, with what it was doing as context; Jackson keeps only the context's line.
     */
    private static YamlSyntaxException syntax(MarkedYAMLException e, int lineOffset) {
        Mark problem = e.getProblemMark();
        String message = e.getProblem().lines().findFirst().orElse("").strip();
        Mark context = e.getContextMark();
        if (e.getContext() != null) {
            message += " (" + e.getContext().strip()
                    + (context != null && context.getLine() != problem.getLine() ? " started on line " + (context.getLine() + 1 + lineOffset) : "")
                    + ")";
        }
        return new YamlSyntaxException("malformed YAML: " + message, problem.getLine() + 1 + lineOffset, problem.getColumn() + 1);
    }
}
