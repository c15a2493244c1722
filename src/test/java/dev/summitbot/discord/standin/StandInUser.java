package dev.summitbot.discord.standin;

import java.util.Objects;

/** A Discord user as the stand-in knows it: a snowflake id, a username and whether it is a bot. */
public record StandInUser(long id, String username, boolean bot) {

    public StandInUser {
        Objects.requireNonNull(username, "username");
    }

    public static StandInUser human(long id, String username) {
        return new StandInUser(id, username, false);
    }

    public static StandInUser bot(long id, String username) {
        return new StandInUser(id, username, true);
    }

    /** The mention markup Discord puts in message content, e.g. {@code <@123>}. */
    public String mention() {
        return "<@" + id + ">";
    }
}
