package dev.summitbot.discord;

import dev.summitbot.gaps.GapGroup;
import dev.summitbot.gaps.GapReport;
import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The {@code /gaps} report as an embed: one entry per topic, most asked first, cut to
 * {@link DiscordText#GAP_LIST}. Questions are members' words: markdown escaped and mentions made inert.
 */
final class GapsView {

    private static final Color GAPS = new Color(0xC08A2B);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private GapsView() {}

    static MessageCreateData report(GapReport report) {
        long days = report.window().toDays();
        EmbedBuilder embed = new EmbedBuilder().setColor(GAPS)
                .setTitle("What the knowledge lacks: " + report.totalGroups() + (report.totalGroups() == 1 ? " topic" : " topics"));
        if (report.groups().isEmpty()) {
            embed.setDescription("No question was declined or answered in part in the last " + days + " days.");
        } else {
            StringBuilder list = new StringBuilder();
            int shown = 0;
            for (GapGroup group : report.groups()) {
                String entry = entry(shown + 1, group);
                if (list.length() + entry.length() > DiscordText.GAP_LIST) {
                    break;
                }
                list.append(entry);
                shown++;
            }
            if (shown < report.totalGroups()) {
                list.append("… and ").append(report.totalGroups() - shown).append(" more: run ./summitbot gaps");
            }
            embed.setDescription(list.toString().strip());
        }
        embed.setFooter(DiscordText.fit("last " + days + " days · " + report.questions() + " questions"
                + (report.skipped() > 0 ? " · " + report.skipped() + " unreadable lines skipped" : ""), DiscordText.EMBED_FOOTER));
        return Renderer.message(embed.build(), List.of());
    }

    /** "2026-01-15", or "2026-01-10 – 2026-01-15" when first and last asked fall on different days. */
    private static String asked(GapGroup group) {
        String first = DAY.format(group.first());
        String last = DAY.format(group.last());
        return first.equals(last) ? last : first + " – " + last;
    }

    /** "**1.** ×3 “When was the summit?”\n`summit` · 2 declined, 1 partial (when ×1) · 2 channels · 2026-01-10 – 2026-01-15" */
    private static String entry(int n, GapGroup group) {
        return "**" + n + ".** ×" + group.count() + " “" + DiscordText.fit(MarkdownSanitizer.escape(group.question()), DiscordText.LISTED_TITLE)
                + "”\n`" + DiscordText.fit(group.topicLabel().replace("`", "'"), DiscordText.LISTED_PUBLISHER) + "` · " + group.outcomes()
                + " · " + group.channels() + (group.channels() == 1 ? " channel" : " channels")
                + " · " + asked(group)
                + "\n\n";
    }
}
