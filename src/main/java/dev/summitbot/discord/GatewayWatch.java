package dev.summitbot.discord;

import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** Tells {@code reconnected} each time the gateway session is resumed or re-established after a drop. */
final class GatewayWatch extends ListenerAdapter {

    private final Runnable reconnected;

    GatewayWatch(Runnable reconnected) {
        this.reconnected = reconnected;
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        reconnected.run();
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        reconnected.run();
    }
}
