package dev.summitbot.discord.standin;

import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** A tiny bot for the smoke test: one reaction per kind of event, never pinging anyone. */
final class SmokeBot extends ListenerAdapter {

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (event.getName().equals("slow")) {
            event.deferReply().queue(hook -> hook.editOriginal("Done: " + event.getOption("question").getAsString())
                    .setAllowedMentions(List.of())
                    .queue(edited -> hook.sendMessage("Sources follow").setEphemeral(true).queue()));
            return;
        }
        boolean ephemeral = event.getOption("private") != null && event.getOption("private").getAsBoolean();
        event.reply("Answer to: " + event.getOption("question").getAsString())
                .setEphemeral(ephemeral)
                .setAllowedMentions(List.of())
                .queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        event.replyChoiceStrings(List.of("alpine", "altitude", "basecamp").stream()
                .filter(choice -> choice.startsWith(typed)).toList()).queue();
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        event.reply("Quoted: " + event.getTarget().getContentRaw()).setEphemeral(true).queue();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        event.reply("More about " + event.getMessage().getContentRaw() + " (" + event.getButton().getLabel() + ")")
                .setEphemeral(true)
                .queue();
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        User self = event.getJDA().getSelfUser();
        Message referenced = message.getReferencedMessage();
        boolean repliesToBot = referenced != null && referenced.getAuthor().equals(self);
        if (event.getAuthor().isBot() || !(repliesToBot || message.getMentions().isMentioned(self))) {
            return;
        }
        String about = referenced == null ? "" : " (re: " + referenced.getContentRaw() + ")";
        message.reply("Hello " + event.getAuthor().getName() + about)
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false)
                .queue();
    }
}
