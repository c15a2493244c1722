package dev.summitbot.discord;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;

/** Offers, while a member types /ask, questions the knowledge can answer that contain what they typed. */
final class Autocomplete {

    private final BotContext context;

    Autocomplete(BotContext context) {
        this.context = context;
    }

    void handle(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        String[] words = Arrays.stream(typed.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        List<Command.Choice> choices = context.knowledge().prompts().stream()
                .filter(prompt -> Arrays.stream(words).allMatch(prompt.toLowerCase(Locale.ROOT)::contains))
                .limit(DiscordText.CHOICES)
                .map(prompt -> {
                    String text = DiscordText.fit(prompt, DiscordText.CHOICE_NAME);
                    return new Command.Choice(text, text);
                })
                .toList();
        event.replyChoices(choices).queue();
    }
}
