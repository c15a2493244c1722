package dev.summitbot.discord.standin;

import java.util.List;
import java.util.Objects;

/** A guild member: the user and the ids of the roles it has (the {@code @everyone} role is implied). */
public record StandInMember(StandInUser user, List<Long> roleIds) {

    public StandInMember {
        Objects.requireNonNull(user, "user");
        roleIds = List.copyOf(roleIds);
    }

    public long id() {
        return user.id();
    }

    public String username() {
        return user.username();
    }

    /** The same member flagged as a bot account, e.g. to check that the bot ignores other bots. */
    public StandInMember asBot() {
        return new StandInMember(new StandInUser(user.id(), user.username(), true), roleIds);
    }
}
