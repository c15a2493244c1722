package dev.summitbot.discord;

import dev.summitbot.service.Asked;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asking, from wherever the question comes (slash command, context menu, suggestion button,
 * mention, reply, Q&A channel): rate limit, answer, remember the answer for its buttons, reply.
 */
final class AskFlow {

    private static final Logger LOG = LoggerFactory.getLogger(AskFlow.class);
    /** Answer directly if it is ready this soon; otherwise defer, well inside Discord's 3 s. */
    static final Duration DIRECT_REPLY_BUDGET = Duration.ofMillis(1500);

    private final BotContext context;

    AskFlow(BotContext context) {
        this.context = context;
    }

    /** Answers an interaction, deferring first when the answer is slow. */
    void answer(IReplyCallback interaction, String question) {
        String channelId = interaction.getChannel() == null ? "dm" : interaction.getChannel().getId();
        Optional<Duration> wait = context.rateLimiter().acquire(interaction.getUser().getId(), channelId);
        if (wait.isPresent()) {
            interaction.reply(Renderer.text(slowDown(wait.get()))).setEphemeral(true).queue();
            return;
        }
        CompletableFuture<MessageCreateData> reply = CompletableFuture.supplyAsync(() -> compose(question), context.answering());
        try {
            interaction.reply(reply.get(DIRECT_REPLY_BUDGET.toMillis(), TimeUnit.MILLISECONDS)).queue();
        } catch (TimeoutException e) {
            interaction.deferReply().queue();
            reply.whenComplete((data, failure) -> {
                if (failure != null) {
                    LOG.error("answering a deferred question failed", failure);
                    Guard.fail(interaction);
                } else {
                    interaction.getHook().editOriginal(MessageEditData.fromCreateData(data)).setAllowedMentions(List.of()).queue();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Guard.fail(interaction);
        } catch (ExecutionException e) {
            throw new IllegalStateException("answering failed", e.getCause());
        }
    }

    /** Replies to a chat message (a mention, a reply to the bot, a Q&A channel message). */
    void answer(Message message, String question) {
        Optional<Duration> wait = context.rateLimiter().acquire(message.getAuthor().getId(), message.getChannel().getId());
        MessageCreateData data = wait.map(w -> Renderer.text(slowDown(w))).orElseGet(() -> compose(question));
        message.reply(data).setAllowedMentions(List.of()).mentionRepliedUser(false).queue();
    }

    MessageCreateData compose(String question) {
        Asked asked = context.knowledge().ask(question);
        AnswerCache.Posted posted = new AnswerCache.Posted(question, asked.answer(), asked.version().label());
        return Renderer.answer(posted, context.answers().put(posted));
    }

    private static String slowDown(Duration wait) {
        return "You're asking quickly — try again in " + Math.max(1, (wait.toMillis() + 999) / 1000) + " s.";
    }
}
