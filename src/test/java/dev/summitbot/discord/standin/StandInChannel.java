package dev.summitbot.discord.standin;

import java.util.Objects;

/** A guild text channel (Discord channel type 0). */
public record StandInChannel(long id, String name) {

    public StandInChannel {
        Objects.requireNonNull(name, "name");
    }
}
