package dev.summitbot.discord;

import dev.summitbot.service.ReloadResult;
import dev.summitbot.service.SourceList;
import dev.summitbot.service.Summarized;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** /summary, /reload, /sources, /help and /about. */
final class SlashCommands {

    private static final Logger LOG = LoggerFactory.getLogger(SlashCommands.class);
    /** What the bot needs in a channel to post and pin a summary there. */
    static final List<Permission> PIN_NEEDS = List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY, Permission.PIN_MESSAGES);

    private final BotContext context;

    SlashCommands(BotContext context) {
        this.context = context;
    }

    void summary(SlashCommandInteractionEvent event) {
        Optional<String> topic = Optional.ofNullable(event.getOption(CommandCatalog.TOPIC, OptionMapping::getAsString));
        boolean pin = event.getOption(CommandCatalog.PIN, false, OptionMapping::getAsBoolean);
        boolean stopUpdates = event.getOption(CommandCatalog.PIN) != null && !pin && stopsUpdates(event);
        if (pin) {
            Optional<String> refusal = pinRefusal(event);
            if (refusal.isPresent()) {
                event.reply(Renderer.text(refusal.get())).setEphemeral(true).queue();
                return;
            }
        }
        // Summaries are computed on the answer workers, like answers, never on JDA's event thread.
        CompletableFuture.supplyAsync(() -> context.knowledge().summarize(topic), context.answering())
                .whenComplete((Summarized summarized, Throwable failure) -> {
                    if (failure != null) {
                        LOG.error("/summary failed", failure);
                        Guard.fail(event);
                    } else {
                        post(event, summarized, pin, context.pins());
                        if (stopUpdates) {
                            event.getHook().sendMessage(Renderer.text("The pinned summary of this channel is no longer updated "
                                    + "when the knowledge changes. Pin a new one with /summary pin:true to start again."))
                                    .setEphemeral(true).queue();
                        }
                    }
                });
    }

    /** {@code pin:false} from a moderator stops the channel's pinned summaries being updated; true if there were any. */
    private boolean stopsUpdates(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild() || !context.permissions().mayPin(event.getMember(), event.getGuildChannel())) {
            return false;
        }
        int stopped = context.pins().removeChannel(event.getChannel().getId());
        if (stopped > 0) {
            LOG.info("{} stopped the updates of {} pinned summaries in channel {}", event.getUser().getId(), stopped, event.getChannel().getId());
        }
        return stopped > 0;
    }

    private static void post(SlashCommandInteractionEvent event, Summarized summarized, boolean pin, PinnedSummaryStore pins) {
        MessageCreateData data = Renderer.summary(summarized.summary(), summarized.version().label());
        boolean covered = summarized.summary().covered();
        if (!pin || !covered) {
            event.reply(data).setEphemeral(!covered).queue();
            return;
        }
        MessageChannel channel = event.getChannel();
        // A pinned summary must be public: JDA refuses to pin an ephemeral message.
        event.deferReply().queue();
        event.getHook().editOriginal(MessageEditData.fromCreateData(data)).setAllowedMentions(List.of()).queue(message ->
                SummaryPins.pin(channel, message, summarized.summary().topic(), pins, e -> {
                    LOG.info("pinning summary {} in channel {} failed: {}", message.getId(), channel.getId(), e.toString());
                    event.getHook().sendMessage(Renderer.text("The summary is posted, but pinning it failed: " + e.getMessage()))
                            .setEphemeral(true).queue();
                }));
    }

    /** Why this pin cannot happen: not a moderator, or the bot lacks a permission in the channel. */
    private Optional<String> pinRefusal(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild()) {
            return Optional.of("Summaries can be pinned in server channels only.");
        }
        GuildChannel channel = event.getGuildChannel();
        Member member = event.getMember();
        if (!context.permissions().mayPin(member, channel)) {
            return Optional.of("Only moderators (Manage Messages, or a moderator role) can pin summaries. "
                    + "Run /summary without pin to post one.");
        }
        Member self = event.getGuild().getSelfMember();
        List<String> missing = PIN_NEEDS.stream().filter(p -> !self.hasPermission(channel, p)).map(Permission::getName).toList();
        if (!missing.isEmpty()) {
            return Optional.of("I can't pin in this channel: I'm missing the " + String.join(", ", missing)
                    + (missing.size() == 1 ? " permission" : " permissions") + " here. Ask an admin to grant "
                    + (missing.size() == 1 ? "it" : "them") + " to my role.");
        }
        return Optional.empty();
    }

    void reload(SlashCommandInteractionEvent event) {
        if (!context.permissions().mayReload(event.getMember())) {
            event.reply(Renderer.text("Only admins (Administrator, Manage Server, or an admin role) can reload the knowledge."))
                    .setEphemeral(true).queue();
            return;
        }
        String actor = event.getUser().getId();
        event.deferReply(true).queue();
        // Reloads run on the knowledge service's own thread, one at a time, never on the answer workers.
        context.knowledge().requestReload(actor)
                .whenComplete((ReloadResult result, Throwable failure) -> {
                    if (failure != null) {
                        LOG.error("reload by {} failed", actor, failure);
                        Guard.fail(event);
                    } else {
                        event.getHook().editOriginal(MessageEditData.fromCreateData(Renderer.reload(result, context.cluster().isPresent())))
                                .setAllowedMentions(List.of()).queue();
                    }
                });
    }

    void sources(SlashCommandInteractionEvent event) {
        SourceList sources = context.knowledge().sources();
        event.reply(Renderer.sources(sources.sources(), sources.version().label())).setEphemeral(true).queue();
    }

    void help(SlashCommandInteractionEvent event) {
        event.reply(Renderer.embed("SummitBot", CommandCatalog.help(!context.config().qaChannelIds().isEmpty())))
                .setEphemeral(true).queue();
    }

    void about(SlashCommandInteractionEvent event) {
        String about = context.knowledge().about().describe()
                + context.cluster().map(cluster -> "\n\n" + cluster.describe()).orElse("");
        event.reply(Renderer.embed("About SummitBot", about)).setEphemeral(true).queue();
    }
}
