package dev.summitbot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.MutableClock;
import dev.summitbot.answer.Answer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The gaps log: declined and partial questions, by channel, never by member, kept for the retention")
final class GapsLogTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Answer declined(String question) {
        return new Answer.NoAnswer(question, Answer.NOT_COVERED, List.of("Where was the summit held?"), 0.1);
    }

    static Answer partial(String question, String missing) {
        return new Answer.Partial(question, missing, "My sources don't say " + missing + ".", List.of(), List.of(), 0.6);
    }

    @Test
    @DisplayName("declined and partial answers are appended with time, outcome, missing, guild and channel; answered ones and empty questions are not")
    void recordsGapsOnly(@TempDir Path dir) throws Exception {
        // GIVEN
        Path file = dir.resolve("data/gaps.jsonl");
        GapsLog log = GapsLog.open(file, 90, new MutableClock(NOW));

        // WHEN
        log.record(declined("Who paid for the hotel?"), "abc@1", Origin.discord("111", "222"));
        log.record(partial("When was the summit?", "when"), "abc@1", Origin.CONSOLE);
        log.record(new Answer.Answered("Where was the summit held?", "In Alaska [1].", List.of(), List.of(), 0.9), "abc@1",
                Origin.discord("111", "222"));
        log.record(new Answer.NoAnswer("?!", Answer.NO_QUESTION, List.of(), 0), "abc@1", Origin.CONSOLE);

        // THEN
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.toString()).isEqualTo("{\"at\":\"2026-03-01T12:00:00Z\",\"question\":\"Who paid for the hotel?\","
                + "\"outcome\":\"declined\",\"from\":\"discord\",\"guild\":\"111\",\"channel\":\"222\",\"version\":\"abc@1\"}");
        assertThat(JSON.readTree(lines.get(1)).toString()).isEqualTo("{\"at\":\"2026-03-01T12:00:00Z\",\"question\":\"When was the summit?\","
                + "\"outcome\":\"partial\",\"missing\":\"when\",\"from\":\"console\",\"version\":\"abc@1\"}");
    }

    @Test
    @DisplayName("a long question is cut to MAX_QUESTION_CHARS")
    void capsTheQuestion(@TempDir Path dir) throws Exception {
        // GIVEN
        GapsLog log = GapsLog.open(dir.resolve("gaps.jsonl"), 90, new MutableClock(NOW));

        // WHEN
        log.record(declined("why ".repeat(500)), "v", Origin.CONSOLE);

        // THEN
        assertThat(log.read(Optional.empty()).entries()).singleElement()
                .satisfies(e -> assertThat(e.question().length()).isLessThanOrEqualTo(GapsLog.MAX_QUESTION_CHARS));
    }

    @Test
    @DisplayName("lines older than the retention are dropped on opening and at most once a day while running; reading ignores them anyway")
    void retention(@TempDir Path dir) throws Exception {
        // GIVEN a log kept 10 days, with a question asked now
        Path file = dir.resolve("gaps.jsonl");
        MutableClock clock = new MutableClock(NOW);
        GapsLog log = GapsLog.open(file, 10, clock).pruned();
        log.record(declined("Who paid for the hotel?"), "v", Origin.CONSOLE);

        // WHEN 9 days pass and another is asked: the first is within the retention, and a prune ran at most a day ago
        clock.advance(Duration.ofDays(9));
        log.record(declined("Who cooked dinner?"), "v", Origin.CONSOLE);
        // AND 2 more days pass: the first is expired; reading ignores it before any prune
        clock.advance(Duration.ofDays(2));
        assertThat(log.read(Optional.empty()).entries()).extracting(GapEntry::question).containsExactly("Who cooked dinner?");
        assertThat(Files.readAllLines(file)).as("not pruned yet: nothing was asked since the last prune").hasSize(2);

        // AND a question asked then prunes, since the last prune is more than a day old
        log.record(declined("Who drove?"), "v", Origin.CONSOLE);

        // THEN
        assertThat(Files.readAllLines(file)).hasSize(2).noneMatch(l -> l.contains("hotel"));
        // AND a start after 10 more days drops the rest
        clock.advance(Duration.ofDays(10).plusSeconds(1));
        GapsLog.open(file, 10, clock);
        assertThat(Files.readAllLines(file)).as("opening alone changes nothing").hasSize(2);
        GapsLog.open(file, 10, clock).pruned();
        assertThat(Files.readAllLines(file)).isEmpty();
    }

    @Test
    @DisplayName("a missing file is an empty log; corrupt lines are skipped and counted, never fatal")
    void missingAndCorrupt(@TempDir Path dir) throws Exception {
        // GIVEN
        GapsLog missing = GapsLog.open(dir.resolve("none/gaps.jsonl"), 90, new MutableClock(NOW));
        // AND a log file with one good line and five bad ones
        Path file = dir.resolve("gaps.jsonl");
        GapsLog log = GapsLog.open(file, 90, new MutableClock(NOW));
        Files.writeString(file, String.join("\n",
                "{\"at\":\"2026-03-01T10:00:00Z\",\"question\":\"Who drove?\",\"outcome\":\"declined\",\"from\":\"console\",\"version\":\"v\"}",
                "not json at all",
                "[1,2,3]",
                "{\"at\":\"yesterday\",\"question\":\"Who?\",\"outcome\":\"declined\",\"from\":\"console\"}",
                "{\"at\":\"2026-03-01T10:00:00Z\",\"question\":\"Who?\",\"outcome\":\"answered\",\"from\":\"console\"}",
                "{\"at\":\"2026-03-01T11:00:00Z\",\"question\":\"Who dr"), StandardCharsets.UTF_8);

        // WHEN
        GapsLog.Entries none = missing.read(Optional.empty());
        GapsLog.Entries read = log.read(Optional.empty());

        // THEN
        assertThat(none.entries()).isEmpty();
        assertThat(none.skipped()).isZero();
        assertThat(dir.resolve("none")).doesNotExist();
        assertThat(read.entries()).extracting(GapEntry::question).containsExactly("Who drove?");
        assertThat(read.skipped()).isEqualTo(5);
    }

    @Test
    @DisplayName("--since narrows the window; it never reaches past the retention")
    void window(@TempDir Path dir) throws Exception {
        // GIVEN one question 5 days ago and one now
        MutableClock clock = new MutableClock(NOW.minus(Duration.ofDays(5)));
        GapsLog log = GapsLog.open(dir.resolve("gaps.jsonl"), 30, clock);
        log.record(declined("Who paid for the hotel?"), "v", Origin.CONSOLE);
        clock.advance(Duration.ofDays(5));
        log.record(declined("Who cooked dinner?"), "v", Origin.CONSOLE);

        // WHEN / THEN
        assertThat(log.read(Optional.of(Duration.ofDays(2))).entries()).hasSize(1);
        assertThat(log.read(Optional.of(Duration.ofDays(365))).entries()).hasSize(2);
        assertThat(log.report(Optional.of(Duration.ofDays(365)), 10).window()).isEqualTo(Duration.ofDays(30));
    }
}
