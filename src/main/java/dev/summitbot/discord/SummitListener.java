package dev.summitbot.discord;

import dev.summitbot.question.Question;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** Routes Discord events to their handlers, each inside {@link Guard}. */
final class SummitListener extends ListenerAdapter {

    private final AskFlow ask;
    private final SlashCommands commands;
    private final ButtonHandler buttons;
    private final MessageHandler messages;
    private final Autocomplete autocomplete;
    private final GapsHandler gaps;

    SummitListener(BotContext context) {
        this.ask = new AskFlow(context);
        this.commands = new SlashCommands(context);
        this.buttons = new ButtonHandler(context, ask);
        this.messages = new MessageHandler(context, ask);
        this.autocomplete = new Autocomplete(context);
        this.gaps = new GapsHandler(context);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Guard.run("/" + event.getName(), event, () -> {
            switch (event.getName()) {
                case CommandCatalog.ASK -> ask.answer(event, Question.of(event.getOption(CommandCatalog.QUESTION, "", o -> o.getAsString())));
                case CommandCatalog.SUMMARY -> commands.summary(event);
                case CommandCatalog.RELOAD -> commands.reload(event);
                case CommandCatalog.SOURCES -> commands.sources(event);
                case CommandCatalog.HELP -> commands.help(event);
                case CommandCatalog.ABOUT -> commands.about(event);
                case CommandCatalog.GAPS -> gaps.handle(event);
                default -> event.reply(Renderer.text("I don't know the command /" + event.getName() + "; try /help."))
                        .setEphemeral(true).queue();
            }
        });
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        Guard.run(event.getName(), event, () -> {
            String text = event.getTarget().getContentRaw();
            if (text.isBlank()) {
                event.reply(Renderer.text("That message has no text I can answer.")).setEphemeral(true).queue();
            } else {
                ask.answer(event, Question.of(text));
            }
        });
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        Guard.run("autocomplete /" + event.getName(), null, () -> autocomplete.handle(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Guard.run("button " + event.getComponentId(), event, () -> buttons.handle(event));
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Guard.run("message", null, () -> messages.handle(event));
    }
}
