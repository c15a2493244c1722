package dev.summitbot.discord.standin;

/**
 * The ids of an interaction the test injected, to find the requests JDA makes for it.
 *
 * @param id        the interaction's snowflake
 * @param token     its token (used by follow-ups: {@code /webhooks/{app}/{token}})
 * @param type      2 command, 3 component, 4 autocomplete
 * @param channelId the channel it happened in
 * @param messageId the message a component belongs to or a message command targets; 0 if none
 */
public record InjectedInteraction(long id, String token, int type, long channelId, long messageId) {

    /** Path of the initial response: {@code /interactions/{id}/{token}/callback}. */
    public String callbackPath() {
        return "/interactions/" + id + "/" + token + "/callback";
    }

    /** Regular expression for the paths of follow-ups and edits through the interaction's webhook. */
    public String webhookPathRegex() {
        return "/webhooks/\\d+/" + token + "(/messages/.+)?";
    }
}
