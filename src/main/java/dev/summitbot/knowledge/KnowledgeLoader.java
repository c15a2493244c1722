package dev.summitbot.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and validates a whole knowledge folder. Either every file is right and a
 * {@link Knowledge} comes back, or a {@link KnowledgeException} lists every problem found.
 */
public final class KnowledgeLoader {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final KnowledgeFiles files;
    private final SourceReader sources;
    private final FactReader facts;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SynonymsChecker synonyms = new SynonymsChecker();

    public KnowledgeLoader(KnowledgeLimits limits) {
        LocatedYaml yaml = new LocatedYaml(limits);
        this.files = new KnowledgeFiles(limits);
        this.sources = new SourceReader(yaml);
        this.facts = new FactReader(yaml);
    }

    public KnowledgeLoader() {
        this(KnowledgeLimits.DEFAULT);
    }

    public Knowledge load(Path folder) throws KnowledgeException {
        Problems problems = new Problems();
        KnowledgeFiles.Texts texts = files.read(folder, problems);

        List<Source> sourceList = new ArrayList<>();
        List<Fact> factList = new ArrayList<>();
        String synonymText = "";
        for (Map.Entry<String, String> file : texts.byPath().entrySet()) {
            String path = file.getKey();
            if (path.startsWith(KnowledgeFiles.SOURCES + "/")) {
                sources.read(path, file.getValue(), problems).ifPresent(sourceList::add);
            } else if (path.startsWith(KnowledgeFiles.FACTS + "/")) {
                factList.addAll(facts.read(path, file.getValue(), problems));
            } else if (path.equals(KnowledgeFiles.SYNONYMS)) {
                synonymText = file.getValue();
                synonyms.check(path, synonymText, problems);
            }
        }
        boolean anySourceFile = texts.byPath().keySet().stream().anyMatch(p -> p.startsWith(KnowledgeFiles.SOURCES + "/"));
        if (problems.isEmpty() && !anySourceFile) {
            problems.add(folder.toString(), 0, "holds no sources: add at least one sources/*.md file");
        }

        Map<String, Source> sourcesById = uniqueSources(sourceList, problems);
        checkFacts(factList, sourcesById, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems.list());
        }
        List<Passage> passages = new ArrayList<>();
        for (Source source : sourceList) {
            passages.addAll(splitter.split(source));
        }
        return new Knowledge(sourceList, passages, factList, synonymText, texts.contentHash());
    }

    private static Map<String, Source> uniqueSources(List<Source> sourceList, Problems problems) {
        Map<String, Source> byId = new HashMap<>();
        for (Source source : sourceList) {
            Source earlier = byId.putIfAbsent(source.id(), source);
            if (earlier != null) {
                problems.add(source.file(), 2, "duplicate source id `" + source.id() + "` (also in " + earlier.file() + ")");
            }
        }
        return byId;
    }

    private static void checkFacts(List<Fact> factList, Map<String, Source> sourcesById, Problems problems) {
        Map<String, Fact> byId = new HashMap<>();
        Map<String, String> normalizedTexts = new HashMap<>();
        for (Fact fact : factList) {
            Fact earlier = byId.putIfAbsent(fact.id(), fact);
            if (earlier != null) {
                problems.add(fact.file(), fact.line(),
                        "duplicate fact id `" + fact.id() + "` (also at " + earlier.file() + ":" + earlier.line() + ")");
            }
            Optional<Source> source = Optional.ofNullable(sourcesById.get(fact.source()));
            if (source.isEmpty()) {
                problems.add(fact.file(), fact.line(), "fact `" + fact.id() + "` names source `" + fact.source()
                        + "`, which does not exist (known: " + String.join(", ", sourcesById.keySet().stream().sorted().toList()) + ")");
                continue;
            }
            String text = normalizedTexts.computeIfAbsent(fact.source(), id -> normalize(source.get().text()));
            if (!text.contains(normalize(fact.quote()))) {
                problems.add(fact.file(), fact.line(), "the quote of fact `" + fact.id()
                        + "` does not occur verbatim in source `" + fact.source() + "`: \"" + abbreviate(fact.quote()) + "\"");
            }
        }
    }

    /** Runs of white space count as one space; nothing else is forgiven. */
    public static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "...";
    }
}
