package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.gaps.GapGroup;
import dev.summitbot.gaps.GapReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The /gaps embed: within Discord's limits however many and however long the questions, nothing that pings")
final class GapsViewTest {

    private static final Instant FIRST = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant LAST = Instant.parse("2026-01-15T20:00:00Z");

    @Test
    @DisplayName("25 topics of 300-character questions are cut to the GAP_LIST budget, with how many more there are")
    void fitsTheLimits() {
        // GIVEN
        List<GapGroup> groups = IntStream.range(0, 25).mapToObj(i -> group(List.of("topic" + i, "x".repeat(200)),
                ("Why " + i + " ").repeat(60).strip(), 30 - i)).toList();

        // WHEN
        MessageCreateData data = GapsView.report(new GapReport(groups, 40, 500, 0, Duration.ofDays(90)));

        // THEN
        MessageEmbed embed = data.getEmbeds().get(0);
        assertThat(embed.getDescription().length()).isLessThanOrEqualTo(DiscordText.EMBED_DESCRIPTION);
        assertThat(embed.getLength()).isLessThanOrEqualTo(DiscordText.EMBED_TOTAL);
        assertThat(embed.getDescription()).startsWith("**1.** ×30 “Why 0").containsPattern("… and \\d+ more: run ./summitbot gaps$");
        assertThat(data.getAllowedMentions()).isEmpty();
    }

    @Test
    @DisplayName("members' words are shown inert: markdown escaped, mentions broken; a group shows outcomes, channels and days asked")
    void inertText() {
        // GIVEN a question with markdown and a mass mention (one the cleaning missed, say from an old log)
        GapGroup group = new GapGroup(List.of("summit"), "**when** was @everyone at the summit?", 3, 1, 2,
                new TreeMap<>(Map.of("when", 2)), FIRST, LAST, 2);

        // WHEN
        String description = GapsView.report(new GapReport(List.of(group), 1, 3, 1, Duration.ofDays(30))).getEmbeds().get(0)
                .getDescription();

        // THEN
        assertThat(description).isEqualTo("**1.** ×3 “\\*\\*when\\*\\* was @\u200beveryone at the summit?”\n"
                + "`summit` · 1 declined, 2 partial (when ×2) · 2 channels · 2026-01-10 – 2026-01-15");
    }

    private static GapGroup group(List<String> topic, String question, int count) {
        return new GapGroup(topic, question, count, count, 0, new TreeMap<>(), FIRST, LAST, 1);
    }
}
