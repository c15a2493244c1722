package dev.summitbot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one wrapper every handler runs in: a failure is logged with the command's name and
 * answered with a short ephemeral error, and the bot keeps running.
 */
final class Guard {

    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);
    static final String FAILURE = "Sorry, something went wrong while handling that. It has been logged; please try again.";

    private Guard() {}

    interface Handler {
        void handle() throws Exception;
    }

    static void run(String name, IReplyCallback interaction, Handler handler) {
        try {
            handler.handle();
        } catch (Exception | StackOverflowError e) {
            LOG.error("command {} failed", name, e);
            if (interaction != null) {
                fail(interaction);
            }
        }
    }

    static void fail(IReplyCallback interaction) {
        var message = new MessageCreateBuilder().setContent(FAILURE).setAllowedMentions(List.of()).build();
        if (interaction.isAcknowledged()) {
            interaction.getHook().sendMessage(message).setEphemeral(true).queue(null, e -> LOG.warn("could not report a failure: {}", e.toString()));
        } else {
            interaction.reply(message).setEphemeral(true).queue(null, e -> LOG.warn("could not report a failure: {}", e.toString()));
        }
    }
}
