package dev.summitbot.question;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conversations of many members at once (on Discord: one per member and channel), bounded: the
 * least recently used are dropped beyond {@link #CAPACITY}, and each forgets its question after
 * {@link Conversation#EXPIRY}.
 */
public final class Conversations {

    /** Conversations kept: a few hundred bytes each, so a few MB at most. */
    public static final int CAPACITY = 10_000;

    private final Clock clock;
    private final Map<String, Conversation> byKey = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
            return size() > CAPACITY;
        }
    };

    public Conversations(Clock clock) {
        this.clock = clock;
    }

    /** {@link Conversation#follow} in the conversation named {@code key}. */
    public Question follow(String key, Question next) {
        Conversation conversation;
        synchronized (byKey) {
            conversation = byKey.computeIfAbsent(key, k -> new Conversation(clock));
        }
        return conversation.follow(next);
    }

    /** {@link Conversation#answered} in the conversation named {@code key}, if it is still kept. */
    public void answered(String key, Question question, String answer, Pronouns pronouns) {
        Conversation conversation;
        synchronized (byKey) {
            conversation = byKey.get(key);
        }
        if (conversation != null) {
            conversation.answered(question, answer, pronouns);
        }
    }

    public int size() {
        synchronized (byKey) {
            return byKey.size();
        }
    }
}
