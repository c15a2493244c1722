package dev.summitbot.discord;

import dev.summitbot.discord.PinnedSummaryStore.Pinned;
import dev.summitbot.service.KnowledgeService;
import dev.summitbot.service.ReloadResult;
import dev.summitbot.service.Summarized;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the bot's pinned summaries current: after each reload that changes the knowledge, every
 * summary in the {@link PinnedSummaryStore} is edited in place with the new summary, a "what changed"
 * line and the new version. A summary someone unpinned by hand, or deleted, is dropped from the store
 * and left alone: the message is fetched first and edited only while it is still pinned.
 */
final class LivingPins {

    private static final Logger LOG = LoggerFactory.getLogger(LivingPins.class);

    private final IGuildChannelContainer<Channel> channels;
    private final KnowledgeService knowledge;
    private final PinnedSummaryStore store;
    private final Executor answering;

    LivingPins(IGuildChannelContainer<Channel> channels, KnowledgeService knowledge, PinnedSummaryStore store, Executor answering) {
        this.channels = channels;
        this.knowledge = knowledge;
        this.store = store;
        this.answering = answering;
    }

    /** Called by the knowledge service after a reload that changed the knowledge. */
    void knowledgeChanged(ReloadResult reload) {
        List<Pinned> pinned = store.all();
        if (!pinned.isEmpty()) {
            LOG.info("knowledge {} is answering: updating {} pinned summaries", reload.version(), pinned.size());
        }
        for (Pinned p : pinned) {
            // Summaries are computed on the answer workers, never on the reload thread or JDA's.
            CompletableFuture.supplyAsync(() -> knowledge.summarize(p.topic()), answering)
                    .whenComplete((summarized, failure) -> {
                        if (failure != null) {
                            LOG.error("cannot summarize for the pinned summary {}", p.messageId(), failure);
                        } else {
                            update(p, summarized, reload);
                        }
                    });
        }
    }

    private void update(Pinned p, Summarized summarized, ReloadResult reload) {
        GuildMessageChannel channel = channels.getChannelById(GuildMessageChannel.class, p.channelId());
        if (channel == null) {
            LOG.info("pinned summary {}: channel {} is not visible now; it is kept for the next reload", p.messageId(), p.channelId());
            return;
        }
        String changed = "Knowledge reloaded: " + reload.changes().inWords() + " (was " + reload.previousVersion().label() + ")";
        MessageEditData edit = MessageEditData.fromCreateData(
                Renderer.livingSummary(summarized.summary(), summarized.version().label(), changed));
        channel.retrieveMessageById(p.messageId()).queue(message -> {
            if (!message.isPinned()) {
                drop(p, "it was unpinned");
                return;
            }
            message.editMessage(edit).setAllowedMentions(List.of()).queue(
                    done -> LOG.info("pinned summary {} in channel {} updated to knowledge {}", p.messageId(), p.channelId(),
                            summarized.version().label()),
                    e -> failed(p, e));
        }, e -> failed(p, e));
    }

    private void failed(Pinned p, Throwable e) {
        if (e instanceof ErrorResponseException error && (error.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE
                || error.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL)) {
            drop(p, "it is gone");
        } else {
            LOG.warn("pinned summary {} in channel {} not updated: {}", p.messageId(), p.channelId(), e.toString());
        }
    }

    private void drop(Pinned p, String why) {
        if (store.remove(p.messageId())) {
            LOG.info("pinned summary {} in channel {} is no longer updated: {}", p.messageId(), p.channelId(), why);
        }
    }
}
