package dev.summitbot.answer;

import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.Passage;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.People;
import dev.summitbot.question.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Where a remark was made, when the remark leaves it to a sentence before it in its source:
 * "Senator Marco Rubio, in an interview on ABC's "This Week," emphasized …", then "Rubio also
 * mentioned …"; notes on a report of an interview open with where it was given, and the remarks
 * follow in later paragraphs. The lookup is built once per knowledge.
 */
final class RemarkSettings {

    /** The passages of each source, in order. */
    private final Map<String, List<Passage>> bySource = new HashMap<>();

    RemarkSettings(Knowledge knowledge) {
        for (Passage p : knowledge.passages()) {
            bySource.computeIfAbsent(p.sourceId(), k -> new ArrayList<>()).add(p);
        }
    }

    /**
     * For a follow-up asking where something was said ("where did he say that", "on which tv show"),
     * the nearest sentence before the remark in its source that says where, by the kind of answer
     * asked, and names a person the remark or the question names; empty for any other question, or
     * when no such sentence is there.
     */
    Optional<Passage> of(Evidence.Item remark, Question asked) {
        if (asked.context().isEmpty() || !TypeCheck.asksWhereSaid(asked)) {
            return Optional.empty();
        }
        // the sentence the remark quotes, whole or in part (a fact quotes the words that state it)
        List<Passage> before = bySource.getOrDefault(remark.sourceId(), List.of());
        int said = IntStream.range(0, before.size()).filter(i -> before.get(i).text().contains(remark.quote())).findFirst().orElse(-1);
        List<String> people = People.namedIn(remark.statement() + " " + asked.text() + " " + Conversation.searched(asked.context()));
        for (int i = said - 1; i >= 0; i--) {
            Passage p = before.get(i);
            String text = p.text().toLowerCase(Locale.ROOT);
            if (people.stream().anyMatch(text::contains) && TypeCheck.satisfies(p.text(), Optional.empty(), asked)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
