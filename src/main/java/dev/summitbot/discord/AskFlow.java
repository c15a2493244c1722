package dev.summitbot.discord;

import dev.summitbot.answer.Answer;
import dev.summitbot.gaps.Origin;
import dev.summitbot.question.Conversations;
import dev.summitbot.question.Question;
import dev.summitbot.service.Asked;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private final BotContext context;
    /** One conversation per member and channel, so that a follow-up is read with the question before. */
    private final Conversations conversations;

    AskFlow(BotContext context) {
        this.context = context;
        this.conversations = new Conversations(context.clock());
    }

    /**
     * Answers an interaction without blocking JDA's event thread: the reply goes out as soon as the
     * answer is ready, or, if that takes longer than the reply budget, the interaction is deferred
     * and the answer edited in when it comes. JDA holds the edit until the deferral is sent.
     */
    void answer(IReplyCallback interaction, Question question) {
        String channelId = interaction.getChannel() == null ? "dm" : interaction.getChannel().getId();
        Optional<Duration> wait = context.rateLimiter().acquire(interaction.getUser().getId(), channelId);
        if (wait.isPresent()) {
            interaction.reply(Renderer.text(slowDown(wait.get()))).setEphemeral(true).queue();
            return;
        }
        AtomicBoolean settled = new AtomicBoolean();
        Runnable defer = () -> {
            if (settled.compareAndSet(false, true)) {
                interaction.deferReply().queue();
            }
        };
        // A zero budget defers before the answer is computed, so it is a deferral every time, not a race.
        if (context.replyBudget().isZero()) {
            defer.run();
        }
        ScheduledFuture<?> deferral = context.deferrals().schedule(defer, context.replyBudget().toMillis(), TimeUnit.MILLISECONDS);
        String key = channelId + ":" + interaction.getUser().getId();
        Question read = conversations.follow(key, question);
        Origin origin = Origin.discord(interaction.getGuild() == null ? null : interaction.getGuild().getId(),
                interaction.getChannel() == null ? null : channelId);
        CompletableFuture.supplyAsync(() -> compose(read, origin, key), context.answering()).whenComplete((data, failure) -> {
            boolean direct = settled.compareAndSet(false, true);
            if (direct) {
                deferral.cancel(false);
            }
            if (failure != null) {
                LOG.error("answering /ask failed", failure);
                Guard.fail(interaction);
            } else if (direct) {
                interaction.reply(data).queue();
            } else {
                interaction.getHook().editOriginal(MessageEditData.fromCreateData(data)).setAllowedMentions(List.of()).queue();
            }
        });
    }

    /** Replies to a chat message (a mention, a reply to the bot, a Q&A channel message). */
    void answer(Message message, Question question) {
        Optional<Duration> wait = context.rateLimiter().acquire(message.getAuthor().getId(), message.getChannel().getId());
        String key = message.getChannel().getId() + ":" + message.getAuthor().getId();
        Question read = wait.isPresent() ? question : conversations.follow(key, question);
        Origin origin = Origin.discord(message.isFromGuild() ? message.getGuild().getId() : null, message.getChannel().getId());
        CompletableFuture.supplyAsync(() -> wait.map(w -> Renderer.text(slowDown(w))).orElseGet(() -> compose(read, origin, key)),
                context.answering()).whenComplete((data, failure) -> {
                    if (failure != null) {
                        LOG.error("answering a message failed", failure);
                    } else {
                        message.reply(data).setAllowedMentions(List.of()).mentionRepliedUser(false).queue();
                    }
                });
    }

    /**
     * Answers, tells the member's conversation what was answered, and logs the question in the gaps
     * log when it was declined or answered in part (by channel, never by member).
     */
    MessageCreateData compose(Question question, Origin origin, String conversation) {
        Asked asked = context.knowledge().ask(question);
        if (asked.answer() instanceof Answer.Answered answered) {
            conversations.answered(conversation, question, answered.text(), asked.pronouns());
        }
        context.gaps().record(asked.answer(), asked.version().label(), origin);
        AnswerCache.Posted posted = new AnswerCache.Posted(question.asked(), asked.answer(), asked.version().label(),
                asked.followUpOf());
        return Renderer.answer(posted, context.answers().put(posted));
    }

    private static String slowDown(Duration wait) {
        return "You're asking quickly — try again in " + Math.max(1, (wait.toMillis() + 999) / 1000) + " s.";
    }
}
