package dev.summitbot.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one {@code facts/*.yaml} file: a list of facts, each with the fields below and optional ones. */
final class FactReader {

    private static final List<String> FIELDS = List.of("id", "subject", "relation", "object", "source", "quote");
    private static final String TYPE = "type";
    private static final String DATE = "date";
    private static final String DISPUTES = "disputes";
    private static final List<String> OPTIONAL = List.of(TYPE, DATE, DISPUTES);
    private static final Set<String> ALLOWED = Set.of("id", "subject", "relation", "object", "source", "quote", TYPE, DATE, DISPUTES);

    private final LocatedYaml yaml;

    FactReader(LocatedYaml yaml) {
        this.yaml = yaml;
    }

    /** The well-formed facts of the file; problems for the rest. Cross-file checks happen later. */
    List<Fact> read(String file, String content, Problems problems) {
        List<LocatedYaml.Mapping> items;
        try {
            items = yaml.readSequenceOfMappings(content, file, problems);
        } catch (LocatedYaml.YamlSyntaxException e) {
            problems.add(file, e.line, e.column, e.getMessage());
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        for (LocatedYaml.Mapping item : items) {
            int before = problems.size();
            for (LocatedYaml.Entry entry : item.entries().values()) {
                if (!ALLOWED.contains(entry.key())) {
                    problems.add(file, entry.line(), entry.column(),
                            "unknown field `" + entry.key() + "` (a fact has " + String.join(", ", FIELDS) + " and optionally "
                                    + String.join(", ", OPTIONAL) + ")");
                }
            }
            List<String> values = new ArrayList<>();
            for (String field : FIELDS) {
                values.add(SourceReader.requiredText(item, field, file, problems));
            }
            String id = values.get(0);
            if (id != null && !SourceReader.ID.matcher(id).matches()) {
                LocatedYaml.Entry e = item.entries().get("id");
                problems.add(file, e.line(), e.column(),
                        "id `" + id + "` must be lower-case letters, digits and hyphens, like `summit-location`");
            }
            Optional<FactType> type = type(item, file, problems);
            Optional<LocalDate> date = SourceReader.optionalText(item, DATE, file, problems)
                    .flatMap(d -> SourceReader.date(d, DATE, item, file, problems));
            Optional<String> disputes = SourceReader.optionalText(item, DISPUTES, file, problems).map(String::strip);
            if (disputes.isPresent() && disputes.get().equals(id)) {
                LocatedYaml.Entry e = item.entries().get(DISPUTES);
                problems.add(file, e.line(), e.column(), "fact `" + id + "` cannot dispute itself");
            }
            if (problems.size() == before) {
                facts.add(new Fact(id, values.get(1).strip(), values.get(2).strip(), values.get(3).strip(),
                        values.get(4).strip(), values.get(5), type, date, disputes, file, item.line()));
            }
        }
        return facts;
    }

    /** The optional {@code type:}, one of {@link FactType#keys()}. */
    private static Optional<FactType> type(LocatedYaml.Mapping item, String file, Problems problems) {
        Optional<String> value = SourceReader.optionalText(item, TYPE, file, problems);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<FactType> type = FactType.of(value.get().strip());
        if (type.isEmpty()) {
            LocatedYaml.Entry entry = item.entries().get(TYPE);
            problems.add(file, entry.line(), entry.column(), "type `" + value.get().strip() + "` is not one of " + FactType.keys());
        }
        return type;
    }
}
