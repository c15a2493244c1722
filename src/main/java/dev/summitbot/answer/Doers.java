package dev.summitbot.answer;

import dev.summitbot.index.Analyzers;
import dev.summitbot.question.AnswerType;
import dev.summitbot.question.EnglishWords;
import dev.summitbot.question.People;
import dev.summitbot.question.Question;
import dev.summitbot.question.QuestionWords;
import dev.summitbot.search.Concept;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Who will provide the protection", "who proposed the guarantee", "who's gonna give ukraine the
 * guarantees": a question for whoever does something is answered by a statement that tells of that
 * doing, in the question's words or the synonyms it was searched with ("providing these guarantees"),
 * not by one that only names somebody near the thing ("The Article 5-like protection mirrors NATO's
 * collective defense policy …"). A question for when somebody did something ("when did trump first announce the alaska
 * meeting") is answered the same way, by a statement that tells of that doing, not by one dated by another.
 */
final class Doers {

    /** "who will provide", "who's gonna give", "who is expected to provide": the verb after who and its helpers. */
    private static final Pattern WHO_DOES = Pattern.compile("^(?:so |and |but |ok )?(?:who|who's|whos|who'll)\\b((?: [\\p{L}']+){1,5})");
    /** Helpers between "who" and the verb: "is going to", "would actually", "is supposed to". */
    private static final Set<String> HELPERS = Set.of("will", "would", "can", "could", "should", "shall", "may", "might", "must",
            "is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "going", "gonna", "to", "supposed", "expected",
            "actually", "really", "exactly", "also", "then", "still", "likely", "meant", "set", "be", "being", "first", "originally");

    /** Verbs of telling: who told it is whoever the statement says it of, in any words. */
    private static final Set<String> SPEAKING = Set.of("tell", "told", "tells", "telling", "state", "stated", "mention", "mentioned",
            "announce", "announced", "reveal", "revealed", "brought", "bring", "raised", "raise", "posted", "post", "wrote", "write");

    private Doers() {}

    /** "when did trump first announce …", "when will the two leaders meet": the doer after the auxiliary, then the verb. */
    private static final Pattern WHEN_DOES = Pattern.compile("^(?:so |and |but |ok )?when (?:did|does|do|will|would|has|have|had)"
            + " (?:(?:the|a|an|his|her|their|its|this|that|these|those) )?[\\p{L}'.-]+((?: [\\p{L}'-]+){1,4})");

    /** "what did putin agree to", "what has russia committed to": what the doer after the auxiliary did, by the verb after it. */
    private static final Pattern WHAT_DOES = Pattern.compile("^(?:so |and |but |ok )?what (?:did|does|do|will|would|has|have|had)"
            + " (?:(?:the|a|an|his|her|their|its|this|that|these|those) )?[\\p{L}'.-]+((?: [\\p{L}'-]+){1,4})");

    /**
     * "how long was that interview", "how many hours was putin's flight": the thing that lasted, after the verb "to be" and
     * any owner. A length of another thing ("the narrow-format talks … lasted 2 hours and 45 minutes") is no answer.
     * "how long did trump say the war had been going" is left alone: its subject need not be what lasted.
     */
    private static final Pattern HOW_LONG = Pattern.compile("^(?:so |and |but |ok )?how (?:long|many (?:seconds|minutes|hours|days|weeks"
            + "|months|years)) (?:was|were|is|are)((?: [\\p{L}'-]+){1,4})");

    /**
     * The terms the question searched its doing with ({@code provid, give, offer, suppli}); empty when
     * it asks for no doer, or the verb is a light word ("who said", "who took part") or not one the search read.
     * A when-question's doing is the happening it asks the time of ("announc" of "when did trump first announce the
     * alaska meeting"): a statement dated by another happening ("On 2025-08-15, … Putin's first visit …") gives no
     * time of it. A what-question's ("what did putin agree to") is what its doer did; saying ("what did he mention") is none.
     * A question for a length asks it of the thing it names ({@link #lasting}).
     */
    static Optional<Concept> doing(Question asked, List<Concept> concepts) {
        AnswerType type = asked.expects().type();
        if (type == AnswerType.DURATION || type == AnswerType.NUMBER) {
            return lasting(asked, concepts);
        }
        Pattern asking = type == AnswerType.PERSON ? WHO_DOES : type == AnswerType.TIME ? WHEN_DOES
                : type == AnswerType.STATEMENT ? WHAT_DOES : null;
        if (asking == null) {
            return Optional.empty();
        }
        Matcher m = asking.matcher(asked.text().toLowerCase(Locale.ROOT).replace('’', '\''));
        if (!m.find()) {
            return Optional.empty();
        }
        for (String word : m.group(1).strip().split(" ")) {
            if (QuestionWords.IGNORED.contains(word) || HELPERS.contains(word)) {
                continue;
            }
            // who told or said it is a speaker, whom a statement names by "according to" as well (TypeCheck.attributes);
            // when it was told is the time of the telling
            if (QuestionWords.LIGHT.contains(word) || type != AnswerType.TIME && SPEAKING.contains(word) || !EnglishWords.get().isVerb(word)) {
                return Optional.empty();
            }
            return searchedAs(word, concepts);
        }
        return Optional.empty();
    }

    /** Words before a thing that say which one: "that interview", "his call". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
            "our", "your", "my");

    /** What a question for a length asks the length of, as the search read it: the thing after "was", past any owner. */
    private static Optional<Concept> lasting(Question asked, List<Concept> concepts) {
        Matcher m = HOW_LONG.matcher(asked.text().toLowerCase(Locale.ROOT).replace('’', '\''));
        if (!m.find()) {
            return Optional.empty();
        }
        for (String word : m.group(1).strip().split(" ")) {
            if (QuestionWords.IGNORED.contains(word) || DETERMINERS.contains(word) || word.endsWith("'s") || !People.namedIn(word).isEmpty()
                    || EnglishWords.get().isPlace(word)) {
                continue; // "how long was his call", "how many hours was putin's flight"
            }
            if (QuestionWords.isLight(word)) {
                return Optional.empty(); // "how long did it last", "how long did it take"
            }
            return searchedAs(word, concepts);
        }
        return Optional.empty();
    }

    /** "when was the security guarantee announced", "what time did the press conference start": the words after the auxiliary. */
    private static final Pattern TIME_OF = Pattern.compile("^(?:so |and |but |ok )?(?:when|what time) (?:did|does|do|will|would|was|were|is|are)"
            + "((?: [\\p{L}'-]+){1,4})");

    /**
     * "what time did the press conference start", "when was the security guarantee announced": the concepts of the thing whose
     * time is asked; a statement telling none of them ("The Alaska talks were scheduled to start at 11:30") gives the time of
     * another. None when a person, a name or a place is whose time it is ({@link TypeCheck} checks that).
     */
    static List<Concept> timed(Question asked, List<Concept> concepts) {
        if (asked.expects().type() != AnswerType.TIME) {
            return List.of();
        }
        Matcher m = TIME_OF.matcher(asked.text().toLowerCase(Locale.ROOT).replace('’', '\''));
        if (!m.find()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(List.of(m.group(1).strip().split(" ")));
        // "when was the security guarantee announced": the verb ending the question is what happened, not what it happened to
        if (words.size() > 1 && EnglishWords.get().isVerb(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        List<Concept> things = new ArrayList<>();
        for (String word : words) {
            if (DETERMINERS.contains(word)) {
                continue;
            }
            if (QuestionWords.IGNORED.contains(word) || QuestionWords.isLight(word) || word.endsWith("'s") || !People.namedIn(word).isEmpty()
                    || EnglishWords.get().isPlace(word) || EnglishWords.get().isPersonNoun(word) || EnglishWords.get().isGroup(word)) {
                return List.of();
            }
            searchedAs(word, concepts).filter(c -> !things.contains(c)).ifPresent(things::add);
        }
        return things;
    }

    /** The topic the search read a word of the question as: a known concept of weight holding every term of the word. */
    private static Optional<Concept> searchedAs(String word, List<Concept> concepts) {
        List<String> stems = Analyzers.words(word);
        return stems.isEmpty() ? Optional.empty()
                : concepts.stream().filter(c -> c.known() && !c.light() && c.weight() > 0 && c.terms().containsAll(stems)).findFirst();
    }

    /** True when the statement tells of the doing: it has every word of one of the concept's alternatives. */
    static boolean tells(String statement, Concept doing) {
        Set<String> words = new HashSet<>(Analyzers.words(statement));
        return doing.alternatives().stream().anyMatch(words::containsAll);
    }
}
