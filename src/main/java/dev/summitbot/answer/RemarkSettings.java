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

/**
 * Where a remark was made, when the remark leaves it to a sentence before it in its source:
 * "Senator Marco Rubio, in an interview on ABC's "This Week," emphasized …", then "Rubio also
 * mentioned …"; notes on a report of an interview open with where it was given, and the remarks
 * follow in later paragraphs. Both lookups are built once per knowledge.
 */
final class RemarkSettings {

    /** Each passage by its source and its sentence. */
    private final Map<String, Passage> bySentence = new HashMap<>();
    /** The passages of each source, in order. */
    private final Map<String, List<Passage>> bySource = new HashMap<>();

    RemarkSettings(Knowledge knowledge) {
        for (Passage p : knowledge.passages()) {
            bySentence.putIfAbsent(p.sourceId() + "\n" + p.text(), p);
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
        Passage said = bySentence.get(remark.sourceId() + "\n" + remark.quote());
        if (said == null) {
            return Optional.empty();
        }
        List<String> people = People.namedIn(remark.statement() + " " + asked.text() + " " + Conversation.searched(asked.context()));
        List<Passage> before = bySource.get(said.sourceId());
        for (int i = before.indexOf(said) - 1; i >= 0; i--) {
            Passage p = before.get(i);
            String text = p.text().toLowerCase(Locale.ROOT);
            if (people.stream().anyMatch(text::contains) && TypeCheck.satisfies(p.text(), Optional.empty(), asked)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
