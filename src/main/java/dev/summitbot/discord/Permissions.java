package dev.summitbot.discord;

import dev.summitbot.config.DiscordConfig;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;

/** Who may do what, checked inside the bot whatever the command defaults say. */
final class Permissions {

    private final List<String> moderatorRoles;
    private final List<String> adminRoles;

    Permissions(DiscordConfig config) {
        this.moderatorRoles = config.moderatorRoleIds();
        this.adminRoles = config.adminRoleIds();
    }

    /** Members with Manage Messages in the channel, or a configured moderator role. */
    boolean mayPin(Member member, GuildChannel channel) {
        return member != null && (member.hasPermission(channel, Permission.MESSAGE_MANAGE) || hasRole(member, moderatorRoles));
    }

    /** Administrators, members with Manage Server, or a configured admin role. */
    boolean mayReload(Member member) {
        return member != null && (member.hasPermission(Permission.ADMINISTRATOR) || member.hasPermission(Permission.MANAGE_SERVER)
                || hasRole(member, adminRoles));
    }

    private static boolean hasRole(Member member, List<String> roleIds) {
        return member.getRoles().stream().anyMatch(r -> roleIds.contains(r.getId()));
    }
}
