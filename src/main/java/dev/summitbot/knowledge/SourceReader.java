package dev.summitbot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one {@code sources/*.md} file: YAML front matter between {@code ---} lines, then the text. */
final class SourceReader {

    static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    private static final Pattern TAG = ID;
    private static final Set<String> FIELDS = Set.of("id", "title", "publisher", "url", "published", "tags", "kind");

    /**
     * What one source file gave: the source when all of it is valid, and its id (with the id's
     * line) whenever the front matter could be read, so that other checks can name it.
     */
    record Read(String file, Optional<Source> source, Optional<String> id, int idLine) {
        static Read nothing(String file) {
            return new Read(file, Optional.empty(), Optional.empty(), 0);
        }
    }

    private final LocatedYaml yaml;

    SourceReader(LocatedYaml yaml) {
        this.yaml = yaml;
    }

    /** Returns the source, or no source after adding its problems. */
    Read read(String file, String content, Problems problems) {
        int before = problems.size();
        if (!content.startsWith("---\n")) {
            problems.add(file, 1, "must start with a `---` line opening the front matter (id, title, …)");
            return Read.nothing(file);
        }
        int close = content.indexOf("\n---\n", 3);
        boolean closedAtEnd = close < 0 && content.endsWith("\n---");
        if (close < 0 && !closedAtEnd) {
            problems.add(file, 1, "front matter is not closed: add a `---` line after the last field");
            return Read.nothing(file);
        }
        int end = closedAtEnd ? content.length() - 4 : close;
        String frontMatter = content.substring(4, end + 1);
        String text = closedAtEnd ? "" : content.substring(close + 5);
        int textLine = (int) frontMatter.chars().filter(c -> c == '\n').count() + 3;

        LocatedYaml.Mapping fields;
        try {
            fields = yaml.readMapping(frontMatter, file, 1, problems);
        } catch (LocatedYaml.YamlSyntaxException e) {
            problems.add(file, e.line, e.column, "front matter: " + e.getMessage());
            return Read.nothing(file);
        }
        for (LocatedYaml.Entry entry : fields.entries().values()) {
            if (!FIELDS.contains(entry.key())) {
                problems.add(file, entry.line(), entry.column(),
                        "unknown field `" + entry.key() + "` (allowed: id, title, publisher, url, published, tags, kind)");
            }
        }
        String id = requiredText(fields, "id", file, problems);
        if (id != null && !ID.matcher(id).matches()) {
            LocatedYaml.Entry e = fields.entries().get("id");
            problems.add(file, e.line(), e.column(), "id `" + id
                    + "` must be lower-case letters, digits and hyphens (at most 64), like `summit-article`");
        }
        String title = requiredText(fields, "title", file, problems);
        Optional<String> publisher = optionalText(fields, "publisher", file, problems);
        Optional<String> url = optionalText(fields, "url", file, problems).filter(u -> validUrl(u, fields, file, problems));
        Optional<LocalDate> published = optionalText(fields, "published", file, problems)
                .flatMap(d -> date(d, fields, file, problems));
        List<String> tags = tags(fields, file, problems);
        SourceKind kind = kind(fields, file, problems);
        if (text.isBlank()) {
            problems.add(file, textLine, "has no text after the front matter");
        }
        int idLine = id == null ? 0 : fields.entries().get("id").line();
        if (problems.size() > before) {
            return new Read(file, Optional.empty(), Optional.ofNullable(id), idLine);
        }
        return new Read(file, Optional.of(new Source(id, title.strip(), publisher, url, published, tags, kind, text, file, textLine)),
                Optional.of(id), idLine);
    }

    static String requiredText(LocatedYaml.Mapping fields, String key, String file, Problems problems) {
        LocatedYaml.Entry entry = fields.entries().get(key);
        if (entry == null) {
            problems.add(file, fields.line(), "missing required field `" + key + "`");
            return null;
        }
        return text(entry, file, problems);
    }

    static Optional<String> optionalText(LocatedYaml.Mapping fields, String key, String file, Problems problems) {
        LocatedYaml.Entry entry = fields.entries().get(key);
        return entry == null ? Optional.empty() : Optional.ofNullable(text(entry, file, problems));
    }

    private static String text(LocatedYaml.Entry entry, String file, Problems problems) {
        JsonNode value = entry.value();
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            problems.add(file, entry.line(), entry.column(), "field `" + entry.key() + "` must be non-empty text");
            return null;
        }
        return value.asText();
    }

    private static boolean validUrl(String url, LocatedYaml.Mapping fields, String file, Problems problems) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        LocatedYaml.Entry e = fields.entries().get("url");
        problems.add(file, e.line(), e.column(), "url `" + url + "` must be an http:// or https:// address");
        return false;
    }

    private static Optional<LocalDate> date(String text, LocatedYaml.Mapping fields, String file, Problems problems) {
        return date(text, "published", fields, file, problems);
    }

    /** The date in {@code key}, {@code YYYY-MM-DD}; a problem naming the key otherwise. */
    static Optional<LocalDate> date(String text, String key, LocatedYaml.Mapping fields, String file, Problems problems) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            LocatedYaml.Entry entry = fields.entries().get(key);
            problems.add(file, entry.line(), entry.column(), key + " `" + text + "` must be a date like 2025-08-17");
            return Optional.empty();
        }
    }

    /** The optional {@code kind:}, one of {@link SourceKind#keys()}; article when absent. */
    private static SourceKind kind(LocatedYaml.Mapping fields, String file, Problems problems) {
        Optional<String> value = optionalText(fields, "kind", file, problems);
        if (value.isEmpty()) {
            return SourceKind.ARTICLE;
        }
        Optional<SourceKind> kind = SourceKind.of(value.get().strip());
        if (kind.isEmpty()) {
            LocatedYaml.Entry entry = fields.entries().get("kind");
            problems.add(file, entry.line(), entry.column(), "kind `" + value.get().strip() + "` is not one of " + SourceKind.keys());
        }
        return kind.orElse(SourceKind.ARTICLE);
    }

    private static List<String> tags(LocatedYaml.Mapping fields, String file, Problems problems) {
        LocatedYaml.Entry entry = fields.entries().get("tags");
        List<String> tags = new ArrayList<>();
        if (entry == null) {
            return tags;
        }
        if (!entry.value().isArray()) {
            problems.add(file, entry.line(), entry.column(), "tags must be a list, like [general-news, policy]");
            return tags;
        }
        for (JsonNode tag : entry.value()) {
            if (!tag.isTextual() || !TAG.matcher(tag.asText()).matches()) {
                problems.add(file, entry.line(), entry.column(),
                        "tag `" + tag.asText() + "` must be lower-case words joined by hyphens");
            } else {
                tags.add(tag.asText());
            }
        }
        return tags;
    }
}
