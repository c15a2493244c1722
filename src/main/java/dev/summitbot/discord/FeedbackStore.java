package dev.summitbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summitbot.answer.Answer;
import dev.summitbot.service.JsonLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * 👍/👎 votes, one per member per answer, appended to a JSON Lines file. Clicking the same vote
 * again withdraws it; clicking the other one changes it. The file is replayed at start, so a
 * restart keeps every member's current vote.
 */
final class FeedbackStore {

    enum Outcome { RECORDED, CHANGED, WITHDRAWN }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonLines file;
    private final Clock clock;
    private final Map<String, Integer> votes = new HashMap<>();

    FeedbackStore(Path file, Clock clock) {
        this.file = new JsonLines(file);
        this.clock = clock;
        replay();
    }

    /**
     * @param value +1 or −1
     * @param answerId the id of the answer's message (or its cache key) the vote is about
     */
    synchronized Outcome vote(String answerId, String userId, int value, AnswerCache.Posted posted) {
        String key = answerId + "/" + userId;
        Integer previous = votes.get(key);
        boolean withdraw = previous != null && previous == value;
        int now = withdraw ? 0 : value;
        // The file first: a vote that could not be written must not count.
        append(answerId, userId, now, posted);
        if (withdraw) {
            votes.remove(key);
            return Outcome.WITHDRAWN;
        }
        votes.put(key, value);
        return previous == null ? Outcome.RECORDED : Outcome.CHANGED;
    }

    private void append(String answerId, String userId, int vote, AnswerCache.Posted posted) {
        ObjectNode line = JSON.createObjectNode();
        line.put("at", clock.instant().toString());
        line.put("answer", answerId);
        line.put("user", userId);
        line.put("vote", vote);
        line.put("question", posted.question());
        line.put("reply", posted.answer().text());
        line.put("answered", posted.answer() instanceof Answer.Answered);
        line.put("outcome", posted.answer().outcome().key());
        line.put("version", posted.version());
        try {
            file.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record feedback in " + file.file(), e);
        }
    }

    /** The last line for each member and answer is that member's current vote. */
    private void replay() {
        try {
            for (JsonNode line : file.read()) {
                String key = line.path("answer").asText() + "/" + line.path("user").asText();
                int vote = line.path("vote").asInt();
                if (vote == 0) {
                    votes.remove(key);
                } else {
                    votes.put(key, vote);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feedback file " + file.file(), e);
        }
    }
}
