package dev.summitbot.question;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One member's exchange with the bot, so that a question leaning on the one before ("what did he
 * ask for?", "and the europeans?", "why?") is read with that question's topic. A question that
 * stands on its own (it names its topic and refers to nothing) starts afresh: a change of topic is
 * not dragged back. The previous question is forgotten after {@link #EXPIRY} of silence, and a
 * follow-up carries only one question back (the one before, with what it carried), never more.
 */
public final class Conversation {

    /** How long a question stays something to follow up on. */
    public static final Duration EXPIRY = Duration.ofMinutes(5);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    /** Words that point back: pronouns and demonstratives. */
    private static final Set<String> POINTERS = Set.of("he", "him", "his", "she", "her", "hers", "they", "them", "their",
            "theirs", "it", "its", "it's", "that", "this", "those", "these", "there", "that's", "he's", "she's", "they're");
    /** The pointers among them that stand for a person: what the person a who-answer named is read for. */
    private static final Set<String> PERSON_POINTERS = Set.of("he", "him", "his", "she", "her", "hers", "he's", "she's");
    /** Openings of an elliptical follow-up: "and the europeans?", "what about rubio?". */
    private static final Pattern ELLIPSIS = Pattern.compile("^(?:and|but|also|so|what about|how about|then"
            // one of those just named: "which one is the russian"
            + "|which (?:one|ones|of them|of the two)"
            // whether one of them is from somewhere: "anyone from the eu?"
            + "|(?:anyone|anybody|any of them|someone|somebody) from"
            // whether the one just asked about said anything of it: "anything about a truce?", "anything on territory"
            + "|(?:anything|something|nothing)(?: else)? (?:about|on|regarding|re)"
            // a condition asked of the answer before: "if what didn't happen", "unless what"
            + "|(?:if|unless) (?:what|who|which|when|where)"
            // the condition of the answer before: "under what condition", "on what terms", "in what case"
            + "|(?:under|on|in) (?:what|which) (?:conditions?|circumstances?|terms?|cases?))\\b");
    /** At most this many words in a question closing with "then", which takes up what was just said: "whats needed then". */
    private static final int THEN_WORDS = 5;
    /** A choice and nothing else, of what was just said: "small part or big part?", "a law or just a promise". */
    private static final Pattern CHOICE_ONLY = Pattern.compile(
            "^(?:(?:a|an|the|just) )?[\\p{L}'-]+(?: [\\p{L}'-]+)? or (?:(?:a|an|the|just) )?[\\p{L}'-]+(?: [\\p{L}'-]+)?[\\s?!.]*$");
    /** "So" standing for what was just said: "did rubio say so too?", "does he think so". */
    private static final Pattern SAME_AGAIN = Pattern.compile("\\b(?:say|said|says|think|thinks|thought) so\\b");
    /** The bot's own answer, referred to: "what reports are you talking about", "which deal do you mean", "you said reports". */
    private static final Pattern YOUR_ANSWER = Pattern.compile(
            "\\b(?:(?:are|were) (?:you|u) (?:talking|speaking) about|(?:do|did) (?:you|u) mean|(?:you|u) (?:said|mentioned|meant))\\b");
    /** The openings of an elliptical follow-up that asks again: "and …", "what about …" ("so …" states: "so no deal soon?"). */
    private static final Pattern ASKS_AS_BEFORE = Pattern.compile("^(?:and|what about|how about)\\b(.*)$");
    /**
     * At most this many words after "and" or "what about" name what an elliptical follow-up asks the same of ("and the eu
     * side?"); more say a question of their own, put as a statement ("and this guarantee ties into ending it?").
     */
    private static final int ELLIPTICAL_WORDS = 3;
    /** A question's own asking words: an elliptical follow-up with none of them asks what the question before asked. */
    private static final Set<String> ASKING = Set.of("what", "who", "whom", "whose", "where", "when", "why", "how", "which",
            "do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would", "should", "has", "have", "had",
            // "and that's without nato membership?": a statement put as a question, its "is" contracted
            "that's", "it's", "he's", "she's", "there's", "they're", "thats", "theres",
            // "and whats the plan to end it?": a question word with its "is" contracted, written with or without the apostrophe
            "what's", "whats", "who's", "whos", "where's", "wheres", "when's", "whens", "why's", "whys", "how's", "hows");
    /** The question words an echo question asks with, after what it echoes: "in exchange for what". */
    private static final Set<String> ECHO_ASKING = Set.of("what", "who", "whom", "where", "when", "which", "why", "how");
    /** A question this short, with no topic of its own, leans on the one before ("why?", "when?", "which ones?"). */
    private static final int SHORT = 3;
    /** Words that ask for a name, not what about: "what's it called", "what was the show named". */
    private static final Set<String> NAMING = Set.of("called", "call", "named", "name");
    /** "Who else", "anyone else", "what else": more of what the answer before gave. */
    private static final String ELSE = "else";
    /** Grammar's words, no topic: a question of only these, question words and light words has none of its own. */
    private static final Set<String> GRAMMAR = Set.of("is", "are", "was", "were", "be", "the", "a", "an", "to", "of", "in", "on",
            "at", "for", "with", "and", "or", "by", "as", "not", "no", "then", ELSE);

    private final Clock clock;
    private Question previous;
    private Instant previousAt;
    /** Whom the answer to a who-question, or to one naming nobody, named ("Steve Witkoff"): what "he" of the next question stands for. */
    private String answeredHim = "";
    /** The same for "she": the first person named whom the sources do not call "he" ("von der Leyen"). */
    private String answeredHer = "";
    /** The office the answer named nobody in ("the U.S. Secretary of State"): whom "who's that?" asks after. */
    private String answeredOffice = "";
    /** The name the answer to "what's it called?" gave ("Article 5-like"): what "what does that mean?" asks about. */
    private String answeredName = "";
    /** What the bot answered to the previous question: not to be said again to a follow-up that asks for more. */
    private String answeredText = "";
    /** The headline the answer to "what's the headline say?" read: the topic of the next question ("according to who?"). */
    private String answeredHeadline = "";

    public Conversation(Clock clock) {
        this.clock = clock;
    }

    /**
     * The question to answer: {@code next} itself, or {@code next} following the previous question
     * when it leans on it. Either way it becomes the previous question for the next call.
     */
    public synchronized Question follow(Question next) {
        Instant now = clock.instant();
        boolean leans = previous != null && now.isBefore(previousAt.plus(EXPIRY)) && leansOnPrevious(next);
        String holder = leans ? officeReading(next, answeredOffice) : "";
        String named = leans && holder.isEmpty() ? nameReading(next, answeredName) : "";
        Question read = !leans ? next
                // "who's that?" after "The U.S. Secretary of State is expected …": who holds the office, whatever the question before asked
                : !holder.isEmpty() ? next.following(holder, answeredText, next.expects())
                // "what does that mean?" after "… Article 5-like security guarantees …" answered what the deal is called
                : !named.isEmpty() ? next.following(named, answeredText, next.expects())
                // "according to who?" after the headline was read: about what the headline says, which the question for it did not
                : !answeredHeadline.isEmpty() ? next.following(answeredHeadline, answeredText, next.expects())
                // "whats her job" after "who's joining zelensky": a role is the person's own, whatever the question before asked
                : next.expects().type() == AnswerType.ROLE && !reading(next).isEmpty()
                        ? next.following(reading(next), answeredText, next.expects())
                : next.following(carried(previous, reading(next) + there(next, previous, answeredText), asksAboutAnother(next),
                        namesAnotherFirst(next)),
                        answeredText, asksAsBefore(next) ? previous.expects() : next.expects());
        if (!next.isEmpty()) {
            previous = read;
            previousAt = now;
            answeredHim = "";
            answeredHer = "";
            answeredOffice = "";
            answeredName = "";
            answeredText = "";
            answeredHeadline = "";
        }
        return read;
    }

    /**
     * Tells the conversation what the bot answered to {@code question}, the one {@link #follow} last
     * returned (an answer that comes after a newer question changes nothing): when it asked who, or
     * named nobody itself ("how did ukraine's president react?"), the person the answer names first
     * is whom a "he" of the next question stands for; the first whom the sources do not call "he"
     * ({@code pronouns}), whom a "she" does.
     */
    public synchronized void answered(Question question, String answer, Pronouns pronouns) {
        if (question == previous) {
            boolean whoAsked = previous.expects().type() == AnswerType.PERSON
                    || People.namedIn(previous.text() + " " + previous.context()).isEmpty();
            answeredHim = whoAsked && answer != null ? People.first(answer, previous.text(), name -> pronouns.fits(name, "he")) : "";
            answeredHer = whoAsked && answer != null ? People.first(answer, previous.text(), name -> pronouns.fits(name, "she")) : "";
            answeredOffice = answeredHim.isEmpty() && answeredHer.isEmpty() && answer != null ? People.office(answer) : "";
            answeredName = previous.expects().type() == AnswerType.NAME && answer != null ? nameGiven(answer) : "";
            answeredText = answer == null ? "" : answer;
            // a question for the headline has no topic of its own: what the headline says is what the next one follows up
            answeredHeadline = HeadlineRequest.asks(previous.text()) && answer != null ? HeadlineRequest.headline(answer) : "";
        }
    }

    /**
     * How a follow-up's "he" or "she" is read when the question before asked who: {@code — "he" is
     * Steve Witkoff}, shown with the follow-up and searched for its names ("he" and "is" are no
     * topic words); empty when the follow-up points at no person or the answer named nobody.
     */
    private String reading(Question next) {
        return words(next.text()).stream().filter(PERSON_POINTERS::contains).findFirst()
                .map(pointer -> Pronouns.feminine(pointer) ? answeredHer : answeredHim)
                .filter(who -> !who.isEmpty())
                .map(who -> readAs(next, PERSON_POINTERS, who)).orElse("");
    }

    /** {@code — "that" is …}: the first of {@code pointers} the follow-up says, read as {@code what}; empty when it says none. */
    private static String readAs(Question next, Set<String> pointers, String what) {
        return words(next.text()).stream().filter(pointers::contains).findFirst()
                .map(pointer -> "— \"" + pointer + "\" is " + what).orElse("");
    }

    /** The words of {@code text}, lower case. */
    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(r -> r.group()).toList();
    }

    /** Words at most in a yes/no follow-up asking whether the office just named is somebody's ("is that rubio?", "isn't he rubio"). */
    private static final int HOLDER_NAMED_WORDS = 5;

    /** Pointers a question for a person may point at an office with: "who's that?", "what's his name". */
    private static final Set<String> OFFICE_POINTERS = Set.of("that", "this", "he", "him", "his", "she", "her", "that's");

    /**
     * How "who's that?" or "what's his name?" is read when the answer before named an office and
     * nobody in it: {@code — "that" is the U.S. Secretary of State}; empty for any other follow-up.
     */
    private static String officeReading(Question next, String office) {
        // "isn't that rubio?": whether the office is held by the one named, a short yes/no question with a name
        boolean holderNamed = next.expects().type() == AnswerType.YES_NO && !People.namedIn(next.text()).isEmpty()
                && words(next.text()).size() <= HOLDER_NAMED_WORDS;
        if (office.isEmpty() || next.expects().type() != AnswerType.PERSON && next.expects().type() != AnswerType.ROLE && !holderNamed) {
            return "";
        }
        return readAs(next, OFFICE_POINTERS, office);
    }

    /** A name as an answer gives one: in quotes ("\"This Week\""), or a word and a number ("Article 5-like"). */
    private static final Pattern NAME_GIVEN = Pattern.compile("\"(\\p{Lu}[^\"]{0,60}?)[,.]?\"|\\b(\\p{Lu}\\p{Ll}+ \\d+(?:-like|-style)?)\\b");
    /** Pointers a question about a thing just named may use: "what does that mean?", "why that name". */
    private static final Set<String> THING_POINTERS = Set.of("that", "this", "it", "that's", "it's");

    /** The first name the answer's first statement gives; empty when it gives none. */
    private static String nameGiven(String answer) {
        int cited = answer.indexOf(" [");
        Matcher m = NAME_GIVEN.matcher(cited < 0 ? answer : answer.substring(0, cited));
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
    }

    /**
     * How "what does that mean?" is read after an answer that gave a name: {@code — "that" is
     * "Article 5-like"}; empty for a follow-up that points at no thing or asks for a person.
     */
    private static String nameReading(Question next, String name) {
        if (name.isEmpty() || next.expects().type().constrains()) {
            return "";
        }
        return readAs(next, THING_POINTERS, "\"" + name + "\"");
    }

    /**
     * True for an elliptical follow-up that asks nothing of its own: "and trump?" after "how long did
     * putin talk?" asks how long too, "what about the europeans?" what the question before asked.
     * "and this guarantee ties into ending it?" after how long the war has gone on asks its own.
     */
    private static boolean asksAsBefore(Question next) {
        return next.expects().type() == AnswerType.STATEMENT && next.expects().focus() == null && asksTheSameOf(next.text());
    }

    /** Whether {@code text} is worded as an elliptical follow-up asking the same of something else: "and trump?", "what about the eu". */
    private static boolean asksTheSameOf(String text) {
        Matcher m = ASKS_AS_BEFORE.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        if (!m.find()) {
            return false;
        }
        List<String> rest = WORD.matcher(m.group(1)).results().map(r -> r.group()).toList();
        return rest.size() <= ELLIPTICAL_WORDS && rest.stream().noneMatch(ASKING::contains);
    }

    /**
     * The words {@code text} names somebody by without an article, as names go, to ask the same of them ("what about
     * macron", "and rubio?") or to ask of them next ("what about macron, what did he say"): a name that is a word too, as
     * "macron" is, is still a name there. Empty when it names nobody so ("and the show?").
     */
    public static Set<String> someoneNamed(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (ARTICLE_FIRST.matcher(lower).find()) {
            return Set.of();
        }
        if (asksTheSameOf(text)) {
            Matcher m = ASKS_AS_BEFORE.matcher(lower);
            return m.find() ? Set.copyOf(words(m.group(1))) : Set.of();
        }
        Matcher named = NAMED_FIRST.matcher(lower);
        return named.find() && WORD.matcher(named.group(1)).results().count() <= ELLIPTICAL_WORDS
                && PERSON_FOR_IT.matcher(lower.substring(named.end())).find() ? Set.copyOf(words(named.group(1))) : Set.of();
    }

    /** "and the show?", "what about a deal": an article after the opening, before a common noun. */
    private static final Pattern ARTICLE_FIRST = Pattern.compile("^(?:and|what about|how about)\\s+(?:the|a|an|this|that|these|those)\\b");

    /** A reading as {@link #reading} writes it, the person's name capitalised but for its particles ("Ursula von der Leyen"). */
    private static final Pattern READING = Pattern.compile("— \"[^\"]+\" is \\p{Lu}[\\p{L}'’.-]*(?:\\s(?:(?:"
            + String.join("|", People.PARTICLES) + ")\\s)*\\p{Lu}[\\p{L}'’.-]*)*\\s?");

    /**
     * A follow-up's context as it is searched: a reading names the person by the last word of the name
     * ({@code — "he" is Vladimir Putin} searches "Putin"), the word the sources call them by; a first
     * name would be a second topic that most statements about them lack.
     */
    public static String searched(String context) {
        return READING.matcher(context).replaceAll(m -> {
            String[] words = m.group().strip().split("\\s+");
            return " " + words[words.length - 1] + " ";
        });
    }

    /** A word of a question, where a place's name or a year is looked for. */
    private static final Pattern SETTING_WORD = Pattern.compile("\\p{L}{3,}|\\b(?:19|20)\\d\\d\\b");

    /**
     * A follow-up's context as it is searched ({@link #searched(String)}) beside the follow-up {@code question}: without
     * the places and years it names when the follow-up names a place or a year of its own, whose setting it asks about
     * instead. "and who was in washington?" after "who was anchoring cnn from anchorage" asks the same of Washington;
     * "and how long was alaska then" after "how long was the helsinki summit in 2018" asks of neither Helsinki nor 2018.
     */
    public static String searched(String context, String question) {
        String searched = searched(context);
        List<String> own = SETTING_WORD.matcher(question).results().map(r -> r.group().toLowerCase(Locale.ROOT))
                .filter(Conversation::setting).toList();
        if (own.isEmpty()) {
            return searched;
        }
        return SETTING_WORD.matcher(searched).replaceAll(m -> {
            String word = m.group().toLowerCase(Locale.ROOT);
            return setting(word) && !own.contains(word) ? " " : m.group();
        });
    }

    /** A place's name or a year. */
    private static boolean setting(String word) {
        return Character.isDigit(word.charAt(0)) || EnglishWords.get().isPlace(word);
    }

    /** The readings of a follow-up's pronouns in its context ({@code — "he" is Steve Witkoff}), without the questions' words. */
    private static String readings(String context) {
        return READING.matcher(context).results().map(r -> r.group().strip()).collect(Collectors.joining(" "));
    }

    /** A follow-up's context without the readings of its pronouns ({@code — "he" is Steve Witkoff}): the questions' words alone. */
    public static String withoutReadings(String context) {
        return READING.matcher(context).replaceAll(" ");
    }

    /** "there", "on there": the place, programme or outlet the answer before gave. */
    private static final Pattern THERE = Pattern.compile("(?i)\\bthere\\b(?!['’]?s\\b| (?:is|are|was|were|will|would|be)\\b)");
    private static final Set<AnswerType> SETTINGS = Set.of(AnswerType.PLACE, AnswerType.NAME, AnswerType.ORGANISATION);

    /**
     * For "what did he say on there" after "what show was rubio on", the answer before ("Senator Marco
     * Rubio gave an interview on ABC's This Week") as words of the topic: "there" is the setting it
     * gave, which the question before only asked for. Empty for any other follow-up.
     */
    private static String there(Question next, Question previous, String answered) {
        if (answered.isEmpty() || !SETTINGS.contains(previous.expects().type()) || !THERE.matcher(next.text()).find()) {
            return "";
        }
        // a follow-up with a topic of its own ("what did he say there abt ukraine being in the talks") is about that topic
        return ownWords(next.text()) <= MAX_OWN_WORDS_THERE ? " " + answered.replaceAll("\\[\\d+\\]", " ") : "";
    }

    /** Words of a question that name a topic: neither pointers ("there", "they"), question words nor light words. */
    private static long ownWords(String text) {
        return words(text).stream().filter(w -> w.length() > 2 && !w.equals("there") && !POINTERS.contains(w)
                && !QuestionWords.IGNORED.contains(w) && !QuestionWords.isLight(w)).count();
    }

    /**
     * Words of its own that make a follow-up a question with a topic of its own, which the next follow-up
     * carries without what was asked before it.
     */
    private static final int OWN_TOPIC_WORDS = 2;

    /** Words of its own a follow-up saying "there" may have and still be about the setting alone: "his main point". */
    private static final int MAX_OWN_WORDS_THERE = 2;

    /**
     * What a follow-up takes from the question before: its topic, what it carried itself, and whom its answer named;
     * {@code another}: without the people and parties it named, when the follow-up asks the same of another;
     * {@code anotherPerson}: without the people it named, when the follow-up names another first and asks of it.
     */
    private static String carried(Question previous, String who, boolean another, boolean anotherPerson) {
        // a long message before is carried by its question proper: its background is no topic of the follow-up either
        String proper = Rambling.questionProper(previous).text();
        // "and wheres russia at on the guarantees" asks anew: "why tho" after it is about that, not the war asked of before it;
        // who its "he" was stays ("how did he react to the us offer" after "who's ukraine's president")
        String before = ownWords(proper) >= OWN_TOPIC_WORDS ? readings(previous.context()) : previous.context();
        String topic = (before.isEmpty() ? "" : before + " ") + proper;
        if (another || anotherPerson) {
            // "and zelensky?" after "what does von der leyen think of …": the question before about him, not her;
            // "and russia?" after "what did the us and europe offer": about Russia, not the parties it named
            for (String name : People.namedIn(topic)) {
                topic = topic.replaceAll("(?i)\\b" + Pattern.quote(name) + "(?:'s)?\\b", " ");
            }
            for (String word : another ? words(topic) : List.<String>of()) {
                if (party(People.withoutPossessive(word)) || ABBREVIATED_PARTIES.contains(People.withoutPossessive(word))) {
                    topic = topic.replaceAll("(?i)\\b" + Pattern.quote(word) + "\\b", " ");
                }
            }
            topic = topic.replaceAll("(?i)\\b(?:" + String.join("|", People.PARTICLES) + ")\\b", " ").replaceAll("\\s{2,}", " ");
        }
        return (topic + " " + who).strip();
    }

    /**
     * An elliptical follow-up that asks as before of another party: a person ("and zelensky?", "what
     * about rubio?"), a country, a union or a people ("and the eu side?", "what about the europeans?").
     */
    public static boolean asksAboutAnother(Question next) {
        return asksAsBefore(next) && namesParty(next.text());
    }

    /** Whether {@code text} names a person, a country, a place, a union or a people. */
    private static boolean namesParty(String text) {
        return !parties(text).isEmpty();
    }

    /** The words of {@code text}, lower case and without possessives, that name a person, a country, a place, a union or a people. */
    public static List<String> parties(String text) {
        EnglishWords english = EnglishWords.get();
        List<String> names = People.namedIn(text).stream().filter(w -> !english.isDemonym(w)).map(People::withoutPossessive).toList();
        return words(text).stream().map(People::withoutPossessive)
                .filter(w -> names.contains(w) || party(w) || w.length() > 1 && english.isDemonym(w)).toList();
    }

    /**
     * "and the eu lady, what did she say", "and zelensky? what was his take": another party named first, then asked about
     * by a pronoun that stands for it. The people the question before named are not carried; its places and parties are
     * ("and putin, what did he say there").
     */
    private static boolean namesAnotherFirst(Question next) {
        String text = next.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        Matcher named = NAMED_FIRST.matcher(text);
        if (!named.find() || WORD.matcher(named.group(1)).results().count() > ELLIPTICAL_WORDS
                || !STANDS_FOR_IT.matcher(text.substring(named.end())).find()) {
            return false;
        }
        return namesParty(next.text().substring(named.start(1), named.end(1))) || !someoneNamed(next.text()).isEmpty();
    }

    /** Words that open the question asked of the party named first; the name before them does not start with one. */
    private static final String ASKS_OF_IT = "what|who|how|why|when|where|which|did|does|do|is|are|was|were|has|have|will|would|can|could|should";
    /** "and the eu lady, what did she say", "and zelensky? what was his take": a party named, then a question of it. */
    private static final Pattern NAMED_FIRST = Pattern.compile(
            "^(?:and|what about|how about)\\s+(?!(?:in|for|at|on|with|from|to|about|after|before|by|of|" + ASKS_OF_IT + ")\\b)(?:the\\s+)?(.+?)[,?!]?\\s+"
            + "(?=(?:" + ASKS_OF_IT + ")\\b)");
    /** A pronoun for the party a follow-up named before asking of it: "she" of "and the eu lady, what did she say". */
    private static final Pattern STANDS_FOR_IT = Pattern.compile("\\b(?:he|she|they|him|her|them|his|their)\\b");
    /** A pronoun for a person named before asking of them: "he" of "what about macron, what did he say". */
    private static final Pattern PERSON_FOR_IT = Pattern.compile("\\b(?:he|she|him|her|his)\\b");

    /** Parties chat names by letters, which are no place to WordNet ("us" is a pronoun too): "who's the us president". */
    private static final Set<String> ABBREVIATED_PARTIES = Set.of("us", "usa", "uk", "eu");

    /** A word that names a country, a place or a union ("russia", "brussels", "eu"), not a word of the question's grammar. */
    private static boolean party(String word) {
        EnglishWords english = EnglishWords.get();
        return word.length() > 1 && !GRAMMAR.contains(word) && !QuestionWords.IGNORED.contains(word)
                && (english.isPlace(word) || english.isGroup(word));
    }

    /**
     * True when the question points back (a pronoun, "else"), opens elliptically, is too short to
     * stand alone, or has no topic word at all ("anyone else coming along?", "what happened next",
     * "first name?": only words that say what kind of answer is wanted).
     */
    static boolean leansOnPrevious(Question question) {
        String text = question.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        var words = WORD.matcher(text).results().map(r -> r.group()).toList();
        if (words.isEmpty()) {
            return false;
        }
        if (words.stream().anyMatch(w -> POINTERS.contains(w) || w.equals(ELSE)) || ELLIPSIS.matcher(text).find()
                || SAME_AGAIN.matcher(text).find() || YOUR_ANSWER.matcher(text).find()
                || CHOICE_ONLY.matcher(text).matches() && words.stream().noneMatch(ASKING::contains)
                || words.size() <= THEN_WORDS && words.get(words.size() - 1).equals("then")) {
            return true;
        }
        // an echo of the answer before, asking at its end: "modeled on what", "welcomed what exactly", "including who"
        if (words.size() > 1 && words.subList(Math.max(1, words.size() - 2), words.size()).stream().anyMatch(ECHO_ASKING::contains)
                && words.subList(0, words.size() - 2).stream().noneMatch(w -> ASKING.contains(w) || QuestionWords.IGNORED.contains(w))) {
            return true;
        }
        long content = words.stream().filter(w -> !QuestionWords.IGNORED.contains(w)).count();
        // Words that say only what kind of answer is wanted are no topic: "first name?", "for which country"
        Set<String> typeWords = new HashSet<>(question.expects().typeWord().map(t -> List.of(t.split(" "))).orElse(List.of()));
        // "what's the name of the show": the name asks for a show's, the kind of answer wanted
        int named = words.indexOf("name");
        if (named >= 0 && named + 1 < words.size() && words.get(named + 1).equals("of") && question.expects().focus() != null) {
            typeWords.add("name");
        }
        if (question.expects().type() == AnswerType.NAME) {
            typeWords.addAll(NAMING); // "what was the program called": a name is asked for, of the programme just talked of
        }
        if (question.expects().focus() != null) {
            typeWords.add(question.expects().focus());
            // and the word that says which kind: "on which tv show", "what news network"
            int focus = words.indexOf(question.expects().focus());
            if (focus > 0 && !ASKING.contains(words.get(focus - 1))) {
                typeWords.add(words.get(focus - 1));
            }
        }
        long topics = words.stream().filter(w -> !QuestionWords.IGNORED.contains(w) && !QuestionWords.isLight(w)
                && !GRAMMAR.contains(w) && !typeWords.contains(w)).count();
        return topics == 0 || words.size() <= SHORT && content <= 1;
    }
}
