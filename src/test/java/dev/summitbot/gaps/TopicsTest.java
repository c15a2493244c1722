package dev.summitbot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Topics: questions grouped by their analysed topic words, most asked first, deterministically")
final class TopicsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are one topic")
    @CsvSource(delimiter = '|', textBlock = """
            When was the summit?                 | What date was the summit held
            Who paid for the hotels?             | who PAID for the hotel
            Where was the summit held?           | hey bot, which place was the summit in
            What did Zelensky say about it?      | zelensky's reaction
            """)
    void paraphrasesShareATopic(String one, String other) {
        assertThat(Topics.of(one)).isNotEmpty().isEqualTo(Topics.of(other));
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are different topics")
    @CsvSource(delimiter = '|', textBlock = """
            When was the summit?                 | Who paid for the hotel?
            What did Zelensky say?               | What did Putin say?
            """)
    void differentTopicsStayApart(String one, String other) {
        assertThat(Topics.of(one)).isNotEqualTo(Topics.of(other));
    }

    @Test
    @DisplayName("groups by count, then by the last time asked, then by topic; each shows its most asked wording, outcomes and channels")
    void groupsAndOrders() {
        // GIVEN three topics: the summit's date asked 3 times in two channels, the hotel twice, the weather twice but earlier
        List<GapEntry> entries = new ArrayList<>();
        entries.add(entry(0, "What is the weather in Nome?", "declined", null, Origin.CONSOLE));
        entries.add(entry(1, "weather in nome", "declined", null, Origin.CONSOLE));
        entries.add(entry(2, "When was the summit?", "partial", "when", Origin.discord("1", "10")));
        entries.add(entry(3, "Who paid for the hotel?", "declined", null, Origin.discord("1", "10")));
        entries.add(entry(4, "What date was the summit held", "partial", "when", Origin.discord("1", "11")));
        entries.add(entry(5, "When was the summit?", "declined", null, Origin.discord("1", "10")));
        entries.add(entry(6, "who paid for the hotels", "declined", null, Origin.discord("1", "10")));

        // WHEN
        List<GapGroup> groups = Topics.group(entries);

        // THEN
        assertThat(groups).extracting(GapGroup::topicLabel).containsExactly("summit", "hotel paid", "nome weather");
        GapGroup summit = groups.get(0);
        assertThat(summit.question()).isEqualTo("When was the summit?");
        assertThat(summit.count()).isEqualTo(3);
        assertThat(summit.declined()).isEqualTo(1);
        assertThat(summit.partial()).isEqualTo(2);
        assertThat(summit.missing()).containsExactly(java.util.Map.entry("when", 2));
        assertThat(summit.outcomes()).isEqualTo("1 declined, 2 partial (when ×2)");
        assertThat(summit.first()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(summit.last()).isEqualTo(T0.plus(Duration.ofHours(5)));
        assertThat(summit.channels()).isEqualTo(2);
        assertThat(groups.get(1).question()).as("a tie between wordings: the alphabetically first").isEqualTo("Who paid for the hotel?");
        assertThat(groups.get(2).channels()).isEqualTo(1);
    }

    @Test
    @DisplayName("the same entries in any order give the same groups in the same order")
    void deterministic() {
        // GIVEN two topics asked once each, at the same time
        GapEntry a = entry(1, "Who paid for the hotel?", "declined", null, Origin.CONSOLE);
        GapEntry b = entry(1, "What is the weather in Nome?", "declined", null, Origin.CONSOLE);

        // WHEN / THEN ties fall back to the topic words
        assertThat(Topics.group(List.of(a, b))).isEqualTo(Topics.group(List.of(b, a)));
        assertThat(Topics.group(List.of(b, a))).extracting(GapGroup::topicLabel).containsExactly("hotel paid", "nome weather");
    }

    private static GapEntry entry(int hour, String question, String outcome, String missing, Origin origin) {
        return new GapEntry(T0.plus(Duration.ofHours(hour)), question, outcome, missing, origin, "v");
    }
}
