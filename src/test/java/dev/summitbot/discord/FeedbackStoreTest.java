package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.MutableClock;
import dev.summitbot.answer.Answer;
import dev.summitbot.answer.Citation;
import dev.summitbot.discord.FeedbackStore.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("FeedbackStore keeps one vote per member and answer in an append-only JSON Lines file")
final class FeedbackStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AnswerCache.Posted ANSWERED = new AnswerCache.Posted("Where was the summit held?",
            new Answer.Answered("Where was the summit held?", "The Trump–Putin summit was held in Alaska. [1]",
                    List.of(new Citation(1, "summit-article", "Summit", Optional.empty(), "in Alaska")),
                    List.of("summit-location"), 0.9),
            "abc@20260115T100000Z");
    private static final AnswerCache.Posted DECLINED = new AnswerCache.Posted("Price of oil?",
            new Answer.NoAnswer("Price of oil?", "My sources do not cover that.", List.of(), 0.1), "abc@20260115T100000Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));

    @Test
    @DisplayName("a vote is recorded, the same vote again withdraws it, the other vote changes it")
    void votes() throws IOException {
        // GIVEN
        FeedbackStore store = new FeedbackStore(dir.resolve("feedback.jsonl"), clock);

        // WHEN / THEN
        assertThat(store.vote("m1", "alice", 1, ANSWERED)).isEqualTo(Outcome.RECORDED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.vote("m1", "alice", 1, ANSWERED)).isEqualTo(Outcome.WITHDRAWN);
        assertThat(store.vote("m1", "alice", -1, ANSWERED)).isEqualTo(Outcome.RECORDED);
        assertThat(store.vote("m1", "alice", 1, ANSWERED)).isEqualTo(Outcome.CHANGED);
        assertThat(store.vote("m1", "bob", 1, ANSWERED)).as("another member").isEqualTo(Outcome.RECORDED);
        assertThat(store.vote("m2", "alice", 1, DECLINED)).as("another answer").isEqualTo(Outcome.RECORDED);
        List<JsonNode> lines = lines(dir.resolve("feedback.jsonl"));
        assertThat(lines).extracting(l -> l.path("answer").asText() + "/" + l.path("user").asText() + "=" + l.path("vote").asInt())
                .containsExactly("m1/alice=1", "m1/alice=0", "m1/alice=-1", "m1/alice=1", "m1/bob=1", "m2/alice=1");
        assertThat(lines.get(0).path("at").asText()).isEqualTo("2026-01-15T10:00:00Z");
        assertThat(lines.get(1).path("at").asText()).isEqualTo("2026-01-15T10:00:01Z");
        assertThat(lines.get(0).path("question").asText()).isEqualTo("Where was the summit held?");
        assertThat(lines.get(0).path("reply").asText()).isEqualTo("The Trump–Putin summit was held in Alaska. [1]");
        assertThat(lines.get(0).path("answered").asBoolean()).isTrue();
        assertThat(lines.get(0).path("version").asText()).isEqualTo("abc@20260115T100000Z");
        assertThat(lines.get(5).path("reply").asText()).isEqualTo("My sources do not cover that.");
        assertThat(lines.get(5).path("answered").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("after a restart the file is replayed: current votes are remembered, withdrawn ones are not")
    void replay() throws IOException {
        // GIVEN
        Path file = dir.resolve("logs/feedback.jsonl");
        FeedbackStore before = new FeedbackStore(file, clock);
        before.vote("m1", "alice", 1, ANSWERED);
        before.vote("m1", "bob", -1, ANSWERED);
        before.vote("m1", "bob", -1, ANSWERED);
        before.vote("m2", "alice", 1, ANSWERED);
        before.vote("m2", "alice", -1, ANSWERED);

        // WHEN
        FeedbackStore after = new FeedbackStore(file, clock);

        // THEN
        assertThat(after.vote("m1", "alice", 1, ANSWERED)).isEqualTo(Outcome.WITHDRAWN);
        assertThat(after.vote("m1", "bob", -1, ANSWERED)).isEqualTo(Outcome.RECORDED);
        assertThat(after.vote("m2", "alice", 1, ANSWERED)).isEqualTo(Outcome.CHANGED);
        assertThat(lines(file)).hasSize(8);
    }

    @Test
    @DisplayName("a torn last line (a crash while writing) is skipped; the votes before and after it count")
    void tornLine() throws IOException {
        // GIVEN
        Path file = dir.resolve("feedback.jsonl");
        new FeedbackStore(file, clock).vote("m1", "alice", 1, ANSWERED);
        byte[] dash = "—".getBytes(StandardCharsets.UTF_8);
        Files.write(file, "{\"answer\":\"m1\",\"user\":\"bob\",\"question\":\"Trump".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        Files.write(file, new byte[] {dash[0], dash[1]}, StandardOpenOption.APPEND); // torn inside "—"

        // WHEN
        FeedbackStore restarted = new FeedbackStore(file, clock);

        // THEN
        assertThat(restarted.vote("m1", "alice", 1, ANSWERED)).isEqualTo(Outcome.WITHDRAWN);
        assertThat(restarted.vote("m1", "bob", 1, ANSWERED)).isEqualTo(Outcome.RECORDED);
        FeedbackStore again = new FeedbackStore(file, clock);
        assertThat(again.vote("m1", "alice", 1, ANSWERED)).as("alice's withdrawal, the first line after the torn one")
                .isEqualTo(Outcome.RECORDED);
        assertThat(again.vote("m1", "bob", 1, ANSWERED)).isEqualTo(Outcome.WITHDRAWN);
    }

    @Test
    @DisplayName("a vote that cannot be written fails and does not count")
    void failedWrite() throws IOException {
        // GIVEN: the file's path is taken by a directory
        Path file = Files.createDirectory(dir.resolve("feedback.jsonl"));
        FeedbackStore store = new FeedbackStore(file, clock);

        // WHEN
        assertThatThrownBy(() -> store.vote("m1", "alice", 1, ANSWERED)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
        Files.delete(file);

        // THEN
        assertThat(store.vote("m1", "alice", 1, ANSWERED)).isEqualTo(Outcome.RECORDED);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
