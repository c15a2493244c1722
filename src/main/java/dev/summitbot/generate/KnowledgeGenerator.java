package dev.summitbot.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic knowledge folder of a given size for benchmarks: sources of news-like text
 * ({@link SentenceWriter}), facts whose quotes are spans of their sentences, synonyms for the
 * commonest names, and {@code questions.txt}, a mixed question list (the loader ignores it).
 * Everything follows from the seed; the folder passes {@code summitbot check}.
 */
public final class KnowledgeGenerator {

    /** Questions written to {@code questions.txt}. */
    static final int QUESTIONS = 200;
    /** Sources whose facts share one facts file. */
    static final int SOURCES_PER_FACTS_FILE = 10;
    private static final LocalDate FIRST_DATE = LocalDate.of(2020, 1, 1);

    /** What was written, and the realism figures of the text. */
    public record Result(Path folder, int sources, int passages, int facts, int synonymLines, int questions,
            long bytes, double meanSentenceWords, int contentWordForms) {}

    private final GeneratorSettings settings;

    public KnowledgeGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes the knowledge into {@code folder}, which must not exist or be empty.
     *
     * @throws IOException when the folder holds files already or cannot be written
     */
    public Result generate(Path folder) throws IOException {
        requireEmpty(folder);
        Files.createDirectories(folder.resolve("sources"));
        Files.createDirectories(folder.resolve("facts"));
        SplittableRandom random = new SplittableRandom(settings.seed());
        Vocabulary vocabulary = new Vocabulary(random);
        SentenceWriter writer = new SentenceWriter(vocabulary, random);
        int[] passages = Allotment.passages(settings, random);
        int[] facts = Allotment.facts(settings, passages);

        List<QuestionWriter.FactDraft> allFacts = new ArrayList<>();
        List<String> sample = new ArrayList<>();
        long bytes = 0;
        long words = 0;
        long sentences = 0;
        StringBuilder factsFile = new StringBuilder();
        for (int s = 0; s < settings.sources(); s++) {
            String headline = writer.headline();
            String id = String.format(Locale.ROOT, "s%04d-%s", s + 1, slug(headline, 3));
            StringBuilder text = new StringBuilder(headline).append('\n');
            int body = passages[s] - 1;
            int factsLeft = facts[s];
            int inParagraph = 0;
            int paragraph = paragraphLength(random);
            for (int j = 0; j < body; j++) {
                String sentence;
                if (random.nextInt(body - j) < factsLeft) {
                    factsLeft--;
                    SentenceWriter.FactSentence f = writer.factSentence();
                    sentence = f.text();
                    String factId = String.format(Locale.ROOT, "f%05d-%s", allFacts.size() + 1, slug(f.subject(), 3));
                    QuestionWriter.FactDraft draft = new QuestionWriter.FactDraft(factId, f.subject(), f.relation(), f.object(), id, f.quote());
                    allFacts.add(draft);
                    appendFact(factsFile, draft);
                } else {
                    sentence = writer.sentence();
                }
                words += SentenceWriter.wordCount(sentence);
                sentences++;
                if (random.nextInt(500) == 0) {
                    sample.add(sentence);
                }
                boolean paragraphEnds = ++inParagraph == paragraph || j == body - 1;
                text.append(sentence).append(paragraphEnds ? '\n' : ' ');
                if (paragraphEnds) {
                    inParagraph = 0;
                    paragraph = paragraphLength(random);
                }
            }
            bytes += write(folder.resolve("sources/" + id + ".md"), frontMatter(id, headline, s, random) + text);
            boolean lastOfGroup = (s + 1) % SOURCES_PER_FACTS_FILE == 0 || s == settings.sources() - 1;
            if (lastOfGroup && factsFile.length() > 0) {
                int first = s / SOURCES_PER_FACTS_FILE * SOURCES_PER_FACTS_FILE + 1;
                String name = String.format(Locale.ROOT, "facts/sources-%04d-%04d.yaml", first, s + 1);
                bytes += write(folder.resolve(name), "# Facts of sources s" + first + " to s" + (s + 1) + " (generated).\n" + factsFile);
                factsFile.setLength(0);
            }
        }
        List<String> synonyms = SynonymWriter.lines(vocabulary, random);
        bytes += write(folder.resolve("synonyms.txt"), "# Generated: name spellings and equivalent words.\n" + String.join("\n", synonyms) + "\n");
        if (sample.isEmpty()) {
            sample.add(writer.sentence());
        }
        List<String> questions = new QuestionWriter(random).write(allFacts, sample, QUESTIONS);
        write(folder.resolve("questions.txt"), String.join("\n", questions) + "\n");
        write(folder.resolve("README.md"), readme());
        return new Result(folder, settings.sources(), settings.passages(), allFacts.size(), synonyms.size(), questions.size(),
                bytes, sentences == 0 ? 0 : words / (double) sentences, vocabulary.contentForms());
    }

    private static int paragraphLength(SplittableRandom random) {
        return 2 + random.nextInt(6);
    }

    private String frontMatter(String id, String headline, int index, SplittableRandom random) {
        List<String> tags = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        while (tags.size() < n) {
            String tag = Vocabulary.pick(random, WordLists.TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return "---\n"
                + "id: " + id + "\n"
                + "title: " + quoted(headline) + "\n"
                + "publisher: " + quoted(WordLists.PUBLISHERS.get(index % WordLists.PUBLISHERS.size())) + "\n"
                + "url: " + quoted("https://example.com/news/" + id) + "\n"
                + "published: " + quoted(FIRST_DATE.plusDays(random.nextInt(2_000)).toString()) + "\n"
                + "tags: [" + String.join(", ", tags) + "]\n"
                + "---\n";
    }

    private static void appendFact(StringBuilder out, QuestionWriter.FactDraft f) {
        out.append("- id: ").append(f.id()).append('\n')
                .append("  subject: ").append(quoted(f.subject())).append('\n')
                .append("  relation: ").append(quoted(f.relation())).append('\n')
                .append("  object: ").append(quoted(f.object())).append('\n')
                .append("  source: ").append(f.sourceId()).append('\n')
                .append("  quote: ").append(quoted(f.quote())).append("\n\n");
    }

    private String readme() {
        return "# Generated knowledge\n\nSynthetic text for benchmarks, not knowledge: written by\n`./summitbot generate --sources "
                + settings.sources() + " --passages " + settings.passages() + " --facts " + settings.facts() + " --seed "
                + settings.seed() + "`.\n`questions.txt` holds a mixed question list: `./summitbot ask --knowledge DIR < DIR/questions.txt`.\n";
    }

    static String slug(String text, int maxWords) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        return String.join("-", List.of(words).subList(0, Math.min(maxWords, words.length)));
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static long write(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static void requireEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(folder + " is not empty; generate into a new or empty folder");
                }
            }
        } else if (Files.exists(folder)) {
            throw new IOException(folder + " exists and is not a folder");
        }
    }
}
