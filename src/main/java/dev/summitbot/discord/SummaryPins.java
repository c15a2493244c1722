package dev.summitbot.discord;

import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.requests.restaction.pagination.PinnedMessagePaginationAction.PinnedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pins a posted summary, then unpins the bot's earlier summaries in that channel. The earlier ones
 * are found among the channel's pins rather than remembered, so that a restart forgets none. The
 * new one is kept up to date from then on ({@link PinnedSummaryStore}, {@link LivingPins}); the
 * earlier ones no longer are.
 */
final class SummaryPins {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryPins.class);

    private SummaryPins() {}

    static void pin(MessageChannel channel, Message summary, Optional<String> topic, PinnedSummaryStore store,
            Consumer<Throwable> onFailure) {
        try {
            channel.pinMessageById(summary.getId()).queue(done -> {
                store.add(new PinnedSummaryStore.Pinned(channel.getId(), summary.getId(), topic));
                unpinEarlier(channel, summary, store);
            }, onFailure);
        } catch (RuntimeException e) {
            // JDA checks permissions before sending; they may have changed since the command was checked.
            onFailure.accept(e);
        }
    }

    private static void unpinEarlier(MessageChannel channel, Message summary, PinnedSummaryStore store) {
        long self = channel.getJDA().getSelfUser().getIdLong();
        channel.retrievePinnedMessages().queue(pins -> {
            for (PinnedMessage pin : pins) {
                Message earlier = pin.getMessage();
                if (earlier.getIdLong() != summary.getIdLong() && isSummaryBy(self, earlier)) {
                    store.remove(earlier.getId());
                    channel.unpinMessageById(earlier.getId()).queue(null,
                            e -> LOG.info("could not unpin the earlier summary {}: {}", earlier.getId(), e.toString()));
                }
            }
        }, e -> LOG.info("could not list the pins of channel {} to unpin earlier summaries: {}", channel.getId(), e.toString()));
    }

    /** A message the bot posted with {@link Renderer#summary}. */
    static boolean isSummaryBy(long self, Message message) {
        return message.getAuthor().getIdLong() == self && message.getEmbeds().stream()
                .map(MessageEmbed::getTitle)
                .anyMatch(title -> title != null && (title.equals(Renderer.SUMMARY_TITLE) || title.startsWith(Renderer.SUMMARY_TITLE + ": ")));
    }
}
