package dev.summitbot.discord;

import dev.summitbot.config.LogsConfig;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** The application commands SummitBot registers. */
final class CommandCatalog {

    static final String ASK = "ask";
    static final String SUMMARY = "summary";
    static final String RELOAD = "reload";
    static final String SOURCES = "sources";
    static final String HELP = "help";
    static final String ABOUT = "about";
    static final String GAPS = "gaps";
    static final String ASK_MESSAGE = "Ask SummitBot";
    static final String QUESTION = "question";
    static final String TOPIC = "topic";
    static final String PIN = "pin";
    static final String DAYS = "days";
    static final String LIMIT = "limit";

    private CommandCatalog() {}

    static List<CommandData> all() {
        return List.of(
                Commands.slash(ASK, "Ask a question; the answer cites its sources")
                        .addOptions(new OptionData(OptionType.STRING, QUESTION, "Your question", true, true).setMaxLength(1000)),
                Commands.slash(SUMMARY, "Post a cited summary of the knowledge, or of one topic")
                        .addOption(OptionType.STRING, TOPIC, "What the summary is about (default: everything)", false)
                        .addOption(OptionType.BOOLEAN, PIN, "Pin the summary (moderators only)", false),
                Commands.slash(RELOAD, "Reload the knowledge folder (admins only)")
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER)),
                Commands.slash(GAPS, "What members asked that the knowledge lacks, by topic (admins only)")
                        .addOptions(new OptionData(OptionType.INTEGER, DAYS, "Only the last DAYS days (default: all kept)", false)
                                        .setRequiredRange(1, LogsConfig.MAX_RETENTION_DAYS),
                                new OptionData(OptionType.INTEGER, LIMIT, "At most this many topics (default 10)", false)
                                        .setRequiredRange(1, 25))
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER)),
                Commands.slash(SOURCES, "List the sources the bot answers from"),
                Commands.slash(HELP, "How to ask SummitBot"),
                Commands.slash(ABOUT, "Bot and knowledge versions, counts, last reload, uptime"),
                Commands.message(ASK_MESSAGE));
    }

    static String help(boolean qaChannels) {
        return String.join("\n",
                "**/ask** `question` — an answer with numbered sources; **Quotes** shows the exact words behind each.",
                "**@SummitBot** your question — or reply to one of my answers with another question.",
                "**Ask SummitBot** — right-click a message → Apps, to answer the question in it.",
                qaChannels ? "In the Q&A channels every message is a question." : "",
                "**/summary** `[topic]` `[pin]` — a cited summary; moderators can pin it.",
                "**/sources** — what I answer from. **/about** — versions and counts.",
                "**/reload** — admins: reload the knowledge; the current knowledge keeps answering if the new one has errors.",
                "**/gaps** `[days]` `[limit]` — admins: what members asked that my sources lack, by topic, most asked first.",
                "When my sources don't cover a question I say so, and suggest questions I can answer.").replace("\n\n", "\n");
    }
}
