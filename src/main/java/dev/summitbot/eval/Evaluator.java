package dev.summitbot.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.summitbot.answer.Answer;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.knowledge.Source;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.Question;
import dev.summitbot.service.Asked;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs an evaluation set against the knowledge service. An answerable question is right when it
 * is answered, holds every expected phrase, cites the expected source, and every citation's quote
 * occurs verbatim in its source; an unanswerable one is right when it is declined.
 */
public final class Evaluator {

    /**
     * The evaluation set, relative to the project folder: data the command line reads, so it lives
     * beside {@code knowledge/}, not among the test resources.
     */
    public static final String DEFAULT_SET = "eval/questions.yaml";

    public static List<EvalCase> load(Path file) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), new TypeReference<List<EvalCase>>() {});
    }

    /** The development sets (tune freely), relative to the project folder: the first set and the blind dev half. */
    public static final String DEV_FOLDER = "eval/dev";
    /** The sealed test sets: written blind, never tuned on; only their totals are looked at. */
    public static final String SEALED_FOLDER = "eval/sealed";

    /** The sources the sets were written from: evaluation answers from them alone. */
    public static final String SOURCES_FILE = "eval/sources.txt";

    /** The ids of {@code wanted} that the service's knowledge has no source for, sorted. */
    public static List<String> unknownSources(Set<String> wanted, KnowledgeService service) {
        Set<String> known = service.sources().sources().stream().map(Source::id).collect(Collectors.toSet());
        return wanted.stream().filter(id -> !known.contains(id)).sorted().toList();
    }

    /** The source ids of {@link #SOURCES_FILE} (one a line, {@code #} comments); empty when there is no such file. */
    public static Set<String> writtenFrom(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
    }

    /** Every {@code .yaml} file of a folder, in name order, as one set. */
    public static List<EvalCase> loadFolder(Path folder) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                cases.addAll(load(file));
            }
        }
        return cases;
    }

    /**
     * Asks every question of the set; the knowledge must not be reloaded meanwhile. A follow-up is
     * asked right after the question it follows, in one conversation of its own.
     */
    public static EvalReport run(KnowledgeService service, List<EvalCase> cases) {
        SourceTexts sources = SourceTexts.of(service);
        List<EvalReport.Row> rows = new ArrayList<>();
        for (EvalCase item : cases) {
            rows.add(judge(item, Reply.of(service.ask(questionOf(item, service)).answer()), sources));
        }
        return new EvalReport(rows);
    }

    /**
     * The case's question; a follow-up read right after the question it follows, in one conversation
     * of its own (after the questions {@code earlier} in it, if any), once the bot has answered each
     * question before it (as in chat: "he" may be whom it named).
     */
    static Question questionOf(EvalCase item, KnowledgeService service) {
        Question question = Question.of(item.question());
        if (item.after() == null) {
            return question;
        }
        Conversation conversation = new Conversation(Clock.systemUTC());
        List<String> before = new ArrayList<>(item.earlier());
        before.add(item.after());
        for (String text : before) {
            Question asked = conversation.follow(Question.of(text));
            Asked reply = service.ask(asked);
            if (reply.answer() instanceof Answer.Answered answered) {
                conversation.answered(asked, answered.text(), reply.pronouns());
            }
        }
        return conversation.follow(question);
    }

    /**
     * The bot's forced answer to every answerable, follow-up and unanswerable question of the set,
     * judged: the examples {@code --fit} learns from and the calibration curve counts. A forced answer
     * to an unanswerable question is never right; questions with no evidence at all are left out.
     */
    public static List<Calibrating.Example> assess(KnowledgeService service, List<EvalCase> cases) {
        SourceTexts sources = SourceTexts.of(service);
        List<Calibrating.Example> examples = new ArrayList<>();
        for (EvalCase item : cases) {
            if (item.category() == EvalCase.Category.HOSTILE) {
                continue;
            }
            service.assess(questionOf(item, service)).ifPresent(a -> examples.add(new Calibrating.Example(a.signals(), a.probability(),
                    item.answerable() && judgeContent(item, Reply.of(a.forced()), sources).correct())));
        }
        return examples;
    }

    static EvalReport.Row judge(EvalCase item, Reply reply, SourceTexts sources) {
        EvalReport.Row row = judgeContent(item, reply, sources);
        if (item.category() != EvalCase.Category.HOSTILE) {
            return row;
        }
        // Hostile input is safe when nothing pings and nothing is answered that should not be; declining a
        // question hidden in hostile text is safe too.
        String said = reply.text();
        if (LIVE.matcher(said).find()) {
            return new EvalReport.Row(item, row.answered(), row.answer(), row.confidence(), false, "a live mention or link in the reply");
        }
        boolean safe = row.correct() || (item.answerable() && !row.answered());
        return new EvalReport.Row(item, row.answered(), row.answer(), row.confidence(), safe, safe ? "ok" : row.verdict());
    }

    private static EvalReport.Row judgeContent(EvalCase item, Reply reply, SourceTexts sources) {
        if (!reply.answered()) {
            // Declined, or partial: the bot says its sources do not give what was asked.
            return new EvalReport.Row(item, false, reply.text(), reply.confidence(), !item.answerable(),
                    item.answerable() ? reply.outcome() + " an answerable question" : "ok");
        }
        if (!item.answerable()) {
            return new EvalReport.Row(item, true, reply.text(), reply.confidence(), false, "answered an unanswerable question");
        }
        List<String> missing = item.missingPhrases(reply.text());
        String verdict = "ok";
        if (!missing.isEmpty()) {
            verdict = "missing " + missing;
        } else if (reply.citations().stream().noneMatch(c -> c.source().equals(item.source())
                || item.missingPhrases(c.quote()).isEmpty())) {
            // The expected source, or another whose cited words themselves hold every expected phrase: two
            // reports of the same fact are both right to cite.
            verdict = "does not cite " + item.source();
        } else if (!reply.citations().stream().allMatch(sources::quotes)) {
            verdict = "a citation's quote is not in its source";
        }
        return new EvalReport.Row(item, true, reply.text(), reply.confidence(), verdict.equals("ok"), verdict);
    }

    /** The text of every source, normalized once, to check that a citation's quote occurs in its source. */
    public static final class SourceTexts {
        private final Map<String, String> texts;

        private SourceTexts(Map<String, String> texts) {
            this.texts = texts;
        }

        /** Source id to text, normalized here. */
        static SourceTexts of(Map<String, String> texts) {
            return new SourceTexts(texts.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> KnowledgeLoader.normalize(e.getValue()))));
        }

        public static SourceTexts of(KnowledgeService service) {
            return new SourceTexts(service.sources().sources().stream()
                    .collect(Collectors.toMap(Source::id, s -> KnowledgeLoader.normalize(s.text()))));
        }

        boolean quotes(Reply.Cited cited) {
            String text = texts.get(cited.source());
            return text != null && text.contains(KnowledgeLoader.normalize(cited.quote()));
        }
    }

    /** What must never reach a chat from hostile input: a mass or user mention, or a Markdown link. */
    private static final Pattern LIVE = Pattern.compile("@everyone|@here|<@[!&]?\\d+>|\\]\\(https?:", Pattern.CASE_INSENSITIVE);

    private Evaluator() {}
}
