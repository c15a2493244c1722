package dev.summitbot.discord.standin;

/** The ids of a MESSAGE_CREATE the test injected; a reply by the bot references {@code id}. */
public record InjectedMessage(long id, long channelId) {}
