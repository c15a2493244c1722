package dev.summitbot.discord;

import dev.summitbot.answer.Answer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The answers recently posted, so that their buttons (quotes, votes, suggested questions) can
 * find them. Keys are random, so buttons of answers from before a restart find nothing rather
 * than the wrong answer.
 */
final class AnswerCache {

    /**
     * Answers whose buttons keep working: at a few hundred bytes each, a few MB at most, and on a
     * busy server about a day of answers, longer than anyone clicks an old button.
     */
    static final int CAPACITY = 10_000;

    /** One posted answer; {@code followUpOf} the question it was read with as a follow-up, or "". */
    record Posted(String question, Answer answer, String version, String followUpOf) {

        Posted(String question, Answer answer, String version) {
            this(question, answer, version, "");
        }
    }

    private final int capacity;
    private final Map<String, Posted> entries;

    AnswerCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Posted> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    synchronized String put(Posted posted) {
        String key;
        do {
            key = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        } while (entries.containsKey(key));
        entries.put(key, posted);
        return key;
    }

    synchronized Optional<Posted> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }
}
