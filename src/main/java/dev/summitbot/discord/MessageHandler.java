package dev.summitbot.discord;

import dev.summitbot.question.Question;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;

/** Chat messages that are questions: a mention of the bot, a reply to it, or any message in a Q&A channel. */
final class MessageHandler {

    private final BotContext context;
    private final AskFlow ask;

    MessageHandler(BotContext context, AskFlow ask) {
        this.context = context;
        this.ask = ask;
    }

    void handle(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
            return;
        }
        Message message = event.getMessage();
        SelfUser self = event.getJDA().getSelfUser();
        boolean mentioned = message.getMentions().isMentioned(self, Message.MentionType.USER);
        Message referenced = message.getReferencedMessage();
        boolean replyToBot = referenced != null && referenced.getAuthor().getIdLong() == self.getIdLong();
        boolean qaChannel = event.isFromGuild() && context.config().qaChannelIds().contains(event.getChannel().getId());
        if (!mentioned && !replyToBot && !qaChannel) {
            return;
        }
        // Addressing the bot is not part of the question as asked (reading drops every other mention).
        Question question = Question.of(message.getContentRaw()
                .replace("<@" + self.getId() + ">", " ")
                .replace("<@!" + self.getId() + ">", " "));
        if (question.isEmpty()) {
            if (mentioned) {
                message.reply(Renderer.text("Ask me a question about my sources, e.g. “Where was the summit held?” — /help shows more."))
                        .queue();
            }
            return;
        }
        ask.answer(message, question);
    }
}
