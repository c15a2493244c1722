package dev.summitbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A mixed list of questions about a generated knowledge set, the way a community asks: most about
 * facts ("Who signed …?"), some about what a passage says, some with a misspelled name, and a
 * quarter the knowledge cannot answer.
 */
final class QuestionWriter {

    /** A fact as generated, before it is written out. */
    record FactDraft(String id, String subject, String relation, String object, String sourceId, String quote) {}

    private final RandomGenerator random;

    QuestionWriter(RandomGenerator random) {
        this.random = random;
    }

    List<String> write(List<FactDraft> facts, List<String> sentences, int count) {
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = i % 20;
            if (facts.isEmpty() && kind < 15) {
                kind = 10;
            }
            FactDraft fact = facts.isEmpty() ? null : Vocabulary.pick(random, facts);
            questions.add(kind < 7 ? "Who " + fact.relation() + " " + fact.object() + "?"
                    : kind < 10 ? "What has " + fact.subject() + " " + fact.relation() + "?"
                    : kind < 13 ? aboutPassage(Vocabulary.pick(random, sentences))
                    : kind < 15 ? "what has " + misspelled(fact.subject()) + " " + fact.relation()
                    : offTopic());
        }
        return questions;
    }

    private String aboutPassage(String sentence) {
        List<String> words = new ArrayList<>();
        for (String w : sentence.split("[^\\p{L}]+")) {
            if (w.length() >= 5 && Character.isLowerCase(w.charAt(0)) && !words.contains(w)) {
                words.add(w);
            }
        }
        while (words.size() > 3) {
            words.remove(random.nextInt(words.size()));
        }
        return "What happened with the " + String.join(" ", words) + "?";
    }

    /** The name with its last word misspelled, all in lower case, as typed in a hurry. */
    private String misspelled(String name) {
        String[] parts = name.toLowerCase(Locale.ROOT).split(" ");
        parts[parts.length - 1] = Misspellings.of(parts[parts.length - 1], random);
        return String.join(" ", parts);
    }

    private String offTopic() {
        List<String> w = WordLists.OFF_TOPIC;
        return switch (random.nextInt(3)) {
            case 0 -> "What is the best " + Vocabulary.pick(random, w) + " for " + Vocabulary.pick(random, w) + "?";
            case 1 -> "How do I fix my " + Vocabulary.pick(random, w) + " " + Vocabulary.pick(random, w) + "?";
            default -> "Where can I buy a " + Vocabulary.pick(random, w) + "?";
        };
    }
}
