package dev.summitbot.discord;

import dev.summitbot.gaps.GapReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /gaps}: admins see what members asked that the knowledge declined or answered in part, by topic. */
final class GapsHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GapsHandler.class);
    /** Topics shown when no limit is given: what fits an embed with room to spare. */
    static final int DEFAULT_LIMIT = 10;

    private final BotContext context;

    GapsHandler(BotContext context) {
        this.context = context;
    }

    void handle(SlashCommandInteractionEvent event) {
        // The same people as /reload: the log shows what members of every channel asked.
        if (!context.permissions().mayReload(event.getMember())) {
            event.reply(Renderer.text("Only admins (Administrator, Manage Server, or an admin role) can list what the knowledge lacks."))
                    .setEphemeral(true).queue();
            return;
        }
        Optional<Duration> since = Optional.ofNullable(event.getOption(CommandCatalog.DAYS, OptionMapping::getAsInt))
                .map(Duration::ofDays);
        int limit = event.getOption(CommandCatalog.LIMIT, DEFAULT_LIMIT, OptionMapping::getAsInt);
        event.deferReply(true).queue();
        // The file is read on the answer workers, never on JDA's event thread.
        CompletableFuture.supplyAsync(() -> {
            try {
                return context.gaps().report(since, limit);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, context.answering()).whenComplete((GapReport report, Throwable failure) -> {
            if (failure != null) {
                LOG.error("/gaps failed", failure);
                Guard.fail(event);
            } else {
                event.getHook().editOriginal(MessageEditData.fromCreateData(GapsView.report(report)))
                        .setAllowedMentions(List.of()).queue();
            }
        });
    }
}
