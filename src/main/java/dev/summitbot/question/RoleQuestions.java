package dev.summitbot.question;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Questions for a person's role: "what's witkoff's title", "what's the envoy's title", "what job does rubio have", "what is the
 * role of witkoff", "what's his job", "is rubio a senator or secretary of state". "Position" and
 * "role" also mean a stance or a part ("what is russia's position on the guarantees", "what role
 * does europe play"), so a question asks for a role only when it asks it of a person — a name that
 * is neither a place, a group nor a plain English word ("russia", "nato", "europe", "the article's
 * title", "the kremlin's position" are not) — and not on or about something; "what role does X
 * have" asks for a part and stays a statement. A person whose name is plain English ("trump") is
 * missed: the question is then read as before, as a statement.
 */
final class RoleQuestions {

    /** The words that ask for a role. */
    static final Set<String> WORDS = Set.of("title", "job", "role", "position", "post", "office", "occupation", "profession");
    /**
     * Words that are a person's title or office, as written before a name ("Special Envoy Steve
     * Witkoff", "Kremlin aide Yuri Ushakov"): what evidence of a role shows.
     */
    static final List<String> TITLES = List.of("president", "vice", "senator", "congressman", "congresswoman", "secretary",
            "envoy", "emissary", "minister", "chancellor", "premier", "leader", "aide", "adviser", "advisor", "spokesman",
            "spokeswoman", "spokesperson", "ambassador", "diplomat", "governor", "mayor", "general", "commander", "chief", "head",
            "director", "chairman", "chairwoman", "chair", "representative", "negotiator", "official", "officer", "king", "queen",
            "prince", "deputy", "assistant", "commissioner", "speaker", "judge", "counsel", "attorney", "prosecutor",
            "coordinator", "host", "anchor", "correspondent", "reporter", "journalist", "editor");
    /** Words after the role word that make it a stance or a part: "position on …", "role does europe play". */
    private static final Set<String> STANCE = Set.of("on", "about", "regarding", "towards", "toward", "over", "concerning",
            "with", "play", "played", "plays", "playing", "take", "took", "takes");
    /** Before a possessive, a word that makes it a thing's ("the article's title"), not a person's. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "our", "your", "my");
    private static final Set<String> WHAT = Set.of("what", "what's", "whats");
    /** Pronouns that stand for things as often as people: "how did they describe them" (the guarantees) asks no title. */
    private static final Set<String> THINGS = Set.of("it", "them", "they", "these", "those");
    /** Openings of an elliptical follow-up ("and her position?"), at most this many words long. */
    private static final Set<String> ELLIPTICAL = Set.of("and", "so", "but", "also");
    private static final int ELLIPTICAL_WORDS = 4;

    private RoleQuestions() {}

    /** Words after the person asked about that say they hold a title: "an ambassador", "the us envoy", "a senior official". */
    private static boolean titleAfterArticle(List<String> words) {
        return words.size() > 1 && ARTICLES.contains(words.get(0)) && words.stream().skip(1).limit(2).anyMatch(TITLES::contains);
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * A question for a role, its focus the word that asked for it ("title"; none for "is X a senator
     * or a secretary of state"); empty for any other question.
     *
     * @param words the question's words, lower case; {@code first} the first after a greeting
     * @param auxiliaries "is", "did", …
     */
    static Optional<AnswerTypes.Reading> read(List<String> words, int first, Set<String> auxiliaries) {
        if (first >= words.size()) {
            return Optional.empty();
        }
        List<String> rest = words.subList(first, words.size());
        if (rest.size() > 2 && (rest.get(0).equals("is") || rest.get(0).equals("was")) && named(rest.get(1))
                && (rest.contains("or") && rest.stream().skip(2).anyMatch(TITLES::contains) || titleAfterArticle(rest.subList(2, rest.size())))) {
            return Optional.of(new AnswerTypes.Reading(AnswerType.ROLE, null));
        }
        if (whoIsNamed(rest)) {
            return Optional.of(new AnswerTypes.Reading(AnswerType.ROLE, null));
        }
        // "and her position?", "so his job", "his title?": an elliptical follow-up asks what it would after "what"
        boolean elliptical = (ELLIPTICAL.contains(rest.get(0)) || PRONOUNS.contains(rest.get(0))) && rest.size() <= ELLIPTICAL_WORDS;
        if (!WHAT.contains(rest.get(0)) && !elliptical) {
            return Optional.empty();
        }
        for (int i = 1; i < rest.size() && i <= 6; i++) {
            String word = rest.get(i);
            if (!WORDS.contains(word) || stance(rest.subList(i + 1, rest.size()))) {
                continue;
            }
            String before = rest.get(i - 1);
            // "witkoff's title", "rubio's actual position": the owner, before a word that keeps it a role
            int at = i >= 2 && ROLE_MODIFIERS.contains(before) ? i - 2 : i - 1;
            String owner = rest.get(at);
            // "witkoff's title", and as chat types it, "witkoffs title"
            boolean possessive = (owner.endsWith("'s") && named(owner.substring(0, owner.length() - 2))
                    || owner.endsWith("s") && named(owner) && named(owner.substring(0, owner.length() - 1)))
                    && (at < 1 || !DETERMINERS.contains(rest.get(at - 1)));
            // "the envoy's title", "the us secretary's job": a possessive that is itself a person's title
            boolean titled = owner.endsWith("'s") && TITLES.contains(owner.substring(0, owner.length() - 2));
            // "his title", "her official position", "his full title"
            boolean pronoun = PRONOUNS.contains(owner);
            // "what title does the article give rubio": a person named after the verb. "What role does
            // europe have" asks for a part more often than an office, and europe is no place in WordNet.
            boolean asked = i == 1 && !word.equals("role") && rest.size() > 2 && auxiliaries.contains(rest.get(2))
                    && rest.stream().skip(3).anyMatch(RoleQuestions::named) && rest.stream().noneMatch(RoleQuestions::place);
            // "what is the role of witkoff", "whats the title for putin in the article"
            boolean of = before.equals("the") && i + 2 < rest.size() && Set.of("of", "for").contains(rest.get(i + 1)) && named(rest.get(i + 2));
            if (possessive || titled || pronoun || asked || of) {
                // "job title": both words ask for the role
                boolean pair = i + 1 < rest.size() && WORDS.contains(rest.get(i + 1));
                return Optional.of(new AnswerTypes.Reading(AnswerType.ROLE, pair ? word + " " + rest.get(i + 1) : word));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words after the role word make it a stance or a part ("position on the deal", "role does europe
     * play"); after the person the question names, they speak of something else ("what title does the article give
     * rubio when talking about the interview").
     */
    private static boolean stance(List<String> after) {
        for (String word : after) {
            if (STANCE.contains(word)) {
                return true;
            }
            if (named(word)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PRONOUNS = Set.of("his", "her");
    /** Words between "his" and the word for a role that keep it one: "her official position", "his full title". */
    private static final Set<String> ROLE_MODIFIERS = Set.of("official", "full", "exact", "current", "actual", "real", "proper",
            "formal", "job", "main", "new", "old");

    /**
     * "Who is von der leyen", "who's zelenskyy", "who was steve witkoff", "who is she again": asked who
     * a person is, by nothing but the name or a pronoun, the answer is what the person is (the title
     * the sources give).
     */
    private static boolean whoIsNamed(List<String> rest) {
        int name = rest.get(0).equals("who's") || rest.get(0).equals("whos") ? 1
                : rest.size() > 1 && rest.get(0).equals("who") && (rest.get(1).equals("is") || rest.get(1).equals("was")) ? 2 : -1;
        if (name < 0 || name >= rest.size()) {
            return false;
        }
        // "who is she again" after a question about von der Leyen: the person the follow-up leans on, by a pronoun
        List<String> said = rest.subList(name, rest.size()).stream().filter(w -> !FILLERS.contains(w)).toList();
        return said.size() == 1 && PERSONAL_PRONOUNS.contains(said.get(0)) || onlyNamed(rest.subList(name, rest.size()));
    }

    /** Pronouns that stand for one person: "who is she". */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
    /** Words after "who is she" that ask nothing more: "again", "exactly", "tho". */
    private static final Set<String> FILLERS = Set.of("again", "exactly", "tho", "though", "even", "anyway", "now");

    /** Whether the words name a person and nothing else: "von der leyen", "putin". */
    static boolean onlyNamed(List<String> words) {
        return words.stream().anyMatch(RoleQuestions::named) && words.stream().allMatch(w -> named(w) || People.PARTICLES.contains(w));
    }

    /** A word that can be a person's name: not a place, not plain English, not a word of the question's grammar. */
    private static boolean named(String word) {
        String bare = People.withoutPossessive(word);
        EnglishWords english = EnglishWords.get();
        return bare.length() > 2 && !bare.contains("'") && !english.isPlain(bare) && !english.isPlace(bare) && !english.isGroup(bare)
                && !WHAT.contains(bare) && !DETERMINERS.contains(bare) && !THINGS.contains(bare);
    }

    /** A place or a group by WordNet; two letters are too few to tell ("in" is Indiana). */
    private static boolean place(String word) {
        String bare = People.withoutPossessive(word);
        return bare.length() > 2 && (EnglishWords.get().isPlace(bare) || EnglishWords.get().isGroup(bare));
    }
}
