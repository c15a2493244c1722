package dev.summitbot.discord.standin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.Permission;

/**
 * What the stand-in tells JDA about the world: the bot user, its application, and one guild with text
 * channels, roles and members (the bot's own member included).
 *
 * <p>{@link #standard()} gives a guild with channels {@code general} and {@code help}; roles
 * {@code member} (no extra permissions), {@code moderator} (MESSAGE_MANAGE), {@code admin}
 * (ADMINISTRATOR) and the bot's role {@code SummitBot}; members {@code alice} (member),
 * {@code mod} (moderator), {@code root} (admin, guild owner) and the bot.
 */
public record GuildModel(
        StandInUser botUser,
        long applicationId,
        long guildId,
        String guildName,
        long ownerId,
        long everyonePermissions,
        List<StandInChannel> channels,
        List<StandInRole> roles,
        List<StandInMember> members) {

    /** What the bot's role grants by default: enough to read, answer with embeds and pin. */
    public static final long BOT_PERMISSIONS = Permission.getRaw(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_HISTORY,
            Permission.PIN_MESSAGES);

    /** What {@code @everyone} may do in the standard guild. */
    public static final long EVERYONE_PERMISSIONS = Permission.getRaw(
            Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_HISTORY, Permission.USE_APPLICATION_COMMANDS);

    private static final long ALL_PERMISSIONS =
            Permission.getRaw(EnumSet.complementOf(EnumSet.of(Permission.UNKNOWN)));

    public GuildModel {
        Objects.requireNonNull(botUser, "botUser");
        Objects.requireNonNull(guildName, "guildName");
        channels = List.copyOf(channels);
        roles = List.copyOf(roles);
        members = List.copyOf(members);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a guild model needs at least one text channel");
        }
        if (members.stream().noneMatch(m -> m.id() == botUser.id())) {
            throw new IllegalArgumentException("the members must include the bot itself (id " + botUser.id() + ")");
        }
    }

    public static GuildModel standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same guild under another id, for a stand-in serving several (a sharded bot): the same bot, users and
     * names; channel and role ids moved by as much as the guild id, so that no id is shared between the two.
     * Discord's rule {@code (guild_id >> 22) % shards} picks the shard that holds it.
     */
    public GuildModel anotherGuild(long id) {
        long shift = id - guildId;
        List<StandInChannel> movedChannels = channels.stream().map(c -> new StandInChannel(c.id() + shift, c.name())).toList();
        List<StandInRole> movedRoles = roles.stream().map(r -> new StandInRole(r.id() + shift, r.name(), r.permissions())).toList();
        List<StandInMember> movedMembers = members.stream()
                .map(m -> new StandInMember(m.user(), m.roleIds().stream().map(r -> r + shift).toList())).toList();
        return new GuildModel(botUser, applicationId, id, guildName, ownerId, everyonePermissions, movedChannels, movedRoles,
                movedMembers);
    }

    public StandInChannel defaultChannel() {
        return channels.get(0);
    }

    public StandInChannel channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel named " + name + " in " + channels));
    }

    public StandInChannel channel(long id) {
        return channels.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel with id " + id + " in " + channels));
    }

    public StandInRole role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role named " + name + " in " + roles));
    }

    public StandInMember member(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no member named " + username + " in " + members));
    }

    public StandInMember botMember() {
        return members.stream().filter(m -> m.id() == botUser.id()).findFirst().orElseThrow();
    }

    /** The guild-level permissions of a member: {@code @everyone} plus its roles (no channel overrides). */
    public long permissionsOf(StandInMember member) {
        long raw = everyonePermissions;
        for (StandInRole role : roles) {
            if (member.roleIds().contains(role.id())) {
                raw |= role.permissions();
            }
        }
        boolean admin = (raw & Permission.ADMINISTRATOR.getRawValue()) != 0 || member.id() == ownerId;
        return admin ? ALL_PERMISSIONS : raw;
    }

    /** Builds a guild model; every setting starts at the value {@link #standard()} uses. */
    public static final class Builder {
        private static final long GUILD = 1_300_000_000_000_000_001L;
        private static final long BOT = 1_300_000_000_000_000_100L;
        private static final long MEMBER_ROLE = 1_300_000_000_000_000_301L;
        private static final long MODERATOR_ROLE = 1_300_000_000_000_000_302L;
        private static final long ADMIN_ROLE = 1_300_000_000_000_000_303L;
        private static final long BOT_ROLE = 1_300_000_000_000_000_304L;
        private static final long OWNER = 1_300_000_000_000_000_403L;

        private StandInUser botUser = StandInUser.bot(BOT, "SummitBot");
        private long applicationId = BOT;
        private long botPermissions = BOT_PERMISSIONS;
        private final List<StandInChannel> channels = new ArrayList<>(List.of(
                new StandInChannel(1_300_000_000_000_000_201L, "general"),
                new StandInChannel(1_300_000_000_000_000_202L, "help")));
        private final List<StandInRole> roles = new ArrayList<>(List.of(
                new StandInRole(MEMBER_ROLE, "member", 0L),
                new StandInRole(MODERATOR_ROLE, "moderator", Permission.MESSAGE_MANAGE.getRawValue()),
                new StandInRole(ADMIN_ROLE, "admin", Permission.ADMINISTRATOR.getRawValue())));
        private final List<StandInMember> members = new ArrayList<>(List.of(
                new StandInMember(StandInUser.human(1_300_000_000_000_000_401L, "alice"), List.of(MEMBER_ROLE)),
                new StandInMember(StandInUser.human(1_300_000_000_000_000_402L, "mod"),
                        List.of(MEMBER_ROLE, MODERATOR_ROLE)),
                new StandInMember(StandInUser.human(OWNER, "root"), List.of(MEMBER_ROLE, ADMIN_ROLE))));

        private Builder() {}

        /** The bot's user; its application id follows unless set separately afterwards. */
        public Builder botUser(long id, String username) {
            botUser = StandInUser.bot(id, username);
            applicationId = id;
            return this;
        }

        public Builder applicationId(long id) {
            applicationId = id;
            return this;
        }

        /** Replaces the bot role's whole permission bit field. */
        public Builder botPermissions(long raw) {
            botPermissions = raw;
            return this;
        }

        /** Whether the bot's role has PIN_MESSAGES (bit 51); true by default. */
        public Builder botCanPin(boolean canPin) {
            long pin = Permission.PIN_MESSAGES.getRawValue();
            botPermissions = canPin ? botPermissions | pin : botPermissions & ~pin;
            return this;
        }

        public Builder channel(long id, String name) {
            channels.add(new StandInChannel(id, name));
            return this;
        }

        public Builder role(long id, String name, long permissions) {
            roles.add(new StandInRole(id, name, permissions));
            return this;
        }

        public Builder member(StandInUser user, Long... roleIds) {
            members.add(new StandInMember(user, List.of(roleIds)));
            return this;
        }

        public GuildModel build() {
            List<StandInRole> allRoles = new ArrayList<>(roles);
            allRoles.add(new StandInRole(BOT_ROLE, botUser.username(), botPermissions));
            List<StandInMember> allMembers = new ArrayList<>(members);
            allMembers.add(new StandInMember(botUser, List.of(BOT_ROLE)));
            return new GuildModel(botUser, applicationId, GUILD, "Summit Stand-in", OWNER, EVERYONE_PERMISSIONS,
                    channels, allRoles, allMembers);
        }
    }
}
