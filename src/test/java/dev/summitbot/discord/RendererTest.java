package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.answer.Answer;
import dev.summitbot.answer.Citation;
import dev.summitbot.answer.Summary;
import dev.summitbot.knowledge.KnowledgeProblem;
import dev.summitbot.knowledge.Source;
import dev.summitbot.knowledge.SourceKind;
import dev.summitbot.service.Changes;
import dev.summitbot.service.KnowledgeVersion;
import dev.summitbot.service.ReloadResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Renderer keeps every message within Discord's limits, however large the knowledge")
final class RendererTest {

    private static final String VERSION = "0123456789@20260115T100000Z";
    private static final String LONG = "@everyone " + "word ".repeat(2000);

    @Test
    @DisplayName("a source list that exactly fills the field still leaves room for its ellipsis")
    void sourcesAtTheFieldLimit() {
        // GIVEN: five lines "[n] title\n" of exactly 1024 characters in all, then one more
        List<Citation> citations = IntStream.rangeClosed(1, 6)
                .mapToObj(n -> citation(n, "t".repeat(n == 5 ? 199 : 200), "q")).toList();

        // WHEN
        MessageCreateData message = Renderer.answer(answered("Short. [1]", citations), "key");

        // THEN
        String sources = field(embed(message), "Sources");
        assertThat(sources).hasSizeLessThanOrEqualTo(MessageEmbed.VALUE_MAX_LENGTH).endsWith("…");
    }

    @Test
    @DisplayName("a partial answer is marked as such: its own title and colour, with its source and buttons")
    void partialAnswer() {
        // GIVEN a partial answer
        Answer.Partial partial = new Answer.Partial("when is the meeting?", "when",
                "My sources don't say when. What they do say: The meeting is planned. [1]", List.of(citation(1, "Report", "q")),
                List.of(), 0.9);

        // WHEN it is rendered
        MessageEmbed embed = embed(Renderer.answer(new AnswerCache.Posted("when is the meeting?", partial, VERSION), "key"));
        MessageEmbed answered = embed(Renderer.answer(answered("The meeting is planned. [1]", List.of(citation(1, "Report", "q"))), "key"));

        // THEN a reader sees at once that it is partial
        assertThat(embed.getTitle()).isEqualTo("Partial answer");
        assertThat(embed.getDescription()).startsWith("My sources don't say when.");
        assertThat(embed.getColor()).isNotEqualTo(answered.getColor());
        assertThat(answered.getTitle()).isNull();
        assertThat(field(embed, "Sources")).startsWith("[1] Report");
    }

    @Test
    @DisplayName("a huge answer with many long citations fits one embed, with nothing that could ping")
    void hugeAnswer() {
        // GIVEN
        List<Citation> citations = IntStream.rangeClosed(1, 40).mapToObj(n -> citation(n, LONG, LONG)).toList();

        // WHEN
        MessageCreateData answer = Renderer.answer(answered(LONG, citations), "key");
        MessageCreateData quotes = Renderer.quotes(citations);

        // THEN
        assertSendable(answer);
        assertSendable(quotes);
    }

    @Test
    @DisplayName("long suggested questions become buttons with labels of at most 80 characters")
    void longSuggestions() {
        // GIVEN
        Answer.NoAnswer declined = new Answer.NoAnswer("q", "My sources do not cover that.", List.of(LONG, LONG, LONG), 0.1);

        // WHEN
        MessageCreateData message = Renderer.answer(new AnswerCache.Posted("q", declined, VERSION), "key");

        // THEN
        assertSendable(message);
        List<Button> buttons = message.getComponents().get(0).asActionRow().getButtons();
        assertThat(buttons).hasSize(3).allSatisfy(b -> assertThat(b.getLabel()).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    @DisplayName("a long summary, a reload with hundreds of errors and a long source list all fit")
    void longLists() {
        // GIVEN
        List<Citation> citations = IntStream.rangeClosed(1, 60).mapToObj(n -> citation(n, LONG, LONG)).toList();
        Summary summary = new Summary(Optional.of(LONG), List.of(LONG, LONG, LONG), citations);
        List<KnowledgeProblem> problems = IntStream.range(0, 500)
                .mapToObj(i -> KnowledgeProblem.of("facts/f" + i + ".yaml", i + 1, "problem " + LONG.substring(0, 300))).toList();
        KnowledgeVersion version = new KnowledgeVersion("0123456789", Instant.parse("2026-01-15T10:00:00Z"));
        ReloadResult refused = new ReloadResult(false, "1", Instant.EPOCH, version, version, Changes.NONE, problems, 12);
        List<Source> sources = IntStream.range(0, 300).mapToObj(i -> new Source("s" + i, LONG.substring(0, 500),
                Optional.of("Publisher"), Optional.of("https://example.org/" + i), Optional.of(LocalDate.of(2025, 8, 18)),
                List.of(), SourceKind.ARTICLE, "text", "sources/s" + i + ".md", 5)).toList();

        // WHEN
        MessageCreateData summarized = Renderer.summary(summary, VERSION);
        MessageCreateData reload = Renderer.reload(refused);
        MessageCreateData listed = Renderer.sources(sources, VERSION);

        // THEN
        assertSendable(summarized);
        assertSendable(reload);
        assertThat(embed(reload).getDescription()).contains("is still answering").endsWith("… and more: run ./summitbot check");
        assertSendable(listed);
        assertThat(embed(listed).getDescription()).endsWith(" more");
    }

    @Test
    @DisplayName("plain text is cut to 2000 characters")
    void text() {
        // WHEN
        MessageCreateData message = Renderer.text(LONG);

        // THEN
        assertThat(message.getContent()).hasSizeLessThanOrEqualTo(Message.MAX_CONTENT_LENGTH).doesNotContain("@everyone");
    }

    @Test
    @DisplayName("dates in an answer become Discord timestamps at noon UTC; a notes citation says whose notes and when, never quoting them as the publisher's")
    void datesAndNotes() {
        // GIVEN an answer with a date, citing our notes on a report
        Citation notes = new Citation(1, "notes-x", "Talks end", Optional.of("https://example.org/x"), "the talks lasted three hours",
                Optional.of("A Paper"), Optional.of(LocalDate.of(2025, 8, 16)), true);
        AnswerCache.Posted posted = answered("On 2025-08-15, the talks lasted three hours. [1] Not a date: 2025-13-45.", List.of(notes));

        // WHEN rendered, with its quotes
        MessageCreateData message = Renderer.answer(posted, "k");
        MessageCreateData quotes = Renderer.quotes(List.of(notes));

        // THEN
        String noon = Long.toString(LocalDate.of(2025, 8, 15).atTime(12, 0).toEpochSecond(java.time.ZoneOffset.UTC));
        assertThat(message.getEmbeds().get(0).getDescription()).contains("On <t:" + noon + ":D>, the talks").contains("2025-13-45");
        assertThat(message.getEmbeds().get(0).getFields().get(0).getValue())
                .startsWith("[1] our notes on A Paper, <t:").contains(":D>: [Talks end](https://example.org/x)");
        assertThat(quotes.getEmbeds().get(0).getDescription()).contains("_our notes on A Paper, <t:")
                .contains("the talks lasted three hours").doesNotContain("> the talks");
        assertSendable(message);
    }

    private static void assertSendable(MessageCreateData message) {
        MessageEmbed embed = embed(message);
        assertThat(embed.isSendable()).as("embed within 6000 characters").isTrue();
        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
        embed.getFields().forEach(f -> assertThat(f.getValue()).hasSizeLessThanOrEqualTo(MessageEmbed.VALUE_MAX_LENGTH));
        assertThat(embed.toData().toString()).doesNotContainPattern("@(everyone|here)");
        assertThat(message.getAllowedMentions()).isEmpty();
    }

    private static MessageEmbed embed(MessageCreateData message) {
        assertThat(message.getEmbeds()).hasSize(1);
        return message.getEmbeds().get(0);
    }

    private static String field(MessageEmbed embed, String name) {
        return embed.getFields().stream().filter(f -> name.equals(f.getName())).findFirst().orElseThrow().getValue();
    }

    private static AnswerCache.Posted answered(String text, List<Citation> citations) {
        return new AnswerCache.Posted("q", new Answer.Answered("q", text, citations, List.of(), 0.9), VERSION);
    }

    private static Citation citation(int n, String title, String quote) {
        return new Citation(n, "s" + n, title, Optional.empty(), quote);
    }
}
