package dev.summitbot.discord.standin;

import java.util.Objects;

/** A guild role; {@code permissions} is Discord's raw permission bit field. */
public record StandInRole(long id, String name, long permissions) {

    public StandInRole {
        Objects.requireNonNull(name, "name");
    }
}
