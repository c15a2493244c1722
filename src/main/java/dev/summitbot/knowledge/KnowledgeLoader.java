package dev.summitbot.knowledge;

import dev.summitbot.text.Ellipsis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    /** Sources kept after loading and checking everything ({@link Knowledge#only}); empty: all. */
    private final Set<String> onlySources;

    public KnowledgeLoader(KnowledgeLimits limits) {
        this(limits, file -> { });
    }

    /** @param afterRead told the relative path of each file just read (tests change files there) */
    public KnowledgeLoader(KnowledgeLimits limits, Consumer<String> afterRead) {
        this(limits, afterRead, Set.of());
    }

    private KnowledgeLoader(KnowledgeLimits limits, Consumer<String> afterRead, Set<String> onlySources) {
        LocatedYaml yaml = new LocatedYaml(limits);
        this.files = new KnowledgeFiles(limits, afterRead);
        this.sources = new SourceReader(yaml);
        this.facts = new FactReader(yaml);
        this.onlySources = Set.copyOf(onlySources);
    }

    /**
     * A loader that checks the whole folder as this one does, then keeps only the named sources and
     * what comes from them: how the evaluation sets written from one article are asked.
     */
    public static KnowledgeLoader onlySources(Set<String> sourceIds) {
        return new KnowledgeLoader(KnowledgeLimits.DEFAULT, file -> { }, sourceIds);
    }

    public KnowledgeLoader() {
        this(KnowledgeLimits.DEFAULT);
    }

    public Knowledge load(Path folder) throws KnowledgeException {
        Problems problems = new Problems();
        KnowledgeFiles.Texts texts = files.read(folder, problems);

        List<SourceReader.Read> sourceReads = new ArrayList<>();
        List<Fact> factList = new ArrayList<>();
        String synonymText = "";
        for (Map.Entry<String, String> file : texts.byPath().entrySet()) {
            String path = file.getKey();
            if (path.startsWith(KnowledgeFiles.SOURCES + "/")) {
                sourceReads.add(sources.read(path, file.getValue(), problems));
            } else if (path.startsWith(KnowledgeFiles.FACTS + "/")) {
                factList.addAll(facts.read(path, file.getValue(), problems));
            } else if (path.equals(KnowledgeFiles.SYNONYMS)) {
                synonymText = file.getValue();
                synonyms.check(path, synonymText, problems);
            }
        }
        boolean anySourceFile = texts.byPath().keySet().stream().anyMatch(p -> p.startsWith(KnowledgeFiles.SOURCES + "/"));
        String name = Printable.of(folder.toString());
        if (problems.isEmpty() && !anySourceFile) {
            problems.add(name, 0, "holds no sources: add at least one sources/*.md file");
        }

        Map<String, Source> sourcesById = uniqueSources(sourceReads, problems);
        checkFacts(factList, sourcesById, SourceIds.of(sourceReads, problems), problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems.report(name));
        }
        List<Source> sourceList = sourceReads.stream().flatMap(r -> r.source().stream()).toList();
        List<Passage> passages = new ArrayList<>();
        for (Source source : sourceList) {
            passages.addAll(splitter.split(source));
        }
        return new Knowledge(sourceList, passages, factList, synonymText, texts.contentHash()).only(onlySources);
    }

    /** The valid sources by id; an id used by two files (valid or not) is reported and belongs to neither. */
    private static Map<String, Source> uniqueSources(List<SourceReader.Read> reads, Problems problems) {
        Map<String, SourceReader.Read> first = new HashMap<>();
        Set<String> duplicated = new HashSet<>();
        for (SourceReader.Read read : reads) {
            read.id().ifPresent(id -> {
                SourceReader.Read earlier = first.putIfAbsent(id, read);
                if (earlier != null) {
                    problems.add(read.file(), read.idLine(), "duplicate source id `" + id + "` (also in " + earlier.file() + ")");
                    duplicated.add(id);
                }
            });
        }
        Map<String, Source> byId = new HashMap<>();
        for (SourceReader.Read read : reads) {
            read.source().filter(s -> !duplicated.contains(s.id())).ifPresent(s -> byId.put(s.id(), s));
        }
        return byId;
    }

    /**
     * The ids of every source file whose front matter could be read, valid or not, and whether
     * some source file could not be read that far: a fact on such a source is not blamed for it.
     */
    private record SourceIds(Set<String> read, boolean someUnread) {
        static SourceIds of(List<SourceReader.Read> reads, Problems problems) {
            Set<String> filesWithId = reads.stream().filter(r -> r.id().isPresent()).map(SourceReader.Read::file)
                    .collect(Collectors.toSet());
            boolean someUnread = problems.list().stream().map(KnowledgeProblem::file)
                    .anyMatch(f -> f.startsWith(KnowledgeFiles.SOURCES + "/") && !filesWithId.contains(f));
            return new SourceIds(reads.stream().flatMap(r -> r.id().stream()).collect(Collectors.toSet()), someUnread);
        }
    }

    private static void checkFacts(List<Fact> factList, Map<String, Source> sourcesById, SourceIds ids, Problems problems) {
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
                // With a source file unread, the source may well be in it: that file's problem is the one to fix.
                if (!ids.read().contains(fact.source()) && !ids.someUnread()) {
                    problems.add(fact.file(), fact.line(), "fact `" + fact.id() + "` names source `" + fact.source()
                            + "`, which does not exist (known: " + known(ids.read()) + ")");
                }
                continue;
            }
            String text = normalizedTexts.computeIfAbsent(fact.source(), id -> normalize(source.get().text()));
            if (!text.contains(normalize(fact.quote()))) {
                problems.add(fact.file(), fact.line(), "the quote of fact `" + fact.id()
                        + "` does not occur verbatim in source `" + fact.source() + "`: \"" + abbreviate(fact.quote()) + "\"");
            }
        }
        for (Fact fact : factList) {
            fact.disputes().filter(other -> !byId.containsKey(other)).ifPresent(other -> problems.add(fact.file(), fact.line(),
                    "fact `" + fact.id() + "` disputes `" + other + "`, which is not a fact"));
        }
    }

    /** At most ten ids: with thousands of sources, every message listing all of them would not fit in memory. */
    private static String known(Set<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        List<String> sorted = ids.stream().sorted().toList();
        return sorted.size() <= 10 ? String.join(", ", sorted)
                : String.join(", ", sorted.subList(0, 10)) + ", … (" + sorted.size() + " in all)";
    }

    /** Runs of white space count as one space; nothing else is forgiven. */
    public static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String abbreviate(String quote) {
        return Ellipsis.shorten(quote, 80);
    }
}
