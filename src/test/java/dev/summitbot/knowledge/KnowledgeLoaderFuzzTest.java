package dev.summitbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.summitbot.Slow;
import dev.summitbot.answer.AnswerContract;
import dev.summitbot.answer.Summary;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.question.Question;
import dev.summitbot.service.Asked;
import dev.summitbot.service.AuditLog;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests with seeded generators: whatever bytes are in the knowledge folder, loading and
 * indexing either succeed or fail with a {@link KnowledgeException} whose problems name files of
 * the folder; nothing else escapes and nothing hangs. Whatever is asked, an answer comes back.
 */
@Slow
final class KnowledgeLoaderFuzzTest {

    /** The real knowledge folder (tests run in the project folder). */
    private static final Path REAL = Path.of("knowledge");
    /** Small enough that "over the limit" inputs stay cheap. */
    private static final KnowledgeLimits LIMITS = new KnowledgeLimits(256 << 10, 100, 16, 256L << 20);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String[] YAML_BITS = {
        "---\n", "...\n", "- ", ": ", "? ", "&a ", "*a", "!!str ", "!!binary ", "!<tag:x> ", "%YAML 1.1\n", "%TAG ! x\n",
        "[", "]", "{", "}", ",", "\"", "'", "\\", "#", "|", ">-", "\t", "\n", "\r\n", "\r", "  ", "\u0000", "\uFEFF",
        "<<: *a\n", "=>", "\u2028", "\uD800", "\uDC00", "😀", "é", "id: x\n", "quote: \"", "source: summit-article\n",
    };

    private static final String[] PLAIN_WORDS = "where was the summit held who said what about Rubio Zelenskyy guarantees".split(" ");

    @TempDir
    Path folder;

    private final KnowledgeLoader loader = new KnowledgeLoader(LIMITS);

    /** Where generated content goes: a new source, a new facts file, or the synonyms file. */
    enum Slot {
        SOURCE("sources/fuzz.md"), FACTS("facts/fuzz.yaml"), SYNONYMS("synonyms.txt");

        final String path;

        Slot(String path) {
            this.path = path;
        }
    }

    static Stream<Arguments> seedsBySlot() {
        return LongStream.range(0, 40).boxed().flatMap(seed -> Stream.of(Slot.values()).map(slot -> Arguments.of(seed, slot)));
    }

    @ParameterizedTest(name = "seed {0} into {1}")
    @MethodSource("seedsBySlot")
    @DisplayName("random bytes are loaded or refused with named problems")
    void randomBytes(long seed, Slot slot) {
        // GIVEN the real folder plus a file of random bytes (half of them 7-bit, half behind front matter)
        Random random = new Random(seed);
        byte[] bytes = new byte[sizeOf(random)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (bytes[i] & 0x7f);
            }
        }
        byte[] content = random.nextBoolean() ? concat("---\nid: fuzz\ntitle: Fuzz\n---\n".getBytes(StandardCharsets.UTF_8), bytes) : bytes;
        // WHEN it is loaded and indexed THEN it succeeds or names its problems
        loadsOrNamesProblems(slot, content);
    }

    @ParameterizedTest(name = "seed {0} into {1}")
    @MethodSource("seedsBySlot")
    @DisplayName("random Unicode text is loaded or refused with named problems")
    void randomUnicode(long seed, Slot slot) {
        // GIVEN the real folder plus a file of random text: any plane, controls, lone surrogates, YAML bits
        Random random = new Random(seed);
        String text = randomText(random, sizeOf(random));
        // WHEN it is loaded and indexed THEN it succeeds or names its problems
        loadsOrNamesProblems(slot, text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> realFiles() throws IOException {
        try (Stream<Path> files = Files.walk(REAL)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> REAL.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.startsWith("sources/") || f.startsWith("facts/") || f.equals("synonyms.txt"))
                    .sorted()
                    .flatMap(f -> LongStream.range(0, 12).mapToObj(seed -> Arguments.of(f, seed)))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0} truncated, seed {1}")
    @MethodSource("realFiles")
    @DisplayName("truncated real files are loaded or refused with named problems")
    void truncatedRealFiles(String file, long seed) throws IOException {
        // GIVEN a copy of the real folder with one file cut at a random byte (maybe inside a UTF-8 sequence)
        byte[] original = Files.readAllBytes(REAL.resolve(file));
        int cut = new Random(seed).nextInt(original.length + 1);
        byte[] truncated = Arrays.copyOf(original, cut);
        // WHEN it is loaded and indexed THEN it succeeds or names its problems
        loadsOrNamesProblems(file, truncated);
    }

    @ParameterizedTest(name = "{0} mutated, seed {1}")
    @MethodSource("realFiles")
    @DisplayName("real files with random edits are loaded or refused with named problems")
    void mutatedRealFiles(String file, long seed) throws IOException {
        // GIVEN a copy of the real folder with one file edited at random places
        Random random = new Random(seed * 31 + file.hashCode());
        StringBuilder text = new StringBuilder(Files.readString(REAL.resolve(file)));
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, YAML_BITS[random.nextInt(YAML_BITS.length)]);
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                case 2 -> text.insert(at, randomText(random, 1 + random.nextInt(20)));
                default -> {
                    int end = Math.min(text.length(), at + random.nextInt(200));
                    text.insert(at, text.substring(at, end));
                }
            }
        }
        // WHEN it is loaded and indexed THEN it succeeds or names its problems
        loadsOrNamesProblems(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> hugeInputs() {
        int limit = (int) LIMITS.maxFileBytes();
        return Stream.of(
                Arguments.of("source of words within the limit", Slot.SOURCE, "---\nid: huge\ntitle: Huge\n---\n" + words(1, limit - 100)),
                Arguments.of("source over the limit", Slot.SOURCE, "---\nid: huge\ntitle: Huge\n---\n" + words(2, limit + 10)),
                Arguments.of("one endless line", Slot.SOURCE, "---\nid: huge\ntitle: Huge\n---\n" + "x".repeat(limit - 100)),
                Arguments.of("thousands of facts", Slot.FACTS, facts(1_500)),
                Arguments.of("one endless quote", Slot.FACTS, "- id: f\n  subject: s\n  relation: r\n  object: o\n"
                        + "  source: summit-article\n  quote: \"" + "word ".repeat(limit / 6) + "\"\n"),
                Arguments.of("thousands of synonym lines", Slot.SYNONYMS, synonyms(5_000)),
                Arguments.of("one endless synonym line", Slot.SYNONYMS, "a, " + words(3, limit - 100).replace(' ', ',')),
                Arguments.of("nesting far over the limit", Slot.FACTS, "- id: f\n  subject: " + "[".repeat(100_000)),
                Arguments.of("synonyms over the limit", Slot.SYNONYMS, synonyms(20_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeInputs")
    @DisplayName("huge inputs, within the limits and over, are loaded or refused with named problems")
    void hugeInputs(String what, Slot slot, String content) {
        // GIVEN the real folder plus the huge file; WHEN it is loaded and indexed; THEN
        loadsOrNamesProblems(slot, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a source just under the default 8 MB limit loads and indexes; one just over is refused")
    void defaultLimits() throws Exception {
        // GIVEN the real folder plus a source of words just under the default limit
        long limit = KnowledgeLimits.DEFAULT.maxFileBytes();
        copyReal();
        String header = "---\nid: huge\ntitle: Huge\n---\n";
        String text = header + words(4, (int) limit - header.length());
        Files.writeString(folder.resolve("sources/huge.md"), text + " ".repeat((int) limit - text.length()));
        assertThat(Files.size(folder.resolve("sources/huge.md"))).isEqualTo(limit);
        KnowledgeLoader defaults = new KnowledgeLoader();
        // WHEN it is loaded and indexed THEN nothing fails
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Knowledge knowledge = defaults.load(folder);
            KnowledgeIndex.build(knowledge).close();
        });
        // WHEN one byte more THEN it is refused by size
        Files.writeString(folder.resolve("sources/huge.md"), "x", StandardOpenOption.APPEND);
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> defaults.load(folder));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources/huge.md");
            assertThat(p.message()).isEqualTo("is " + (limit + 1) + " bytes; the limit is " + limit + " bytes");
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("passages are short, keep every letter and digit in order, and never split a character")
    void passagesKeepTheText(long seed) {
        // GIVEN a source text of random characters (no lone surrogates), words, or words glued into endless tokens
        Random random = new Random(seed);
        String text = switch ((int) (seed % 3)) {
            case 0 -> wellFormed(randomText(random, sizeOf(random)));
            case 1 -> words(seed, 1 + sizeOf(random));
            default -> words(seed, 1 + sizeOf(random)).replace(" ", random.nextBoolean() ? "" : "😀");
        };
        Source source = new Source("fuzz", "Fuzz", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), SourceKind.ARTICLE, text,
                "sources/fuzz.md", 5);
        // WHEN it is cut into passages
        List<Passage> passages = new SentenceSplitter().split(source);
        // THEN
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.text()).isNotBlank().hasSizeLessThanOrEqualTo(SentenceSplitter.MAX_PASSAGE_CHARS);
            assertThat(wellFormed(p.text())).as("passage %s splits no character", p.id()).isEqualTo(p.text());
        });
        String kept = String.join(" ", passages.stream().map(Passage::text).toList());
        assertThat(lettersAndDigits(kept)).isEqualTo(lettersAndDigits(text));
    }

    static LongStream seeds() {
        return LongStream.range(0, 120);
    }

    // ---- the question path ----

    private static KnowledgeService service;
    /** The knowledge the service answers from, for checking its citations. */
    private static Knowledge real;

    @BeforeAll
    static void startOnRealKnowledge() throws KnowledgeException {
        service = KnowledgeService.start(REAL, new KnowledgeLoader(), Clock.systemUTC(), AuditLog.none());
        real = new KnowledgeLoader().load(REAL);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static Stream<String> questions() {
        List<String> fixed = List.of("", " ", "\u0000", "?", "*", "\\", "\"", "title:(a OR b)^3", "+putin -trump && !rubio || zelenskyy",
                "[a TO z]", "{* TO *}", "\"unterminated phrase", "putin~", "putin~0.5", "a*b?c", "/regex.*/", "field:value",
                "((((((((((((((((((((putin", "AND", "OR NOT", "<@123456789012345678>", "@everyone where was the summit",
                "\uD800", "\uDFFF\uD800", "😀".repeat(500), "é".repeat(10_000), "Where was the summit held?".repeat(400),
                "\u202Eheld summit the was where", "a".repeat(10_000), " ".repeat(10_000), "\n".repeat(10_000),
                "putin ".repeat(2_000), "ÅLAŠKA?", "\uFFFE\uFFFF", "\u0085\u2028\u2029");
        Stream<String> random = IntStream.range(0, 300).mapToObj(seed -> {
            Random r = new Random(seed);
            int size = seed % 30 == 0 ? 10_000 : r.nextInt(200);
            StringBuilder q = new StringBuilder();
            while (q.length() < size) {
                q.append(switch (r.nextInt(4)) {
                    case 0 -> new String[] {"AND ", "OR ", "NOT ", "+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^",
                        "\"", "~", "*", "?", ":", "\\", "/", " TO ", "title:", "summit", "putin", "ukraine"}[r.nextInt(27)];
                    case 1 -> randomText(r, 1 + r.nextInt(5));
                    default -> PLAIN_WORDS[r.nextInt(PLAIN_WORDS.length)] + " ";
                });
            }
            return q.substring(0, size);
        });
        return Stream.concat(fixed.stream(), random);
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("questions")
    @DisplayName("any question string is answered or declined, never an exception")
    void anyQuestion(String question) {
        // GIVEN the service on the real knowledge
        assertTimeoutPreemptively(PATIENCE, () -> {
            // WHEN the string is asked, and used as a summary topic
            Asked asked = service.ask(Question.of(question));
            Summary summary = service.summarize(Optional.of(question)).summary();
            // THEN an answer that keeps the citation rules, or a refusal below the threshold, from the current
            // version; and a cited summary of the question as cleaned, or of everything when nothing is left of it
            AnswerContract.assertKept(real, asked.answer());
            assertThat(asked.version()).isEqualTo(service.version());
            summary.topic().ifPresentOrElse(topic -> assertThat(topic).isEqualTo(asked.answer().question()),
                    () -> assertThat(summary.covered()).as("a summary of the whole knowledge").isTrue());
            AnswerContract.assertCited(real, summary);
        });
    }

    // ---- the property ----

    private void loadsOrNamesProblems(Slot slot, byte[] content) {
        loadsOrNamesProblems(slot.path, content);
    }

    /** Copies the real folder, puts {@code content} at {@code file}, then loads and indexes it. */
    private void loadsOrNamesProblems(String file, byte[] content) {
        copyReal();
        try {
            Files.write(folder.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTimeoutPreemptively(PATIENCE, () -> {
            try {
                Knowledge knowledge = loader.load(folder);
                KnowledgeIndex.build(knowledge).close();
            } catch (KnowledgeException e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.message()).isNotBlank();
                    assertThat(p.line()).isNotNegative();
                    assertThat(p.column()).isNotNegative();
                    assertThat(p.file().equals(folder.toString()) || Files.exists(folder.resolve(p.file()), LinkOption.NOFOLLOW_LINKS))
                            .as("problem names a file of the folder: %s", p).isTrue();
                });
            }
        });
    }

    private void copyReal() {
        try (Stream<Path> files = Files.walk(REAL)) {
            for (Path source : files.toList()) {
                Path target = folder.resolve(REAL.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- generators ----

    /** Mostly small, sometimes up to 64 KB. */
    private static int sizeOf(Random random) {
        return random.nextInt(10) == 0 ? random.nextInt(64 << 10) : random.nextInt(2_000);
    }

    /** Random text drawing on every kind of character, including lone surrogates and YAML syntax. */
    static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            switch (random.nextInt(8)) {
                case 0 -> sb.append((char) (0x20 + random.nextInt(0x5f)));
                case 1 -> sb.append((char) random.nextInt(0x20));
                case 2 -> sb.append((char) (0xD800 + random.nextInt(0x800)));
                case 3 -> sb.appendCodePoint(0x10000 + random.nextInt(0x100000 - 0x10000));
                case 4 -> sb.append((char) random.nextInt(0x10000));
                case 5 -> sb.append(YAML_BITS[random.nextInt(YAML_BITS.length)]);
                case 6 -> sb.append(' ');
                default -> sb.append("\n");
            }
        }
        return sb.toString();
    }

    private static String words(long seed, int length) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length - 12) {
            int n = 1 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(random.nextInt(12) == 0 ? ". " : random.nextInt(40) == 0 ? "\n" : " ");
        }
        return sb.toString();
    }

    private static String facts(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("- id: fuzz-").append(i).append("\n  subject: \"S\"\n  relation: \"r\"\n  object: \"o\"\n")
                    .append("  source: summit-article\n  quote: \"").append(i % 2 == 0 ? "Putin" : "not in it " + i).append("\"\n");
        }
        return sb.toString();
    }

    private static String synonyms(int lines) {
        Random random = new Random(lines);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            out.add("w" + random.nextInt(5_000) + ", w" + random.nextInt(5_000) + (i % 3 == 0 ? " => w" + random.nextInt(100) : ""));
        }
        return String.join("\n", out) + "\n";
    }

    /** The text with every lone surrogate replaced by "?". */
    private static String wellFormed(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '?' : c);
            }
        }
        return sb.toString();
    }

    private static String lettersAndDigits(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().filter(Character::isLetterOrDigit).forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
