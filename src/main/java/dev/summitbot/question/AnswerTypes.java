package dev.summitbot.question;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which kind of answer a question asks for from its wording, the way people type in chat:
 * "where'd they meet", "what day is the meeting", "how long did it last", "which network", "is
 * ukraine joining nato". Greetings before the question ("hey bot,") are skipped; a question word
 * later in the sentence counts ("and trump met putin where?").
 */
public final class AnswerTypes {

    /**
     * What was read: the type, for "which X" / "what X" questions the X, and the words that say only
     * what kind of answer is asked, not what about: the measure of "how long / how old / how big"
     * ("long"), the "first name" of "witkoff's first name" ({@link NameQuestions}).
     */
    public record Reading(AnswerType type, String focus, String kindWords) {

        public Reading(AnswerType type, String focus) {
            this(type, focus, null);
        }

        /**
         * The words that asked for the kind of answer: a role ("title" of "what's witkoff's title"), a
         * programme ("show"), an outlet ("network"), any place ("location"), the measure of "how long has the war
         * gone on", a person's "first name" — search leaves them out, as the answer need not say "long". "Position" is a topic in "russia's position on the guarantees", and "long" in "a
         * long way to go", so this is per question, not an ignored or light word always.
         */
        public Optional<String> typeWord() {
            if (focus == null) {
                return Optional.ofNullable(kindWords);
            }
            boolean kindOnly = type == AnswerType.ORGANISATION && (OUTLETS.contains(focus) || BODIES.contains(focus))
                    || type == AnswerType.PLACE && ANY_PLACE.contains(focus)
                    || type == AnswerType.PLACE && PLACE_KIND_WORDS.contains(focus) || type == AnswerType.DURATION;
            return type == AnswerType.ROLE || type == AnswerType.NAME || kindOnly ? Optional.of(focus) : Optional.ofNullable(kindWords);
        }

        /** How the question asked for its kind of answer, for "My sources don't say how far.": the measure asked, or the type's words. */
        public String asked() {
            return type == AnswerType.NUMBER && kindWords != null && MEASURES.contains(kindWords) ? "how " + kindWords : type.asked();
        }
    }

    /**
     * The focus words of "which us state", "what countries": a kind of place, which the answer's type check finds in what the
     * place is (WordNet's gloss of Alaska), not in the statement's words ("the Secretary of State" is no state).
     */
    public static final Set<String> PLACE_KIND_WORDS = Set.of("city", "cities", "town", "state", "states", "country", "countries", "nation");

    /**
     * The focus words of "which base": a place of a kind the sources name by that word ("Joint Base …"). More ("hotel") would
     * be no topic word either ({@link #typeWords}): "who paid for the hotel" would lose its topic.
     */
    public static final Set<String> FACILITY_WORDS = Set.of("base");

    /** The focus words of "what location", "the venue": any place, which the sources name, not call so. */
    private static final Set<String> ANY_PLACE = Set.of("location", "venue", "place");

    /** The focus words of "which network", "what outlet": where words are published or broadcast, which the sources name, not call so. */
    public static final Set<String> OUTLETS = Set.of("network", "outlet", "channel", "broadcaster", "newspaper", "paper", "tv", "television",
            "station");

    /** The focus words of "which alliance", "what organisation": a kind of body, which the sources name ("NATO"), not call so. */
    private static final Set<String> BODIES = Set.of("alliance", "alliances", "organisation", "organisations", "organization", "organizations",
            "bloc", "agency", "agencies", "institution", "institutions", "body", "bodies");

    /** Words that something goes on, which a length answers: "how long" of what "is still going on" or "has lasted". */
    public static final String LASTING = "ongoing still going lasting lasted last continuing continued continues";

    /** The adjectives of "how long", "how old", "how big", …: each the measure asked for. */
    private static final List<String> MEASURES = List.of("long", "old", "tall", "big", "far", "high", "heavy", "large", "rich", "wide");
    private static final Pattern HOW_MEASURE = Pattern.compile("\\bhow (" + String.join("|", MEASURES) + ")\\b");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "did", "does", "do", "will", "would",
            "can", "could", "has", "have", "had", "should", "shall", "may", "might", "must", "isn't", "aren't", "wasn't",
            "weren't", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't",
            "shouldn't", "am");
    private static final Set<String> SKIPPED = Set.of("hey", "hi", "hello", "bot", "summitbot", "ok", "okay", "so", "and",
            "but", "also", "yo", "pls", "please", "quick", "question", "q", "um", "uh", "well", "then", "tell", "me");
    /** The X of "which X" / "what X" that names a type of its own. */
    private static final Map<String, AnswerType> FOCUS_TYPES = Map.ofEntries(
            Map.entry("person", AnswerType.PERSON), Map.entry("people", AnswerType.PERSON), Map.entry("leader", AnswerType.PERSON),
            Map.entry("leaders", AnswerType.PERSON), Map.entry("official", AnswerType.PERSON), Map.entry("officials", AnswerType.PERSON),
            Map.entry("president", AnswerType.PERSON), Map.entry("envoy", AnswerType.PERSON), Map.entry("senator", AnswerType.PERSON),
            Map.entry("negotiator", AnswerType.PERSON), Map.entry("minister", AnswerType.PERSON), Map.entry("politician", AnswerType.PERSON),
            Map.entry("man", AnswerType.PERSON), Map.entry("woman", AnswerType.PERSON),
            Map.entry("place", AnswerType.PLACE), Map.entry("city", AnswerType.PLACE), Map.entry("country", AnswerType.PLACE),
            Map.entry("countries", AnswerType.PLACE), Map.entry("state", AnswerType.PLACE), Map.entry("location", AnswerType.PLACE),
            Map.entry("town", AnswerType.PLACE), Map.entry("venue", AnswerType.PLACE), Map.entry("base", AnswerType.PLACE),
            Map.entry("duration", AnswerType.DURATION), Map.entry("length", AnswerType.DURATION),
            Map.entry("timeframe", AnswerType.DURATION), Map.entry("timespan", AnswerType.DURATION),
            Map.entry("time", AnswerType.TIME), Map.entry("day", AnswerType.TIME), Map.entry("date", AnswerType.TIME),
            Map.entry("year", AnswerType.TIME), Map.entry("month", AnswerType.TIME), Map.entry("week", AnswerType.TIME),
            Map.entry("network", AnswerType.ORGANISATION), Map.entry("outlet", AnswerType.ORGANISATION),
            Map.entry("channel", AnswerType.ORGANISATION), Map.entry("newspaper", AnswerType.ORGANISATION),
            Map.entry("paper", AnswerType.ORGANISATION), Map.entry("agency", AnswerType.ORGANISATION),
            Map.entry("organization", AnswerType.ORGANISATION), Map.entry("organisation", AnswerType.ORGANISATION),
            Map.entry("alliance", AnswerType.ORGANISATION), Map.entry("company", AnswerType.ORGANISATION),
            Map.entry("body", AnswerType.ORGANISATION), Map.entry("institution", AnswerType.ORGANISATION),
            Map.entry("broadcaster", AnswerType.ORGANISATION), Map.entry("tv", AnswerType.ORGANISATION),
            Map.entry("television", AnswerType.ORGANISATION), Map.entry("station", AnswerType.ORGANISATION),
            Map.entry("number", AnswerType.NUMBER), Map.entry("amount", AnswerType.NUMBER), Map.entry("figure", AnswerType.NUMBER),
            Map.entry("total", AnswerType.NUMBER), Map.entry("cost", AnswerType.NUMBER), Map.entry("price", AnswerType.NUMBER),
            Map.entry("population", AnswerType.NUMBER), Map.entry("age", AnswerType.NUMBER), Map.entry("height", AnswerType.NUMBER),
            Map.entry("toll", AnswerType.NUMBER), Map.entry("percentage", AnswerType.NUMBER), Map.entry("worth", AnswerType.NUMBER),
            Map.entry("salary", AnswerType.NUMBER), Map.entry("budget", AnswerType.NUMBER), Map.entry("capital", AnswerType.PLACE),
            Map.entry("birthplace", AnswerType.PLACE), Map.entry("name", AnswerType.NAME),
            Map.entry("show", AnswerType.NAME), Map.entry("program", AnswerType.NAME), Map.entry("programme", AnswerType.NAME),
            Map.entry("podcast", AnswerType.NAME), Map.entry("governor", AnswerType.PERSON), Map.entry("mayor", AnswerType.PERSON),
            // "which side made that concession": a party to the talks, a country or a union of them
            Map.entry("side", AnswerType.PLACE), Map.entry("sides", AnswerType.PLACE));
    private static final List<Rule> RULES = List.of(
            new Rule("how long ago|since when|by when|what time|what date|which date|when", AnswerType.TIME),
            new Rule("how long|how old|for how long", AnswerType.DURATION),
            new Rule("how many|how much|how tall|how big|how far|how high|how heavy|how large|how rich|how wide", AnswerType.NUMBER),
            new Rule("where|where'd|where's|wheres|whereabouts", AnswerType.PLACE),
            new Rule("who|who's|whos|who'd|whom|whose", AnswerType.PERSON),
            new Rule("why|why's|how come|for what reason", AnswerType.REASON));

    /** The words that name a kind of answer ("date", "place", "person", "title", …), as written. */
    public static Set<String> typeWords() {
        return Stream.concat(FOCUS_TYPES.keySet().stream(), RoleQuestions.WORDS.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Words that are a person's title ("president", "envoy", "aide", …): what the answer to a question for a role shows. */
    public static List<String> roleTitles() {
        return RoleQuestions.TITLES;
    }

    /**
     * "Where" that asks for a position, not a place: "where does moscow stand on …", "where do
     * things stand", "where are we with the talks", "where does that leave ukraine".
     */
    private static final Pattern WHERE_AS_POSITION = Pattern.compile(
            "\\bwhere(?:'s|s)?\\b(?: [\\p{L}']+){0,5}? (?:stand|stands|standing|leave|leaves)\\b|\\bwhere (?:are|is) (?:we|things)\\b"
            // "where don't they agree", "where do the sides differ": on what points
            + "|\\bwhere(?: [\\p{L}']+){1,4}? (?:agree|agreed|disagree|disagreed|differ|differed|clash|clashed|overlap)\\b");

    /** "what is the deal called", "whats it called", "called what": the name of a thing. */
    private static final Pattern CALLED = Pattern.compile("\\bwhat(?:'s|s)?\\b(?: [\\p{L}'0-9-]+){0,6}? called\\b"
            + "(?=[\\s?!.]*$|\\s+(?:in|by|on|at|for|again|exactly|officially|now|then|there|here|anyway|tho|though)\\b)|\\bcalled what\\b");

    /** The focus of a question for what something or somebody is called by a source ("what do they call …"). */
    public static final String CALLING_FOCUS = "call";
    /**
     * "what do they call the guarantee", "what are they calling this protection": the name given to a
     * thing ("call for", "call on", "call off" ask for something else). Of a person ("what does the
     * article call putin") it asks for the title ({@link RoleQuestions}).
     */
    private static final Pattern CALLING = Pattern.compile(
            "^what (?:do|does|did|are|r|is|were|was|will|would)(?: [\\p{L}'-]+){1,3}? (?:call|calls|calling)\\b(?! (?:for|on|off|out|up|in)\\b)");

    /**
     * "how does the article describe putin", "how is witkoff referred to": of a person, the title the
     * sources give him ({@link RoleQuestions}); of a thing ("how are the guarantees described") what they say of it.
     */
    private static final Pattern DESCRIBING = Pattern.compile(
            "^how (?:do|does|did)(?: [\\p{L}'-]+){1,3}? (?:describe|refer to|portray|characteri[sz]e)\\s+(.+)$"
            + "|^how (?:is|was) (.+?) (?:described|referred to|portrayed|characteri[sz]ed)\\b");

    /** Verbs of a question for somebody's words, as a regex alternation: "say", "told", "claimed", "discuss" … */
    public static final String SPEECH_VERBS = "say|said|says|saying|tell|told|tells|write|wrote|writes|claim|claimed|announce|announced"
            + "|reply|replied|respond|responded|discuss|discussed|report|reported|reports";

    /**
     * "what did rubio say about …", "what has trump told hannity", "what did they talk about", "what exactly did putin say",
     * "what were the first words he said": asks for someone's words; "what did putin say yes to" asks what he agreed to.
     */
    private static final Pattern SAYING = Pattern.compile(
            "^what(?: exactly| precisely| actually)? (?:did|does|do|has|have|had|will|would|is|was|were)\\b(?: [\\p{L}'-]+){1,6}? (?:" + SPEECH_VERBS
                    + "|talk about|talked about|speak about|spoke about)\\b(?! (?:yes|no|ok|okay)\\b)");

    /** "how big a concession is it": how much it matters, said in words ("a significant concession"), not a number. */
    private static final Pattern DEGREE = Pattern.compile("^how (?:big|large|huge|major|serious) an? \\p{L}");

    /** "what did they announce": what was announced, by nobody in particular. */
    private static final Pattern ANNOUNCED = Pattern.compile("^what (?:did|do|have|had|will|would) they announce\\b");

    /** "did he say anything else", "did she mention anything more": asks for more of someone's words. */
    private static final Pattern SAID_ANYTHING_ELSE = Pattern.compile(
            "^(?:did|does|has|have) (?:he|she|they|[\\p{L}'-]+) (?:" + SPEECH_VERBS + "|mention|mentioned|add|added) anything (?:else|more)\\b");

    /** "what does it say about …": "it" is what the bot read, when nothing else is named before the verb. */
    private static final Pattern SOURCE_SAYS = Pattern.compile("^what (?:does|did) it say\\b"
            // a text says what it holds: "what does nato's collective defense policy say", "what does article 5 say"
            + "|^what (?:does|did) (?:the |this |that |its |their )?(?:[\\p{L}\\p{N}'-]+ ){0,4}"
            + "(?:policy|law|treaty|agreement|deal|article|clause|provision|mandate|document|text|rule|principle|pledge|headline|title)"
            // chat's "the land law thing"
            + "(?: thing| stuff)? say\\b");

    /** "what makes people say that", "what made putin agree": why; "what makes up the delegation" asks what it is of. */
    private static final Pattern WHAT_MAKES = Pattern.compile("^what (?:makes|made) (?!up\\b)");

    /** "which other host", "what different countries": words that set the thing asked for apart from one already named. */
    private static final Set<String> OTHER = Set.of("other", "another", "different", "else");
    /** Counts between "which" and its noun ("which two leaders", "which 3 countries"). */
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "2", "3", "4", "5", "both");

    private record Rule(Pattern words, AnswerType type) {
        Rule(String alternatives, AnswerType type) {
            this(Pattern.compile("\\b(?:" + alternatives + ")\\b"), type);
        }
    }

    private AnswerTypes() {}

    /** Words after "how many" that name nothing to count: "of them", "were there", "are going". */
    private static final Set<String> NOT_COUNTED = Set.of("of", "are", "were", "is", "was", "will", "would", "did", "do", "does",
            "have", "has", "had", "there", "they", "people's", "in", "at", "on", "exactly", "more", "altogether", "total");

    /** "how many troops …": a number of troops, so the answer must count troops ("how many" alone: any number). */
    private static Reading counted(List<String> words, int first) {
        for (int i = first; i + 2 < words.size(); i++) {
            if (words.get(i).equals("how") && words.get(i + 1).equals("many")) {
                // "how many of them", "how many were there": a number of those just named, no kind of thing to count
                return new Reading(AnswerType.NUMBER, NOT_COUNTED.contains(words.get(i + 2)) ? null : words.get(i + 2));
            }
            if (words.get(i).equals("how") && words.get(i + 1).equals("much") && EFFORT.contains(words.get(i + 2))) {
                return new Reading(AnswerType.STATEMENT, null); // "how much work is left": "a lot of work", in words
            }
        }
        return null;
    }

    /** What "how much" asks of in words, not numbers: "how much work is left" is answered by "a lot of work". */
    private static final Set<String> EFFORT = Set.of("work", "effort", "efforts", "progress", "headway", "negotiating", "convincing");

    /** "what plane did …", "what concession does …": the noun between "what" and the verb names the thing asked for. */
    private static Reading whatThing(List<String> words, int first) {
        if (first + 2 < words.size() && words.get(first).equals("what") && !AUXILIARIES.contains(words.get(first + 1))
                && AUXILIARIES.contains(words.get(first + 2)) && !SKIPPED.contains(words.get(first + 1))) {
            String thing = words.get(first + 1);
            if (QuestionWords.isLight(thing) || QuestionWords.IGNORED.contains(thing) || EnglishWords.get().isQuality(thing)) {
                return null; // "what exactly did putin agree to", "what else did he say": a manner, not a thing asked for
            }
            AnswerType type = FOCUS_TYPES.getOrDefault(thing, AnswerType.STATEMENT);
            return new Reading(type, thing);
        }
        return null;
    }

    /** Where the words after "what is" ("what's", "whats", "what was", "what are", "what were") start; -1 for any other opening. */
    private static int afterWhatIs(List<String> words, int first) {
        if (first + 2 >= words.size() || !words.get(first).startsWith("what")) {
            return -1;
        }
        if (words.get(first).equals("what's") || words.get(first).equals("whats")) {
            return first + 1;
        }
        return Set.of("is", "was", "are", "were").contains(words.get(first + 1)) ? first + 2 : -1;
    }

    /**
     * "what was on the menu at the lunch": what a thing holds, which a statement tells only by naming the thing (or a kind of
     * it); the place or occasion after it ("at the lunch") only says which one.
     */
    private static Reading whatIsOn(List<String> words, int first) {
        int on = afterWhatIs(words, first);
        if (on < 0 || on + 2 >= words.size() || !words.get(on).equals("on") || !DETERMINERS.contains(words.get(on + 1))) {
            return null;
        }
        String thing = words.get(on + 2);
        return QuestionWords.isLight(thing) || QuestionWords.IGNORED.contains(thing) || EnglishWords.get().isQuality(thing)
                ? null : new Reading(AnswerType.STATEMENT, thing);
    }

    /** "what is the population of …", "what's witkoff's phone number": the noun before "of" or the end names the type. */
    private static Reading whatIsThe(List<String> words, int first) {
        int i = afterWhatIs(words, first);
        if (i < 0) {
            return null;
        }
        for (int j = i; j < words.size() && j < i + 6; j++) {
            String w = words.get(j);
            if (w.equals("of") && j > i && j + 2 < words.size() && words.get(j + 1).endsWith("'s") && words.get(j + 2).equals("name")) {
                // "whats the us secretary of state's name": the name of the secretary's
                Optional<Reading> holder = NameQuestions.ofName(words.get(j - 1) + "'s", "name");
                if (holder.isPresent()) {
                    return holder.get();
                }
            }
            if (w.equals("of") || w.equals("for") || w.equals("in") || w.equals("to")) {
                break; // "what's that supposed to show": a verb after "to", no head noun
            }
            AnswerType type = FOCUS_TYPES.get(w);
            Optional<Reading> person = type == AnswerType.NAME && j > i ? NameQuestions.ofName(words.get(j - 1), w) : Optional.empty();
            if (person.isPresent()) {
                return person.get(); // "what's his name again": the person, by name
            }
            if (type == AnswerType.NAME && w.equals("name")) {
                Reading kind = nameOfAKind(words, j + 1);
                if (kind != null) {
                    return kind; // "what's the name of the show": a show's
                }
            }
            if (type == AnswerType.NUMBER || type == AnswerType.PLACE || type == AnswerType.NAME || type == AnswerType.DURATION) {
                return new Reading(type, w);
            }
        }
        return null;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "his", "her", "their", "its");

    /** After "name", "of the show", "of that network": the kind of thing named, when it is a kind of answer; otherwise null. */
    private static Reading nameOfAKind(List<String> words, int at) {
        if (at >= words.size() || !words.get(at).equals("of")) {
            return null;
        }
        int k = at + 1;
        while (k < words.size() && DETERMINERS.contains(words.get(k))) {
            k++;
        }
        AnswerType type = k < words.size() ? FOCUS_TYPES.get(words.get(k)) : null;
        if (type == null) {
            // "what's the name of the b2 pilot who did the flyover": a person of a kind, named as one
            String person = personOfAKind(words, k);
            return person == null ? null : new Reading(AnswerType.PERSON, person);
        }
        return type == AnswerType.PERSON ? null : new Reading(type, words.get(k));
    }

    /**
     * The last word of the noun phrase starting at {@code at} when it is a kind of person that is no title and no word
     * for anyone ("the b2 pilot", "the interpreter"); otherwise null. A title is answered by whoever holds it, in the
     * sources' many words for it.
     */
    private static String personOfAKind(List<String> words, int at) {
        String head = null;
        for (int i = at; i < words.size() && !PHRASE_ENDS.contains(words.get(i)) && !AUXILIARIES.contains(words.get(i))
                && !QuestionWords.isLight(words.get(i)); i++) {
            head = words.get(i);
        }
        return head == null || anyPersonOrTitle(head) || FOCUS_TYPES.containsKey(head) || !EnglishWords.get().isPlain(head)
                || !EnglishWords.get().isPersonNoun(head) ? null : head;
    }

    public static Reading read(String cleaned) {
        // "what about moscow, did the kremlin confirm it": the question after the party named first says what is asked
        String text = NAMED_FIRST.matcher(cleaned.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceFirst("");
        List<String> words = WORD.matcher(text).results().map(r -> r.group()).toList();
        int first = 0;
        while (first < words.size() && SKIPPED.contains(words.get(first))) {
            first++;
        }
        first = afterLeadingClause(words, first);
        String opening = String.join(" ", words.subList(first, words.size()));
        if (WHAT_MAKES.matcher(opening).find()) {
            return new Reading(AnswerType.REASON, null);
        }
        Optional<Reading> role = RoleQuestions.read(words, first, AUXILIARIES);
        if (role.isPresent()) {
            return role.get();
        }
        Reading which = which(words, first);
        if (which != null) {
            return which;
        }
        Reading counted = counted(words, first);
        if (counted != null) {
            return counted;
        }

        if (SAID_ANYTHING_ELSE.matcher(opening).find()) {
            return new Reading(AnswerType.SAYING, null); // "did he say anything else": what else he said, not yes or no
        }
        if (first < words.size() && AUXILIARIES.contains(words.get(first))) {
            return new Reading(AnswerType.YES_NO, null);
        }
        Optional<Reading> person = NameQuestions.read(opening);
        if (person.isPresent()) {
            return person.get();
        }
        if (SAYING.matcher(opening).find()) {
            // "what does the article say about …" asks what the sources hold on it, not for somebody's words; so does "what did
            // they announce", which the sources say without whose words it was ("… was announced during the summit")
            boolean sourcesSay = !SourceReferences.removedFrom(opening).equals(opening) || SOURCE_SAYS.matcher(opening).find()
                    || ANNOUNCED.matcher(opening).find();
            return new Reading(sourcesSay ? AnswerType.STATEMENT : AnswerType.SAYING, null);
        }
        Matcher calling = CALLING.matcher(opening);
        if (calling.find()) {
            List<String> called = WORD.matcher(opening.substring(calling.end())).results().map(r -> r.group()).toList();
            // "what does the article call putin": the title it gives him
            return RoleQuestions.onlyNamed(called) ? new Reading(AnswerType.ROLE, CALLING_FOCUS) : new Reading(AnswerType.NAME, CALLING_FOCUS);
        }
        Matcher describing = DESCRIBING.matcher(opening);
        if (describing.find()) {
            String described = describing.group(1) != null ? describing.group(1) : describing.group(2);
            List<String> named = WORD.matcher(SourceReferences.removedFrom(described)).results().map(r -> r.group()).toList();
            if (RoleQuestions.onlyNamed(named)) {
                return new Reading(AnswerType.ROLE, null);
            }
        }
        if (CALLED.matcher(opening).find()) {
            return new Reading(AnswerType.NAME, null, "called call"); // "what's it called": the name, not a call
        }
        Matcher needed = NEEDED_FOR.matcher(opening);
        if (needed.find()) {
            // "what's needed for a truce": a condition of it ("not be reached without Ukraine's participation"); "needed" is no topic
            return new Reading(AnswerType.STATEMENT, CONDITION_FOCUS, needed.group(1));
        }
        if (WHERE_AS_POSITION.matcher(opening).find() || DEGREE.matcher(opening).find()) {
            return new Reading(AnswerType.STATEMENT, null);
        }
        AnswerType earliest = null;
        int at = Integer.MAX_VALUE;
        for (Rule rule : RULES) {
            Matcher m = rule.words().matcher(opening);
            if (m.find() && m.start() < at) {
                at = m.start();
                earliest = rule.type();
            }
        }
        Matcher measure = HOW_MEASURE.matcher(opening);
        boolean measured = (earliest == AnswerType.DURATION || earliest == AnswerType.NUMBER) && measure.find();
        String who = earliest == AnswerType.PERSON ? whoIsThe(words, first) : null;
        Reading named = earliest == null && first < words.size() && words.get(first).equals("name") ? nameOfAKind(words, first + 1) : null;
        if (named != null) {
            return named; // "name of the show?": a show's, as "what's the name of the show"
        }
        if (earliest == null && heading(words, first)) {
            String kind = words.get(words.size() - 1);
            return new Reading(FOCUS_TYPES.get(kind), kind); // "summit location?": the kind of thing asked for, last
        }
        Matcher soon = HOW_SOON.matcher(opening);
        if (earliest == null && soon.find()) {
            // "how soon could the presser start", "how fast did it begin": within ten minutes, or not imminent; the
            // adverb asks for when, and is no topic
            return new Reading(AnswerType.STATEMENT, null, soon.group(1));
        }
        return new Reading(earliest == null ? AnswerType.STATEMENT : earliest, who, measured ? measure.group(1) : null);
    }

    private static final Pattern HOW_SOON = Pattern.compile("\\bhow (soon|fast|quickly)\\b");

    /** The focus of a question asking what a thing needs: a condition, as "what are the conditions for a truce" asks. */
    private static final String CONDITION_FOCUS = "conditions";
    /** "what's needed for a truce", "what is required to get a deal", "what would it take to end the war": a condition asked for. */
    private static final Pattern NEEDED_FOR = Pattern.compile(
            "^what(?:'s| is| was| are| were| would be| will be)? (needed|required|necessary|(?:would|will|does) it take) (?:for|to)\\b");

    /**
     * True for a few words asked as a heading is written, the kind of thing asked for last ("summit location?",
     * "rubio interview network"): no question word, no auxiliary, and nothing that leans on a question before ("and on
     * putins side?").
     */
    private static boolean heading(List<String> words, int first) {
        int count = words.size() - first;
        AnswerType kind = words.isEmpty() ? null : FOCUS_TYPES.get(words.get(words.size() - 1));
        return count > 1 && count <= TERSE_WORDS && kind != null && HEADING_KINDS.contains(kind)
                && words.stream().noneMatch(w -> QUESTION_WORDS.contains(w) || CONTRACTED_QUESTIONS.contains(w) || AUXILIARIES.contains(w)
                        || LEANING.contains(w));
    }

    /** Words that open a follow-up leaning on the question before: "and on putins side?". */
    private static final Set<String> LEANING = Set.of("and", "or", "but");

    /** At most this many words ask as a heading does, the kind of thing asked for last: "summit location?". */
    private static final int TERSE_WORDS = 4;
    /** The kinds a heading asks for by its last word: "summit location?", "putin arrival time", "rubio network". */
    private static final Set<AnswerType> HEADING_KINDS = Set.of(AnswerType.PLACE, AnswerType.TIME, AnswerType.ORGANISATION, AnswerType.NUMBER);

    /** A party named before the question asked of it: "what about moscow, " of "what about moscow, did the kremlin confirm it". */
    private static final Pattern NAMED_FIRST = Pattern.compile("^(?:and|what about|how about)(?: [\\p{L}'-]+){1,3}[,?]+ (?=(?:"
            + "what|who|where|when|why|how|which|did|does|do|is|are|was|were|has|have|will|would|can|could)\\b)");

    /** Words that open a clause before the question proper: "when rubio talks abt peace, what does he mean by it". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "if", "once", "while", "after", "before", "since");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "who", "how", "why", "where", "which", "when");
    private static final Set<String> CONTRACTED_QUESTIONS = Set.of("whats", "what's", "who's", "whos", "how's", "where's");

    /**
     * Where the question proper starts after a clause that sets the scene ("when rubio talks abt peace
     * what does he mean by it", "if russia backslides who enforces it"): at a later question word
     * followed by a verb. "When did …" is itself the question: an auxiliary follows its "when".
     */
    private static int afterLeadingClause(List<String> words, int first) {
        if (first + 1 >= words.size() || !CLAUSE_OPENERS.contains(words.get(first)) || AUXILIARIES.contains(words.get(first + 1))) {
            return first;
        }
        for (int j = first + 2; j < words.size() - 1; j++) {
            if (CONTRACTED_QUESTIONS.contains(words.get(j)) || QUESTION_WORDS.contains(words.get(j)) && AUXILIARIES.contains(words.get(j + 1))) {
                return j;
            }
        }
        return first;
    }

    /** Words that end the noun phrase of "who was the X …": "who were the interpreters in the room". */
    private static final Set<String> PHRASE_ENDS = Set.of("in", "of", "on", "at", "that", "who", "for", "during", "with", "from",
            "to", "about", "behind", "after", "before", "when", "which", "there", "here");
    /** Heads that say only "a person" ("who is the source for the claim": whoever made it). */
    private static final Set<String> ANYONE = Set.of("person", "people", "guy", "guys", "man", "woman", "one", "ones", "players",
            "source", "sources");

    /**
     * "Who were the interpreters", "who was putin's interpreter", "who were the b-2 pilots in the
     * flyover": the head noun names what the person asked for is, and a statement naming somebody
     * without it ("Trump and Putin would meet with only translators") does not say who. A title
     * ("the us special envoy", "the russian leader") is left out: the sources use many words for
     * one office, and the search finds them as synonyms.
     */
    private static String whoIsThe(List<String> words, int first) {
        int i = first;
        if (i < words.size() && words.get(i).equals("who")) {
            i++;
            if (i >= words.size() || !Set.of("is", "was", "are", "were").contains(words.get(i))) {
                return null;
            }
        } else if (i >= words.size() || !Set.of("who's", "whos").contains(words.get(i))) {
            return null;
        }
        i++;
        if (i >= words.size() || !(Set.of("the", "a", "an").contains(words.get(i)) || words.get(i).endsWith("'s"))) {
            return null; // "who's she again", "who was flying the b-2": no noun phrase says what the person is
        }
        i++;
        String head = null;
        // a light word ends the phrase too: "who's the us special envoy mentioned", "the person involved"; and a
        // clause's own subject: "the american emissary the headline talks about"
        while (i < words.size() && !PHRASE_ENDS.contains(words.get(i)) && !AUXILIARIES.contains(words.get(i))
                && !QuestionWords.isLight(words.get(i)) && !(head != null && Set.of("the", "a", "an").contains(words.get(i)))) {
            head = words.get(i++);
        }
        if (head == null || ANYONE.contains(head) || !EnglishWords.get().isPlain(head)) {
            return null;
        }
        return RoleQuestions.TITLES.contains(head) || RoleQuestions.TITLES.contains(singular(head)) || FOCUS_TYPES.containsKey(head)
                ? null : head;
    }

    /**
     * A word for any person ("person", "official", "politician") or a title ("envoy", "leader"): the
     * sources use many words for one office, so a statement need not use the asker's word to say who.
     */
    private static boolean anyPersonOrTitle(String word) {
        return ANYONE.contains(word) || RoleQuestions.TITLES.contains(word) || RoleQuestions.TITLES.contains(singular(word))
                || GENERIC_PERSONS.contains(singular(word));
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** Nouns for a person of public life that say nothing of which one: not searched either ("which eu official is mentioned"). */
    private static final Set<String> GENERIC_PERSONS = Set.of("politician", "figure", "man", "woman", "person", "official");

    /** "which city …", "what day …", "in what place …", "what is putin's net worth": the word after which/what, or the head noun of "what is the X", when it names a type or a thing. */
    private static Reading which(List<String> words, int first) {
        if (first < words.size() && AUXILIARIES.contains(words.get(first))) {
            return null; // "did rubio say which points they agree on": yes or no, the which-question is only embedded
        }
        Reading head = whatIsThe(words, first);
        if (head != null) {
            return head;
        }
        Reading thing = whatThing(words, first);
        if (thing != null) {
            return thing;
        }
        Reading on = whatIsOn(words, first);
        if (on != null) {
            return on;
        }
        // "rubio was on what show": a statement that asks at its end, its question word after the verb
        boolean echo = first < words.size() && !QUESTION_WORDS.contains(words.get(first)) && !CONTRACTED_QUESTIONS.contains(words.get(first));
        for (int i = first; i < words.size() - 1; i++) {
            String w = words.get(i);
            // "what tv show", "which us state": one word may qualify the noun that names the type, even one that names a type
            // itself ("tv" of "which tv")
            boolean qualified = i + 2 < words.size() && !AUXILIARIES.contains(words.get(i + 1)) && FOCUS_TYPES.containsKey(words.get(i + 2));
            if (w.equals("which") || (w.equals("what") && i + 1 < words.size() && (FOCUS_TYPES.containsKey(words.get(i + 1)) || qualified))) {
                // "which two leaders …": the count says how many are asked for, the noun after it what they are.
                int at = qualified || i + 1 < words.size() - 1 && COUNTS.contains(words.get(i + 1)) ? i + 2 : i + 1;
                // "which other host": the word after "other" says what is asked for
                if (at < words.size() - 1 && OTHER.contains(words.get(at))) {
                    at++;
                    // "which other european leaders": one word may qualify the noun that names the type here too
                    if (at + 1 < words.size() && FOCUS_TYPES.containsKey(words.get(at + 1)) && !AUXILIARIES.contains(words.get(at))) {
                        at++;
                    }
                }
                String focus = words.get(at);
                if (focus.endsWith("'s") && FOCUS_TYPES.containsKey(People.withoutPossessive(focus))) {
                    focus = People.withoutPossessive(focus); // "which alliance's defense policy": the alliance is asked for
                }
                AnswerType type = FOCUS_TYPES.get(focus);
                if (type == AnswerType.PERSON && anyPersonOrTitle(focus)) {
                    // "which us official": the sources name him by his office, not as "an official"; a word for anyone is no topic either
                    return new Reading(type, null, GENERIC_PERSONS.contains(singular(focus)) || ANYONE.contains(focus) ? focus : null);
                }
                if (type != null) {
                    return new Reading(type, focus);
                }
                if (w.equals("which") && !AUXILIARIES.contains(focus) && !focus.equals("one") && !focus.equals("ones")) {
                    return new Reading(AnswerType.STATEMENT, focus);
                }
            }
            if (AUXILIARIES.contains(w) && i > first && !echo) {
                return null; // the question word must come before the verb: "where was it, which city" asks where
            }
        }
        return null;
    }
}
