package dev.summitbot.service;

/** The bot's own version, for /about and {@code --version}. */
public final class BotInfo {

    private BotInfo() {}

    /** The bot's version from the jar manifest ("dev" when run from classes). */
    public static String version() {
        String v = BotInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
