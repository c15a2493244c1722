package dev.summitbot.discord;

import dev.summitbot.answer.Answer;
import dev.summitbot.answer.Citation;
import dev.summitbot.answer.CitedSource;
import dev.summitbot.answer.Summary;
import dev.summitbot.knowledge.KnowledgeProblem;
import dev.summitbot.knowledge.Source;
import dev.summitbot.service.ReloadResult;
import dev.summitbot.text.Ellipsis;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Everything the bot shows, as Discord messages: every text made inert ({@link DiscordText#safe})
 * and cut to Discord's limits, with no mention allowed.
 */
final class Renderer {

    static final String QUOTES = "quotes";
    static final String VOTE_UP = "up";
    static final String VOTE_DOWN = "down";
    static final String SUGGESTION = "suggest";
    /** The title of every summary ("Summary", or "Summary: topic"); how the bot finds its earlier pinned ones. */
    static final String SUMMARY_TITLE = "Summary";
    private static final Color ANSWERED = new Color(0x2B7A78);
    private static final Color DECLINED = new Color(0x8A8D91);
    private static final Color PARTIAL = new Color(0xC08A2B);

    private Renderer() {}

    /** Custom ids are {@code action:cacheKey[:index]}: short, and free of user text. */
    static String buttonId(String action, String key) {
        return action + ":" + key;
    }

    static MessageCreateData answer(AnswerCache.Posted posted, String key) {
        EmbedBuilder embed = new EmbedBuilder();
        List<ActionRow> rows = new ArrayList<>();
        if (!(posted.answer() instanceof Answer.NoAnswer)) {
            Answer a = posted.answer();
            if (a instanceof Answer.Partial) {
                // Marked as partial at a glance: its own colour and title, the text says what is missing.
                embed.setColor(PARTIAL).setTitle("Partial answer");
            } else {
                embed.setColor(ANSWERED);
            }
            // Dates as Discord timestamps, each reader's own format; answers are far shorter than a description.
            embed.setDescription(DiscordText.fit(DiscordText.withTimestamps(a.text()), DiscordText.EMBED_DESCRIPTION));
            embed.addField("Sources", sources(a.citations()), false);
            embed.setFooter(DiscordText.fit("knowledge " + posted.version() + " · confidence "
                    + Math.round(100 * a.confidence()) + "%" + followUp(posted), DiscordText.EMBED_FOOTER));
            rows.add(ActionRow.of(
                    Button.secondary(buttonId(QUOTES, key), "Quotes"),
                    Button.secondary(buttonId(VOTE_UP, key), Emoji.fromUnicode("👍")),
                    Button.secondary(buttonId(VOTE_DOWN, key), Emoji.fromUnicode("👎"))));
        } else if (posted.answer() instanceof Answer.NoAnswer n) {
            StringBuilder text = new StringBuilder(n.reason());
            if (!n.suggestions().isEmpty()) {
                text.append(" Questions I can answer:");
            }
            embed.setColor(DECLINED).setDescription(DiscordText.fit(text.toString(), DiscordText.EMBED_DESCRIPTION));
            embed.setFooter(DiscordText.fit("knowledge " + posted.version() + followUp(posted), DiscordText.EMBED_FOOTER));
            List<Button> buttons = new ArrayList<>();
            for (int i = 0; i < n.suggestions().size() && i < DiscordText.BUTTONS_PER_ROW; i++) {
                buttons.add(Button.primary(buttonId(SUGGESTION, key) + ":" + i,
                        DiscordText.fit(n.suggestions().get(i), DiscordText.BUTTON_LABEL)));
            }
            if (!buttons.isEmpty()) {
                rows.add(ActionRow.of(buttons));
            }
        }
        return message(embed.build(), rows);
    }

    /** " · read as a follow-up to “…”" when the question leaned on the one before, so the reading is visible. */
    private static String followUp(AnswerCache.Posted posted) {
        return posted.followUpOf().isEmpty() ? ""
                : " · read as a follow-up to “" + Ellipsis.oneLine(posted.followUpOf(), DiscordText.LISTED_PUBLISHER) + "”";
    }

    /** The numbered source list: title (a link when the source has a URL), one line each. */
    static String sources(List<Citation> citations) {
        StringBuilder sb = new StringBuilder();
        for (Citation c : citations) {
            String title = DiscordText.fit(c.title().replace("[", "(").replace("]", ")"), DiscordText.LISTED_TITLE);
            String line = "[" + c.n() + "] " + (c.notes() ? notesOn(c) + ": " : "")
                    + c.url().map(u -> "[" + title + "](" + u + ")").orElse(title) + "\n";
            if (sb.length() + line.length() > DiscordText.EMBED_FIELD_VALUE - 1) {
                sb.append("…"); // the one character kept free above
                break;
            }
            sb.append(line);
        }
        return sb.toString().strip();
    }

    /** A summary's sources, each once, with its quotes under it as block quotes, cut to fit one field. */
    static String sources(Summary summary) {
        int quotes = Math.max(1, summary.citations().size());
        int room = Math.max(40, (DiscordText.EMBED_FIELD_VALUE - 1 - summary.sources().size() * DiscordText.LISTED_TITLE) / quotes - 8);
        StringBuilder sb = new StringBuilder();
        for (CitedSource source : summary.sources()) {
            String title = DiscordText.fit(source.title().replace("[", "(").replace("]", ")"), DiscordText.LISTED_TITLE);
            StringBuilder block = new StringBuilder(source.url().map(u -> "[" + title + "](" + u + ")").orElse("**" + title + "**")).append('\n');
            for (Citation c : source.quotes()) {
                block.append("> [").append(c.n()).append("] ")
                        .append(DiscordText.fit(DiscordText.safe(MarkdownSanitizer.escape(c.quote().replaceAll("\\s+", " "))), room)).append('\n');
            }
            if (sb.length() + block.length() > DiscordText.EMBED_FIELD_VALUE - 1) {
                sb.append("…"); // the one character kept free above
                break;
            }
            sb.append(block);
        }
        return sb.toString().strip();
    }

    /** "Our notes on Reuters, <date>": a notes citation's words are ours, about that report. */
    private static String notesOn(Citation c) {
        return "our notes on " + DiscordText.safe(MarkdownSanitizer.escape(DiscordText.fit(c.publisher().orElse("a report"),
                DiscordText.LISTED_PUBLISHER))) + c.published().map(d -> ", " + DiscordText.date(d)).orElse("");
    }

    /** The verbatim quotes behind each citation, as block quotes; our notes on a report as ours, not quoted. */
    static MessageCreateData quotes(List<Citation> citations) {
        StringBuilder sb = new StringBuilder();
        for (Citation c : citations) {
            sb.append("**[").append(c.n()).append("] ").append(DiscordText.fit(c.title(), DiscordText.LISTED_TITLE)).append("**\n");
            if (c.notes()) {
                sb.append("_").append(notesOn(c)).append(":_ ")
                        .append(DiscordText.safe(MarkdownSanitizer.escape(c.quote())).replace("\n", " ")).append("\n\n");
            } else {
                sb.append("> ").append(DiscordText.safe(MarkdownSanitizer.escape(c.quote())).replace("\n", "\n> ")).append("\n\n");
            }
        }
        EmbedBuilder embed = new EmbedBuilder().setTitle("Quotes").setColor(ANSWERED)
                .setDescription(DiscordText.fit(sb.toString().strip(), DiscordText.EMBED_DESCRIPTION));
        return message(embed.build(), List.of());
    }

    static MessageCreateData summary(Summary summary, String version) {
        return summary(summary, version, null);
    }

    /** A pinned summary brought up to date after a reload: the summary, then what changed, and the new version. */
    static MessageCreateData livingSummary(Summary summary, String version, String changed) {
        return summary(summary, version, changed);
    }

    private static MessageCreateData summary(Summary summary, String version, String changed) {
        EmbedBuilder embed = new EmbedBuilder().setColor(ANSWERED)
                .setTitle(DiscordText.fit(SUMMARY_TITLE + summary.topic().map(t -> ": " + t).orElse(""), DiscordText.EMBED_TITLE));
        if (!summary.covered()) {
            embed.setColor(DECLINED).setDescription(DiscordText.fit(summary.refusal(), DiscordText.EMBED_DESCRIPTION));
            return message(embed.build(), List.of());
        }
        StringBuilder bullets = new StringBuilder();
        for (String bullet : summary.bullets()) {
            bullets.append("• ").append(bullet).append('\n');
        }
        embed.setDescription(DiscordText.fit(bullets.toString().strip(), DiscordText.SUMMARY_BULLETS));
        embed.addField("Sources", sources(summary), false);
        if (changed != null) {
            embed.addField("What changed", DiscordText.fit(changed, DiscordText.EMBED_FIELD_VALUE / 4), false);
        }
        embed.setFooter(DiscordText.fit("knowledge " + version, DiscordText.EMBED_FOOTER));
        return message(embed.build(), List.of());
    }

    static MessageCreateData reload(ReloadResult r) {
        return reload(r, false);
    }

    /** The same; in a cluster with a field saying that the other processes were asked to reload as well. */
    static MessageCreateData reload(ReloadResult r, boolean cluster) {
        EmbedBuilder embed = new EmbedBuilder();
        if (cluster) {
            embed.addField("Other processes", "Asked to reload from the same folder; /about shows the version each one answers with.",
                    false);
        }
        if (r.ok()) {
            embed.setColor(ANSWERED).setTitle("Knowledge reloaded").setDescription(DiscordText.fit(
                    "Now answering: **" + r.version() + "** (was " + r.previousVersion() + ")\n"
                            + (r.changes().any() ? r.changes().describe() : "Nothing changed.") + "\n"
                            + "Took " + r.millis() + " ms.", DiscordText.EMBED_DESCRIPTION));
        } else {
            StringBuilder problems = new StringBuilder();
            for (KnowledgeProblem p : r.errors()) {
                String line = "• " + p + "\n";
                if (problems.length() + line.length() > DiscordText.RELOAD_PROBLEMS) {
                    problems.append("… and more: run ./summitbot check");
                    break;
                }
                problems.append(line);
            }
            embed.setColor(DECLINED).setTitle("Reload refused: " + r.errors().size() + " problem(s)").setDescription(DiscordText.fit(
                    "The previous knowledge **" + r.previousVersion() + "** is still answering.\n\n" + problems,
                    DiscordText.EMBED_DESCRIPTION));
        }
        return message(embed.build(), List.of());
    }

    static MessageCreateData sources(List<Source> sources, String version) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Source s : sources) {
            String line = "• **" + DiscordText.fit(s.title(), DiscordText.LISTED_TITLE) + "**"
                    + s.publisher().map(p -> " — " + DiscordText.fit(p, DiscordText.LISTED_PUBLISHER)).orElse("")
                    + s.published().map(d -> " (" + DiscordText.date(d) + ")").orElse("")
                    + (s.isNotes() ? " — our notes" : "")
                    + s.url().map(u -> " <" + u + ">").orElse("") + "\n";
            if (sb.length() + line.length() > DiscordText.SOURCE_LIST) {
                break;
            }
            sb.append(line);
            shown++;
        }
        if (shown < sources.size()) {
            sb.append("… and ").append(sources.size() - shown).append(" more");
        }
        EmbedBuilder embed = new EmbedBuilder().setTitle("Sources (" + sources.size() + ")").setColor(ANSWERED)
                .setDescription(sb.toString().strip()).setFooter("knowledge " + version);
        return message(embed.build(), List.of());
    }

    static MessageCreateData text(String text) {
        return new MessageCreateBuilder().setContent(DiscordText.fit(text, DiscordText.CONTENT))
                .setAllowedMentions(List.of()).mentionRepliedUser(false).build();
    }

    static MessageCreateData embed(String title, String description) {
        return message(new EmbedBuilder().setTitle(DiscordText.fit(title, DiscordText.EMBED_TITLE)).setColor(ANSWERED)
                .setDescription(DiscordText.fit(description, DiscordText.EMBED_DESCRIPTION)).build(), List.of());
    }

    static MessageCreateData message(MessageEmbed embed, List<ActionRow> rows) {
        return new MessageCreateBuilder().setEmbeds(embed).setComponents(rows)
                .setAllowedMentions(List.of()).mentionRepliedUser(false).build();
    }
}
