package dev.summitbot.discord;

import dev.summitbot.question.Question;
import dev.summitbot.answer.Answer;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/** The buttons under answers: Quotes, 👍/👎, and the suggested questions of a declined answer. */
final class ButtonHandler {

    static final String EXPIRED = "That answer is no longer in my memory (I may have restarted). Ask again with /ask.";

    private final BotContext context;
    private final AskFlow ask;

    ButtonHandler(BotContext context, AskFlow ask) {
        this.context = context;
        this.ask = ask;
    }

    void handle(ButtonInteractionEvent event) {
        String[] parts = event.getComponentId().split(":");
        if (parts.length < 2) {
            event.reply(Renderer.text("That button is not one of mine.")).setEphemeral(true).queue();
            return;
        }
        Optional<AnswerCache.Posted> posted = context.answers().get(parts[1]);
        if (posted.isEmpty()) {
            event.reply(Renderer.text(EXPIRED)).setEphemeral(true).queue();
            return;
        }
        switch (parts[0]) {
            case Renderer.QUOTES -> quotes(event, posted.get());
            case Renderer.VOTE_UP -> vote(event, parts[1], posted.get(), 1);
            case Renderer.VOTE_DOWN -> vote(event, parts[1], posted.get(), -1);
            case Renderer.SUGGESTION -> suggestion(event, posted.get(), parts.length > 2 ? parts[2] : "");
            default -> event.reply(Renderer.text("That button is not one of mine.")).setEphemeral(true).queue();
        }
    }

    private static void quotes(ButtonInteractionEvent event, AnswerCache.Posted posted) {
        if (!posted.answer().citations().isEmpty()) {
            event.reply(Renderer.quotes(posted.answer().citations())).setEphemeral(true).queue();
        } else {
            event.reply(Renderer.text("That reply quotes no source.")).setEphemeral(true).queue();
        }
    }

    private void vote(ButtonInteractionEvent event, String key, AnswerCache.Posted posted, int value) {
        String answerId = event.getMessageId().isEmpty() ? key : event.getMessageId();
        FeedbackStore.Outcome outcome = context.feedback().vote(answerId, event.getUser().getId(), value, posted);
        String emoji = value > 0 ? "👍" : "👎";
        String text = switch (outcome) {
            case RECORDED -> "Thanks — your " + emoji + " is recorded.";
            case CHANGED -> "Thanks — your vote is now " + emoji + ".";
            case WITHDRAWN -> "Your " + emoji + " is withdrawn.";
        };
        event.reply(Renderer.text(text)).setEphemeral(true).queue();
    }

    private void suggestion(ButtonInteractionEvent event, AnswerCache.Posted posted, String index) {
        List<String> suggestions = posted.answer() instanceof Answer.NoAnswer n ? n.suggestions() : List.of();
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= suggestions.size()) {
            event.reply(Renderer.text(EXPIRED)).setEphemeral(true).queue();
            return;
        }
        ask.answer(event, Question.of(suggestions.get(i)));
    }
}
