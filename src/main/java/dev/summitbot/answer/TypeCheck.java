package dev.summitbot.answer;

import dev.summitbot.index.Analyzers;
import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.FactType;
import dev.summitbot.question.AnswerType;
import dev.summitbot.question.AnswerTypes;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.EnglishWords;
import dev.summitbot.question.People;
import dev.summitbot.question.Question;
import dev.summitbot.question.QuestionWords;
import dev.summitbot.text.Designations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a statement gives the kind of answer a question asks for: a where-question needs a
 * place, a when-question a time, "which network" a network. A typed fact says what its object is;
 * other statements are read for a place, a person, a time, a length of time or a number that the
 * question does not already name (the answer to "where did Trump meet Putin?" is not "Trump").
 */
final class TypeCheck {

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    /** A month's name written alone, as a month: "may" and "march" only capitalised ("Russia may be backsliding" tells no time). */
    private static final String MONTH_ALONE = "january|february|april|june|july|august|september|october|november|december|(?-i:May|March)";
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    /** A day's or a month's name alone: a time, not a name. */
    private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)(?:" + DAYS + "|" + MONTHS + ")");
    private static final Pattern TIME = Pattern.compile("\\b(?:(?:" + MONTHS + ")\\.? \\d{1,2}\\b|\\d{1,2} (?:" + MONTHS + ")\\b|(?:"
            + MONTH_ALONE + ")\\b(?! \\d)|(?:" + DAYS + ")\\b|(?:19|20)\\d\\d\\b|\\d{1,2}(?::\\d\\d)? ?(?:am|pm)\\b|\\d{1,2}(?::\\d\\d)? ?[ap]\\.m\\.|yesterday|today|tomorrow|tonight"
            + "|(?:last|next) (?:week|month|year|night|weekend)|\\d{4}-\\d\\d-\\d\\d)", Pattern.CASE_INSENSITIVE);
    /** A time told by an event: "during a summit", "after the talks", "ahead of his meeting with Putin". */
    /** For each of {@link AnswerTypes#FACILITY_WORDS}, how a statement calls a place one: "Joint Base …", "based at". */
    private static final Map<String, Pattern> FACILITIES = AnswerTypes.FACILITY_WORDS.stream()
            .collect(Collectors.toUnmodifiableMap(w -> w, w -> Pattern.compile("(?i)\\b" + Pattern.quote(w) + "(?:d|s)?\\b")));
    /** "when was he last …", "the last time": when the one before happened. */
    private static final Pattern LAST_ASKED = Pattern.compile("\\blast\\b");
    /** "the first visit in almost ten years", "first … since 2021": how long ago the one before was. */
    private static final Pattern FIRST_IN_YEARS = Pattern.compile("(?i)\\bfirst\\b.*\\b(?:in|for) (?:almost |nearly |more than |over |about )?"
            + "(?:\\d+|a|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:years|decades?)\\b");
    /** "since when": when a state began, not the time of an event. */
    private static final Pattern SINCE_WHEN = Pattern.compile("\\bsince when\\b");
    private static final Pattern EVENT_TIME = Pattern.compile("\\b(?:during|after|before|ahead of|following|at the end of) (?:a |an |the |his |her "
            + "|their )?(?:[\\p{L}'’–-]+ ){0,3}?(?:summit|talks|meeting|visit|interview|conference|call|trip)\\b", Pattern.CASE_INSENSITIVE);
    /** A question about such an event itself. */
    private static final Pattern EVENT_ASKED = Pattern.compile("\\b(?:meet|meets|meeting|met|summit|summits|talk|talks|visit|visits"
            + "|interview|conference|call|trip|presser)\\b");
    /** A time of day: "11:30 a.m.", "5:45 pm", "1:25", "noon". What "what time …?" asks for; a date is not one. */
    private static final Pattern CLOCK = Pattern.compile("\\b(?:\\d{1,2}(?::\\d\\d)? ?(?:[ap]\\.m\\.|am\\b|pm\\b)|\\d{1,2}:\\d\\d\\b|noon\\b|midnight\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A question for an amount of money: "how much did it cost", "how much was spent", "what was the price". */
    private static final Pattern MONEY_ASKED = Pattern.compile("\\bhow much\\b.*\\b(?:cost|costs|costing|spend|spent|spending|pay|paid"
            + "|price|money|budget|worth|earn|earned)\\b|\\b(?:cost|price|budget|worth)\\b.*\\bhow much\\b");
    /** An amount of money: "$2 million", "5,000 dollars", "1.5 billion rubles". */
    private static final Pattern MONEY = Pattern.compile("[$€£₽]\\s?\\d|\\b\\d[\\d,.]*\\s?(?:million |billion |trillion |thousand )?(?:dollars|euros"
            + "|rubles|roubles|pounds|usd|eur)\\b|\\b\\d[\\d,.]*\\s?(?:million|billion|trillion)\\b", Pattern.CASE_INSENSITIVE);
    /** The kinds of place "which city", "which state", "which country" ask for, as WordNet's glosses name them. */
    private static final Map<String, Pattern> PLACE_KINDS = placeKinds();
    /** Where a gloss stops naming the kind of place and starts saying where it is: "a city| in south central alaska". */
    private static final Pattern GLOSS_PLACE = Pattern.compile("\\b(?:in|of|on|at|near|containing|with|from|formerly|that|which)\\b.*$");

    /** For each of {@link AnswerTypes#PLACE_KIND_WORDS}, how WordNet's gloss of a place of that kind begins. */
    private static Map<String, Pattern> placeKinds() {
        Pattern city = Pattern.compile("\\b(?:city|capital|port|town|metropolis)\\b");
        Pattern state = Pattern.compile("\\bstate$");
        Pattern country = Pattern.compile("\\b(?:country|republic|kingdom|nation|federation|monarchy|principality|empire)\\b");
        return AnswerTypes.PLACE_KIND_WORDS.stream().collect(Collectors.toUnmodifiableMap(w -> w,
                w -> w.startsWith("cit") || w.equals("town") ? city : w.startsWith("state") ? state : country));
    }

    private static final Pattern WHOSE = Pattern.compile("\\bwhose\\b");
    /**
     * "Who proposed …", "who's going to provide it", "who came up with …": who gives, offers or backs
     * something, which a country or an alliance does as much as a person ("the United States and its
     * European allies have proposed …"); who protects, backslides or passes a law, as countries do.
     */
    private static final Pattern GIVER_ASKED = Pattern.compile("\\bwho(?:'d|'ll|'s)?\\s+(?:(?:will|would|is|are|was|were|going|to|did|does|do"
            + "|has|have|had|can|could|should|actually|really|exactly|first|originally)\\s+)*(?:propos|offer|provid|give|gave|guarant|back"
            + "|support|fund|pay|paid|suppl|came up|come up|coming up|pledg|promis|commit|put forward"
            // "who's doing the backsliding", "who would protect them", "who has to pass a law": what a country does
            + "|doing|protect|defend|backslid|reneg|walk(?:ing|ed)? back|pass|enact)"
            // "backsliding by who", "by whom?": whoever does it, a country as much as a person; "alongside who", "with whom": a partner
            + "|\\b(?:by|alongside|with|along with|together with) (?:who|whom)\\b");
    /** A month, or a date that has one: what "what month" asks for. */
    private static final Pattern MONTH = Pattern.compile("\\b(?:" + MONTH_ALONE + ")\\b|\\b(?:" + MONTHS + ")\\.? \\d{1,2}\\b|\\d{4}-\\d\\d-\\d\\d",
            Pattern.CASE_INSENSITIVE);
    /** A day: a date with its day, a weekday, "yesterday". What "what day" and "what date" ask for. */
    private static final Pattern DAY = Pattern.compile("\\b(?:(?:" + MONTHS + ")\\.? \\d{1,2}\\b|\\d{1,2} (?:" + MONTHS + ")\\b|(?:" + DAYS
            + ")\\b|yesterday|today|tomorrow|tonight|\\d{4}-\\d\\d-\\d\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    /** The focus word of a when-question that asks for one part of a time ("what time", "what month"), and what shows that part. */
    private static final Map<String, Pattern> TIME_FOCUS = Map.of("time", CLOCK, "month", MONTH, "day", DAY, "date", DAY, "year", YEAR);
    private static final String COUNT = "\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|a few|many";
    /** A length of time; "a second" before a thing is the next one ("a second, more important meeting"), not a length. */
    private static final Pattern DURATION = Pattern.compile("\\b(?:" + COUNT + ")(?: and a half)?[- ](?:second|minute|hour|day|week|month|year|decade)s?\\b"
            + "(?!(?<=\\ba second),? (?!(?:later|ago|or|long|and|of|before|after)\\b)\\p{L})", Pattern.CASE_INSENSITIVE);
    /** A number of things; one inside a hyphenated name ("three-on-three", "F-35") or a clock time ("1:25 p.m.") counts nothing. */
    private static final Pattern NUMBER = Pattern.compile("\\b(?<!article |-|:)(?!\\d+:\\d)(?:\\d+(?:[.,]\\d+)?%?|two|three|four|five|six|seven|eight|nine|ten"
            + "|dozens?|hundreds?|thousands?|millions?|billions?|a couple|a few|several|both)\\b(?!-\\p{L})", Pattern.CASE_INSENSITIVE);
    /** "how many … exactly", "in total": a count, which "several European leaders" does not give. */
    private static final Pattern EXACT_COUNT = Pattern.compile("\\b(?:exactly|precisely|in total|in all|the exact|an exact)\\b");
    private static final Pattern PRECISE_COUNT = Pattern.compile("\\b(?<!-)(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|both)\\b(?!-\\p{L})", Pattern.CASE_INSENSITIVE);
    /** A capitalised word or run of them: a name, unless it is a plain word starting the sentence, or a title. */
    static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:von der |de |van )?\\p{Lu}[\\p{L}'’-]+)*");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s+)$");
    /** A name in the possessive: "Ukraine's", "ABC's". */
    private static final Pattern OWNER = Pattern.compile("\\b\\p{Lu}[\\p{L}.-]*['’]s\\b");
    /** The one country name WordNet's places miss in the form the sources write it. */
    private static final Pattern UNITED_STATES = Pattern.compile("\\bU\\.S\\.|\\bUnited States\\b");
    /** The United States as a place where a thing is, not as the country of an office ("the U.S. Secretary of State"). */
    private static final Pattern UNITED_STATES_PLACE = Pattern.compile("(?:\\bU\\.S\\.|\\bUnited States\\b)(?!\\s+(?:Special\\s+)?(?i:"
            + String.join("|", AnswerTypes.roleTitles()) + ")\\b)");
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");
    /**
     * A verb of saying with what was said after it ("emphasized that …", "told Hannity …"): "Rubio
     * said." alone reports no words.
     */
    private static final Pattern SPEECH = Pattern.compile("\\b(?:said|says|say|stated|(?<!united )states|told|tells|noted|notes|emphasi[sz]ed|mentioned"
            + "|warned|added|announced|described|expressed|welcomed|thanked|reported|wrote|writes|posted|according to|asked|urged"
            + "|insisted|claimed|argued|stressed|called for|called it|acknowledged|confirmed|denied|replied|answered|declared"
            + "|promised|vowed|remarked|suggested|predicted|explained|praised|criticized|criticised"
            // "in Sputnik's account of Ushakov's words, …": a report of his words
            + "|(?<!on )account of|telling of|(?<=['’]s )words)\\b(?=[ ,:]+[\"“\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    /** What a question for part of a person's name asks by: "first name", "full name". */
    private static final Pattern NAME_PART = Pattern.compile("(?:first|last|full|real) name");
    /** The verb of a question for somebody's words ("what did rubio say …", "what has trump told hannity"). */
    private static final Pattern ASKED_SPEECH = Pattern.compile("\\b(?:" + AnswerTypes.SPEECH_VERBS + "|talk|talked|speak|spoke)\\b");
    /** Text in quotation marks, straight or curly. */
    private static final Pattern QUOTATION = Pattern.compile("[\"“]([^\"“”]{1,400})[\"”]");
    /**
     * Quoted text that is a title, not words said: capitalised words and the small words between
     * them ("This Week", "Face the Nation"), perhaps with the comma of the sentence inside the quotes.
     */
    private static final Pattern TITLE_IN_QUOTES = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+(?:(?:of|the|a|an|and|on|in|for|to|at|with)\\s+)*\\p{Lu}[\\p{L}\\p{N}'’-]*)*[,.]?");

    /** A capitalised title word ("Secretary", "Envoy"), as {@link AnswerTypes#roleTitles} lists them. */
    private static final Pattern OFFICE = Pattern.compile("\\b(?:" + String.join("|", AnswerTypes.roleTitles().stream()
            .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1)).toList()) + ")\\b");

    /**
     * "How big …", "how large …", "how serious …": a size in words answers it as a number does ("the
     * delegation would be large", "significant areas of disagreement"); "how much" still needs a number.
     */
    private static final Pattern HOW_BIG = Pattern.compile("\\bhow (?:big|large|small|serious|significant)\\b");
    private static final Pattern SIZE = Pattern.compile("\\b(?:large|larger|small|smaller|big|bigger|huge|sizeable|sizable|tiny|massive"
            + "|modest|significant|major|minor|substantial|considerable|enormous|serious|a lot|lots|a great deal)\\b", Pattern.CASE_INSENSITIVE);
    /** "How far is the US from a deal": answered by a distance in words ("a long way", "not imminent") as well as in figures. */
    private static final Pattern HOW_FAR = Pattern.compile("\\bhow far\\b");
    private static final Pattern DISTANCE = Pattern.compile("\\b(?:a long way|long way|far|close|closer|near|nearer|imminent|distant"
            + "|within reach|around the corner)\\b", Pattern.CASE_INSENSITIVE);
    /** A distance in figures: "about 110 miles", "180 km". */
    private static final Pattern DISTANCE_FIGURE = Pattern.compile("\\b\\d+(?:[.,]\\d+)?\\s*(?:miles?|mi|kilometres?|kilometers?|km)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A title in quotes: "This Week", "This Week," — not words said, which end a sentence inside them ("Ultimately, yeah."). */
    private static final Pattern QUOTED_TITLE = Pattern.compile("\"\\p{Lu}[^\"]{0,60}(?<![.!?])\"");
    /** Words in quotes of any case: what "what did rubio call the idea" asks for ("a \"stupid media narrative\""). */
    private static final Pattern QUOTED_TERM = Pattern.compile("\"[\\p{L}][^\"]{0,60}(?<![.!?,])\""
            // a term of up to three words with the comma of the sentence inside its quotes: described as "game-changing,"
            + "|\"[\\p{L}][^\"\\s]*(?:\\s[^\"\\s]+){0,2},\"");
    /** Verbs of giving words out, as a regex group: "said", "posted", "announced", "interviewed" … */
    private static final String SAYING_VERBS = "(?:say|said|says|tell|told|post|posted|posts|write|wrote"
            + "|writes|announce|announced|speak|spoke|claim|claimed|interview|interviewed|talk|talked|talking|mention|mentioned)";
    /**
     * "Where did he say that", "where did trump post it", "where did rubio talk about this" (not "the talks"), or in the
     * order of a statement "the agreements would be announced where?": words are said on a programme, in an outlet,
     * on a platform or at an occasion ("This Week", ABC, Truth Social, "at the news conference") as much as in a place.
     */
    private static final Pattern WHERE_SAID = Pattern.compile("\\bwhere\\b.*\\b" + SAYING_VERBS + "\\b"
            + "|\\b" + SAYING_VERBS + "(?: \\p{L}+)?,? where\\b");
    /** A question about the next of something: "where will the next summit be held". */
    private static final Pattern NEXT = Pattern.compile("(?i)\\bnext\\b(?! to\\b)"); // "what flew next to it" is a place, not a time
    /** What a statement about a later event says: it is next, planned, to come. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:next|will|would|plan|plans|planned|planning|upcoming|future|later"
            + "|following|expected|set to|going to|to be held|arrang\\w*|coordinat\\w*|prepar\\w*|propos\\w*|possible|potential)\\b");

    /** Focus words that ask for a condition: "what condition did he put on it", "which terms". */
    private static final Set<String> CONDITIONS = Set.of("condition", "conditions", "precondition", "preconditions", "prerequisite",
            "prerequisites", "requirement", "requirements", "terms", "caveat", "caveats", "stipulation", "stipulations");
    /** A condition as English states it: "would not be reached without Ukraine's participation", "if a ceasefire was not reached". */
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(?:if|unless|without|provided|as long as|only when|on condition|requir\\w*)\\b");

    /** Focus words that ask for a programme's title: "what show", "which program". */
    private static final Set<String> PROGRAMMES = Set.of("show", "program", "programme", "podcast");
    /** An occasion words are said at: "at the joint press conference", "during an interview", "in a briefing". */
    private static final Pattern OCCASION = Pattern.compile("(?i)\\b(?:at|during|in) (?:a|an|the|his|her|their|its)(?: [\\p{L}-]+){0,2}? "
            + "(?:press conference|news conference|presser|interview|briefing|speech|rally)\\b");
    /** A programme's title after the word for it: "the CBS programme Face the Nation". A network (ABC) is no title. */
    private static final Pattern PROGRAMME_TITLE = Pattern.compile(
            "(?<=\\b(?:programme|program|show|podcast) )\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|the|a|and|on|in)\\s+)*\\p{Lu}[\\p{L}'’-]*)*");
    /**
     * A capitalised word and a number, named so: "Article 5", "Resolution 2231"; not a date ("On 2025-08-15", "August 15",
     * "In 2018").
     */
    private static final Pattern NUMBERED_NAME = Pattern.compile("\\b(?!(?i:on|in|at|by|since|until|from|" + MONTHS + ")\\b)"
            + "\\p{Lu}\\p{Ll}+ \\d+\\b(?![-/:.]\\d)");
    static final Set<String> TITLES = Set.of("president", "senator", "secretary", "state", "leader", "envoy", "special",
            "minister", "prime", "chancellor", "commission", "article", "russian", "ukrainian", "american", "european", "the",
            "mayor", "governor");

    /** Focus words of number questions that are the measure itself ("what is the population"), not a counted thing. */
    private static final Set<String> FOCUS_NOT_COUNTED = Set.of("number", "amount", "figure", "total", "cost", "price",
            "population", "age", "height", "toll", "percentage", "worth", "salary", "budget");

    private TypeCheck() {}

    /**
     * Whether the question asks where something was said: "where did he say that" (a programme, an outlet or a
     * place), "on which tv show", "what network was it on".
     */
    static boolean asksWhereSaid(Question question) {
        AnswerType type = question.expects().type();
        String focus = question.expects().focus();
        return type == AnswerType.PLACE && WHERE_SAID.matcher(question.text().toLowerCase(Locale.ROOT)).find()
                || type == AnswerType.NAME && focus != null && PROGRAMMES.contains(focus)
                || type == AnswerType.ORGANISATION && focus != null && AnswerTypes.OUTLETS.contains(focus);
    }

    /** An outlet's name: "ABC", "9News", "Fox News", "RIA Novosti". */
    private static final String OUTLET = "(?:\\p{Lu}{2,}|\\d+\\p{Lu}\\p{L}+|\\p{Lu}\\p{Ll}+ (?:News|Post|Times|Journal|Novosti|Agency|Herald|Tribune))";
    /** An outlet words were said on, to or by, or cited: "on ABC's \"This Week\"", "told CNN", "by the BBC", "citing 9News". */
    private static final Pattern BROADCAST = Pattern.compile("\\b(?:on|with|to|told|by|citing|cited|quoting)\\s+(?:the\\s+)?"
            + "(?:(?:broadcaster|channel|network|agency|newspaper|outlet)\\s+)?"
            + OUTLET + "\\b"
            // "A Fox News correspondent reported", "a 9News journalist remarked": the outlet its reporter speaks for
            + "|\\b" + OUTLET + "(?:['’]s)? (?:correspondent|reporter|journalist|anchor|host|presenter|crew|producer)s?\\b");

    /** Whether the question asks what comes next ("the next summit"), which only a statement of what is to come answers. */
    static boolean asksNext(Question question) {
        return NEXT.matcher(question.text()).find();
    }

    /** True when the statement answers the kind of question asked (always, for questions that ask no kind). */
    static boolean satisfies(String statement, Optional<FactType> factType, Question question) {
        if (asksNext(question) && !FUTURE.matcher(statement).find()) {
            return false;
        }
        AnswerType type = question.expects().type();
        String focus = question.expects().focus();
        if (OF_A_DOER.contains(type) && !ofTheDoer(statement, question.text())) {
            return false; // "what time did putin fly out": not when Trump would depart
        }
        if (type == AnswerType.YES_NO && SAID_ASKED.matcher(question.text().toLowerCase(Locale.ROOT)).find()
                && !saidBy(statement, question, false)) {
            return false; // "did putin himself say anything about it": what he said, not what another said of him
        }
        if (!type.constrains()) {
            // "which points exactly?": that they were not specified is all the sources say of them
            return focus == null || mentions(statement, focus) || namesAKindOf(statement, focus)
                    || question.asksForParticulars() && mentions(statement, Question.PARTICULARS_WORD)
                    || CONDITIONS.contains(focus) && CONDITIONAL.matcher(statement).find();
        }
        boolean programme = type == AnswerType.NAME && focus != null && PROGRAMMES.contains(focus);
        // a sum of money is a number no typed fact's kind tells apart from a count or a length
        boolean money = type == AnswerType.NUMBER && MONEY_ASKED.matcher(question.text().toLowerCase(Locale.ROOT)).find();
        // "how far is that from anchorage": a distance, in words or in miles, which neither any number ("four F-35 fighters") nor a
        // fact typed as a length of time is
        boolean far = type == AnswerType.NUMBER && HOW_FAR.matcher(question.text().toLowerCase(Locale.ROOT)).find();
        // "how many people …": a number of people, which a fact typed as a number of years is not
        boolean counted = type == AnswerType.NUMBER && focus != null && !FOCUS_NOT_COUNTED.contains(focus);
        // A follow-up's answer is news to the question before too: "who is that?" after "is the secretary of state joining the
        // talks?" is not answered by "the Secretary of State", but the person its "he" stands for may be what it asks ("his name?").
        String asked = (question.text() + " " + Conversation.withoutReadings(question.context())).toLowerCase(Locale.ROOT);
        Matcher source = SOURCE_ASKED.matcher(question.text().toLowerCase(Locale.ROOT));
        if (type == AnswerType.PERSON && source.find()) {
            // the source of a claim: whoever a typed fact names is not for that reason who said it. "Says who?" alone challenges the
            // answer just given, which unnamed reports answer as far as the sources can; "who reported that …" asks for a name,
            // and so does "who reported that" alone: unnamed reports are what it asks to have named.
            return attributes(statement, asked, challenged(source));
        }
        if (type == AnswerType.PERSON && question.expects().kindWords() != null && NAME_PART.matcher(question.expects().kindWords()).matches()) {
            // "what's the ukrainian president's full name": a people's adjective names nobody
            // "whats his first name" after "who's zelensky": the name of the person the question before named
            String naming = People.namedIn(question.text()).isEmpty() ? question.context() : question.text();
            List<String> named = People.namedIn(naming).stream().filter(w -> !EnglishWords.get().isDemonym(People.withoutPossessive(w)))
                    .toList();
            if (!named.isEmpty()) {
                return fullNameOf(statement, named); // "what's zelensky's first name": his name in full, not another person's
            }
        }
        if (type == AnswerType.PERSON && onlyAnotherTitle(statement, asked)) {
            return false; // "who's the american president": not "Ukrainian President Volodymyr Zelenskyy"
        }
        Optional<TitleHolders.Asked> title = type == AnswerType.PERSON
                ? TitleHolders.asked(question.text().toLowerCase(Locale.ROOT), question.context().toLowerCase(Locale.ROOT)) : Optional.empty();
        if (title.isPresent()) {
            return TitleHolders.holds(statement, title.get()); // a person with the title, not the office alone
        }
        if ((type == AnswerType.PERSON || type == AnswerType.NAME)
                && speaksOfTheAskedNamingNone(statement, question.text().toLowerCase(Locale.ROOT))) {
            return false; // "who were the interpreters": not "attended only by Trump and Putin, with their interpreters"
        }
        boolean kindUnsaid = type == AnswerType.NAME && kindUnsaid(statement, question);
        // "what city in alaska": a place of that kind, which a fact typed as a place need not be (a base)
        boolean placeOfAKind = type == AnswerType.PLACE && focus != null
                && (PLACE_KINDS.containsKey(focus) || AnswerTypes.FACILITY_WORDS.contains(focus));
        // "who interviewed him": a body the fact is about may be no doer ("gave an interview on ABC's \"This Week\""), so its words tell
        boolean body = type == AnswerType.PERSON && factType.filter(FactType.ORGANISATION::equals).isPresent();
        // "where in alaska exactly": a place inside the one named, which a fact typed as a place ("… in Alaska") need not give
        Optional<Pattern> within = type == AnswerType.PLACE ? placeWithin(question) : Optional.empty();
        if (factType.isPresent() && fits(factType.get(), type) && !programme && !money && !far && !counted && !kindUnsaid && !placeOfAKind && !body
                && within.isEmpty()) {
            return true; // the object is of the kind asked; otherwise the subject may be ("who is the envoy?")
        }
        return switch (type) {
            // "what exact date is the putin zelensky meeting": a time of what those named did, not of another meeting
            case TIME -> !namesEveryoneAsked(statement, question) ? false
                    : focus != null && TIME_FOCUS.containsKey(focus) ? found(TIME_FOCUS.get(focus), statement, asked)
                    // "since when has he been envoy": when a state began, which an event the statement is set in does not say
                    : found(TIME, statement, asked) || focus == null && !SINCE_WHEN.matcher(asked).find() && otherEvent(statement, asked)
                    // "when was putin last in the us": "his first visit in almost ten years" says how long ago
                    || LAST_ASKED.matcher(asked).find() && FIRST_IN_YEARS.matcher(statement).find();
            case DURATION -> lengthAsked(statement, asked);
            case NUMBER -> EXACT_COUNT.matcher(asked).find() && !found(PRECISE_COUNT, statement, asked) ? false
                    : money ? found(MONEY, statement, asked)
                    : far ? found(DISTANCE, statement, asked) || found(DISTANCE_FIGURE, statement, asked)
                    : focus == null || FOCUS_NOT_COUNTED.contains(focus)
                    ? found(NUMBER, statement, asked) || found(DURATION, statement, asked)
                            || HOW_BIG.matcher(asked).find() && found(SIZE, statement, asked)
                            || HOW_FAR.matcher(asked).find() && found(DISTANCE, statement, asked)
                    : counts(statement, focus, asked);
            case PLACE -> focus != null && PLACE_KINDS.containsKey(focus) ? namesAPlaceOfKind(statement, asked, PLACE_KINDS.get(focus))
                    // "which base": a place the statement calls one ("Joint Base Elmendorf-Richardson", "based at"), not Alaska
                    : focus != null && FACILITIES.containsKey(focus) ? FACILITIES.get(focus).matcher(statement).find()
                    : WHERE_SAID.matcher(asked).find() ? saidWhere(beforeWhatWasSaid(statement), asked, speakers(question))
                    // "where will zelensky meet trump": not the place of a meeting Zelenskyy was not at
                    : within.isPresent() ? namesAPlaceWithin(statement, asked, within.get())
                    // "the talks regarding Ukraine's security guarantee": a place written as an owner is not where a thing is
                    : names(OWNER.matcher(statement).replaceAll(" "), asked, true) && namesEveryoneAsked(statement, question);
            // "whose stance shifted": a country or a group holds a stance as much as a person ("Russia's stance")
            case PERSON -> (personNamed(OUTLET_SAID_ON.matcher(statement).replaceAll(" "), asked, !IDENTITY.matcher(question.text()).find())
                    || namesAChoice(statement, question)) && (focus == null || mentions(statement, focus));
            // "what network was rubio on": a broadcaster or a paper the words were said on or to ("on ABC's", "told CNN")
            case ORGANISATION -> focus != null && AnswerTypes.OUTLETS.contains(focus) ? found(BROADCAST, statement, asked)
                    : found(ACRONYM, statement, asked) || focus != null && mentions(statement, focus) || found(BODY, statement, asked);
            case SAYING -> reportsWords(statement) && saidBy(statement, question);
            case ROLE -> RoleEvidence.names(statement, question);
            // A thing's name, not any name: a person or a place in the statement is not what the thing is called.
            case NAME -> programme
                    ? found(QUOTED_TITLE, statement, asked) || found(PROGRAMME_TITLE, statement, asked)
                    // "what did they call it": the word a source used of it, which it quotes
                    : AnswerTypes.CALLING_FOCUS.equals(focus) ? found(QUOTED_TERM, statement, asked) || found(QUOTED_TITLE, statement, asked)
                            || found(NUMBERED_NAME, statement, asked) || found(ACRONYM, statement, asked)
                    // "the name of the building on the base": an acronym the statement never calls one ("CNN anchor Jake Tapper") names something else
                    : found(QUOTED_TITLE, statement, asked) || found(NUMBERED_NAME, statement, asked) || !kindUnsaid && found(ACRONYM, statement, asked);
            default -> true;
        };
    }

    /**
     * The fact's type, as far as it answers the question: none when the question already names the
     * fact's object ("where in alaska …" is not answered by "the U.S. state of Alaska"), so that the
     * fact's sentence is read for something the question does not say instead.
     */
    static Optional<FactType> answeringType(Fact fact, Question question) {
        String asked = question.text().toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(fact.object().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 2 && !TITLES.contains(w)).toList();
        return !words.isEmpty() && words.stream().allMatch(asked::contains) ? Optional.empty() : fact.type();
    }

    /** True when a fact whose object is of type {@code fact} gives the kind of answer asked for (a date for when, …). */
    static boolean fits(FactType fact, AnswerType asked) {
        return switch (asked) {
            case PERSON -> fact == FactType.PERSON || fact == FactType.ORGANISATION;
            case PLACE -> fact == FactType.PLACE;
            case TIME -> fact == FactType.DATE;
            case DURATION -> fact == FactType.DURATION;
            case NUMBER -> fact == FactType.NUMBER || fact == FactType.DURATION;
            case ORGANISATION -> fact == FactType.ORGANISATION;
            case NAME -> fact == FactType.ORGANISATION || fact == FactType.PERSON || fact == FactType.PLACE;
            case SAYING, ROLE -> false; // a type says what the object is, not whether the fact is somebody's words or role
            default -> true;
        };
    }

    /**
     * For "what did Ushakov say …", the words are Ushakov's: a name the question (or the question it
     * follows) gives that is not plain English appears in the statement. "NDTV Profit reported that the
     * talks …" says nothing Ushakov said. A question that names nobody ("what did he say") asks of anyone.
     */
    private static boolean saidBy(String statement, Question question) {
        return saidBy(statement, question, true);
    }

    /** A capitalised word: a name, or a word opening the sentence. */
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’.-]*");
    /** Words that open a sentence, capitalised there as any word is: no speaker. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "in", "on", "at", "as", "after", "before", "however",
            "but", "and", "he", "she", "they", "it", "this", "that", "these", "those", "according", "meanwhile", "earlier", "later");

    /** Kinds of answer that tell of one doing: when, where or how long the person asked about did it. */
    private static final Set<AnswerType> OF_A_DOER = Set.of(AnswerType.TIME, AnswerType.PLACE, AnswerType.DURATION);
    /** "when did putin …", "what time did trump …", "where will zelensky …": one word that does what is asked about. */
    private static final Pattern ASKED_DOER = Pattern.compile(
            "^(?:when|where|what time|how long)(?: exactly)? (?:did|does|do|will|would|has|had|is|was) (\\p{L}{3,}) \\p{L}");

    /**
     * Whether the statement names the person the question asks about by a name after the auxiliary ("what time did putin
     * fly out"); a question that asks of something else ("when did the talks start"), by a pronoun, or by a name that is
     * a plain word too ("trump") is always of it.
     */
    private static boolean ofTheDoer(String statement, String asked) {
        Matcher doer = ASKED_DOER.matcher(asked.toLowerCase(Locale.ROOT));
        if (!doer.find() || People.namedIn(doer.group(1)).isEmpty()) {
            return true;
        }
        // "when was putins last visit": chat's possessive without its apostrophe
        String name = doer.group(1);
        String lower = statement.toLowerCase(Locale.ROOT);
        return lower.contains(spelt(name)) || name.endsWith("s") && lower.contains(spelt(name.substring(0, name.length() - 1)));
    }

    /** One word between the auxiliary and the verb of saying, at the end of what comes before that verb: "what did macron ". */
    private static final Pattern ONE_WORD_SPEAKER = Pattern.compile("\\b(?:did|does|do|has|had|will|would)\\s+(\\p{L}{3,})\\s*$");
    /** Words in that place that name nobody: pronouns, and words for people in general. */
    private static final Set<String> NO_SPEAKER = Set.of("they", "she", "him", "her", "them", "you", "everyone", "anyone", "anybody",
            "somebody", "someone", "people", "officials", "reporters", "media", "press", "sources", "experts", "either", "both", "each",
            "other", "others", "another", "the", "his", "its", "their");

    /** A speaker named by a noun, after the auxiliary: "what did the fox correspondent", "what did a reporter"; the noun. */
    private static final Pattern NAMED_SPEAKER = Pattern.compile("\\b(?:did|does|do|has|had|will|would)\\s+(?:the|a|an)\\s+(?:\\p{L}+\\s+)?(\\p{L}+)\\s*$");
    /** A pronoun for the speaker: "what did he say". */
    private static final Pattern SPEAKER_PRONOUN = Pattern.compile("(?i)\\b(?:he|she|they)\\b");

    /**
     * True when the question before asked who, and no answer said whom its "he" stands for: "what did he say" after "who was
     * anchoring cnn's coverage from washington" asks for the words of whoever that was, not of a name in that question.
     */
    private static boolean askedWhoUnanswered(String context) {
        return !context.isEmpty() && Conversation.withoutReadings(context).equals(context)
                && AnswerTypes.read(context).type() == AnswerType.PERSON;
    }

    /** "He noted that …": a passage that goes on with the speaker of the sentence before, whom it does not name again. */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile("^(?:He|She)\\s+(?:also\\s+|then\\s+|later\\s+)?$");

    /**
     * Whether the statement gives words of the speaker the question names; {@code quoted}: a quotation in a statement that
     * names him anywhere counts as his ("… Putin that there would be \"additional consequences\"" does not, for whether he said it).
     */
    private static boolean saidBy(String statement, Question question, boolean quoted) {
        // the speaker asked about comes before the verb: in "what did the envoy say putin agreed to", Putin is in what was said
        Matcher verb = ASKED_SPEECH.matcher(question.text().toLowerCase(Locale.ROOT));
        String speaker = verb.find() ? question.text().substring(0, verb.start()) : question.text();
        List<String> names = People.namedIn(speaker);
        if (names.isEmpty()) {
            // "did nato comment on it", "did the kremlin say anything": a body or a country speaks too
            names = Arrays.stream(speaker.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(w -> w.length() > 2 && (EnglishWords.get().isGroup(w) || EnglishWords.get().isPlace(w))).toList();
        }
        if (names.isEmpty()) {
            // "what did macron tell reporters", "what did trump say": one word after the auxiliary is who speaks, though
            // WordNet knows it as a plain word too (a macron, a trump card)
            Matcher one = ONE_WORD_SPEAKER.matcher(speaker.toLowerCase(Locale.ROOT));
            names = one.find() && !NO_SPEAKER.contains(one.group(1)) ? List.of(one.group(1)) : List.of();
        }
        // "what did the fox correspondent say" after a question on Interfax's report: a person it names by what he is, no one
        // named before (but "what did the kremlin say" after a question on Putin: his)
        Matcher namedSpeaker = NAMED_SPEAKER.matcher(speaker.toLowerCase(Locale.ROOT));
        boolean speakerOfAKind = namedSpeaker.find() && EnglishWords.get().isPersonNoun(namedSpeaker.group(1));
        if (names.isEmpty() && !speakerOfAKind
                && !(SPEAKER_PRONOUN.matcher(speaker).find() && askedWhoUnanswered(question.context()))) {
            names = People.namedIn(question.context());
        }
        if (names.isEmpty()) {
            return true;
        }
        // "rubios abc interview": chat's possessive without its apostrophe
        names = names.stream().flatMap(n -> n.endsWith("s") ? Stream.of(n, n.substring(0, n.length() - 1)) : Stream.of(n))
                .toList();
        String lower = statement.toLowerCase(Locale.ROOT);
        Matcher speech = SPEECH.matcher(statement);
        // "Trump had warned before meeting with Putin that …": the quotation is the words of another speaker the statement names
        boolean another = false;
        while (speech.find()) {
            int from = speakerFrom(statement, speech);
            int to = speakerTo(statement, speech);
            String around = lower.substring(from, to);
            if (names.stream().anyMatch(n -> around.contains(spelt(n)))
                    || !quoted && PRONOUN_SPEAKER.matcher(statement.substring(0, speech.start())).find()) {
                return true;
            }
            another |= CAPITALISED.matcher(statement.substring(from, to)).results()
                    .anyMatch(w -> !SENTENCE_OPENERS.contains(w.group().toLowerCase(Locale.ROOT)));
        }
        return quoted && !another && QUOTATION.matcher(statement).find() && names.stream().anyMatch(n -> lower.contains(spelt(n)));
    }

    /**
     * Where words were said: a place, or a programme, an outlet or a platform ("This Week", ABC,
     * Truth Social), named in the part of the statement that tells of the saying.
     */
    private static boolean saidWhere(String telling, String asked, String speakers) {
        EnglishWords english = EnglishWords.get();
        List<String> named = newNames(telling, asked);
        return names(telling, asked, true) && named.stream().anyMatch(name -> locatedBy(telling, name))
                || found(QUOTED_TITLE, telling, asked) || found(PROGRAMME_TITLE, telling, asked)
                || found(OCCASION, telling, asked) || found(ACRONYM, telling, asked)
                || named.stream().anyMatch(name -> !namesSpeaker(name, speakers) && !english.isPlace(name)
                        && !english.isPlace(lastWord(name)));
    }

    /**
     * A place where words were said is named after a preposition of place ("in Anchorage", "from Washington"); one named
     * otherwise is what was said or whom to ("has thanked the United States for … guarantees for Ukraine").
     */
    private static boolean locatedBy(String telling, String name) {
        return Pattern.compile("\\b(?:in|at|on|from|aboard|during)\\s+(?:the\\s+)?" + Pattern.quote(name)).matcher(telling).find();
    }

    /** Who may be the speaker: the question's words and the context's, with the person its "he" was read as ("he" is Marco Rubio). */
    private static String speakers(Question question) {
        return (question.text() + " " + question.context()).toLowerCase(Locale.ROOT);
    }

    /** True when a word of the name is asked: "Senator Marco Rubio" is the one who spoke in "where did rubio say that". */
    private static boolean namesSpeaker(String name, String asked) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(w -> w.length() > 2 && asked.contains(w));
    }

    /**
     * The statement up to what was said: "Rubio emphasized that the United States is still …" tells of
     * the saying in "Rubio emphasized"; the United States is in what he said, not where he said it.
     */
    static String beforeWhatWasSaid(String statement) {
        Matcher speech = SPEECH.matcher(statement);
        while (speech.find()) {
            if (statement.toLowerCase(Locale.ROOT).startsWith("that ", speech.end() + 1)) {
                return statement.substring(0, speech.end());
            }
        }
        return statement;
    }

    /** "The american president", "the russian leader": a people's adjective before a title, as asked. */
    private static final Pattern QUALIFIED_TITLE = Pattern.compile("\\b([\\p{L}.]+) (" + String.join("|", AnswerTypes.roleTitles()) + ")\\b");
    /** Per title, the title with up to three capitalised words before it, which qualify it ("U.S. Special Envoy"). */
    private static final Map<String, Pattern> QUALIFIERS_BEFORE = AnswerTypes.roleTitles().stream().distinct().collect(
            Collectors.toUnmodifiableMap(t -> t, t -> Pattern.compile("((?:\\p{Lu}[\\p{L}.]*\\s+){0,3})(?i:" + t + ")\\b")));
    /** Ways of saying American. */
    static final Set<String> AMERICAN = Set.of("american", "us", "u.s.", "usa", "america", "united states");

    /**
     * True when the question asks for the holder of a title qualified by a people ("who's the american
     * president") and every time the statement names that title another qualifies it ("Ukrainian
     * President Volodymyr Zelenskyy", "Commission President …"): the statement names someone else's title.
     */
    private static boolean onlyAnotherTitle(String statement, String asked) {
        Matcher q = QUALIFIED_TITLE.matcher(asked);
        while (q.find()) {
            String people = q.group(1);
            if (!EnglishWords.get().isDemonym(people) && !AMERICAN.contains(people)) {
                continue;
            }
            // the capitalised words just before the title qualify it: "U.S. Special Envoy", "European Commission President"
            Matcher t = QUALIFIERS_BEFORE.get(q.group(2)).matcher(statement);
            boolean named = false;
            boolean ours = false;
            while (t.find()) {
                named = true;
                List<String> qualifiers = Arrays.stream(t.group(1).strip().split("\\s+")).filter(w -> !w.isEmpty())
                        .map(w -> w.toLowerCase(Locale.ROOT)).toList();
                ours |= qualifiers.isEmpty() || qualifiers.contains(people)
                        || AMERICAN.contains(people) && qualifiers.stream().anyMatch(AMERICAN::contains);
            }
            return named && !ours;
        }
        return false;
    }

    /** A verb of saying in the passive: "was announced", "has been reported". */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|is|are|been|be)\\s+$");

    /** "Says who?", "according to whom", "who said that" alone: the answer just given challenged, to say whose claim it is. */
    static boolean challenges(Question question) {
        if (question.expects().type() != AnswerType.PERSON) {
            return false;
        }
        Matcher source = SOURCE_ASKED.matcher(question.text().toLowerCase(Locale.ROOT));
        return source.find() && challenged(source);
    }

    /**
     * Whether the question {@code source} found asks nothing beyond whose claim the answer just given is ("says who?"): "who
     * reported that" asks for a reporter's name, which unnamed reports do not give.
     */
    private static boolean challenged(Matcher source) {
        return !source.group().contains("report") && source.replaceFirst("").replaceAll("[\\s?!.]", "").isEmpty();
    }

    /** "Says who?", "according to whom", "who said that": the source of a claim, not anyone in it. */
    private static final Pattern SOURCE_ASKED = Pattern.compile(
            "^(?:so |and |but |ok )?(?:says who|said who|according to (?:who|whom)|who(?:'s| is| are)? (?:else |also |first |then )?(?:says|said|claims|claimed|reported|reporting|saying|claiming"
                    + "|mentioned|repeated|echoed|stated|raised|warned|brought up|brings up) (?:that|so|this|it)\\b"
                    + "|who (?:else |also |first |then )?(?:brought|brings|raised) (?:that|this|it) up\\b"
                    // "who said?" alone: as "who said that"
                    + "|who (?:said|says)(?=[\\s?!.]*$)"
                    // "who says putin agreed to that", "who's claiming russia is backsliding": whose claim the clause after is
                    + "|who(?:'s| is)? (?:says|claims|saying|claiming) (?!(?:he|she|they|it|so)\\b)(?=[\\p{L}'-]+ [\\p{L}'-]+)"
                    // "who called them that", "who described it as game-changing": whose words the description is
                    + "|who (?:else |also |first |then )?(?:called|calls|described|describes|labell?ed|dubbed|termed) (?:that|this|it|them|these|those)\\b)");

    /**
     * True when the statement says who made it: a name the question does not give, by a verb of saying
     * or "according to" ("According to U.S. Special Envoy Steve Witkoff, Putin has agreed …"), not a
     * name inside what was said ("… announced during the summit between Trump and Putin").
     */
    private static boolean attributes(String statement, String asked, boolean unnamed) {
        Matcher speech = SPEECH.matcher(statement);
        while (speech.find()) {
            if (PASSIVE.matcher(statement.substring(0, speech.start())).find()) {
                continue; // "was announced during the summit between Trump and Putin": nobody is said to have said it
            }
            String around = statement.substring(speakerFrom(statement, speech), speakerTo(statement, speech));
            if (!newNames(around, asked).isEmpty() || namesAnOffice(around, asked, false) || unnamed && UNNAMED_SOURCE.matcher(around).find()) {
                return true;
            }
        }
        return false;
    }

    /** Sources a statement gives without names: "Reports have suggested …", "officials said": who says so, as far as it says. */
    private static final Pattern UNNAMED_SOURCE = Pattern.compile("(?i)\\b(?:reports|sources|officials|analysts|experts|observers|critics)\\b");

    /**
     * Where the speaker of a verb of saying may be named: shortly before the verb ("Ushakov told"), or
     * only the name set off by commas ("Vance and Rubio were, Trump wrote, coordinating"); after
     * "according to", nowhere before it.
     */
    private static int speakerFrom(String statement, Matcher speech) {
        if (speech.group().equalsIgnoreCase("according to")) {
            return speech.start();
        }
        Matcher aside = ASIDE_SPEAKER.matcher(statement.substring(0, speech.start()));
        return aside.find() ? aside.start(1) : Math.max(0, speech.start() - SPEAKER_BEFORE);
    }

    /**
     * Where the speaker's name may end: right after the verb when a name follows it ("said Peskov",
     * "according to Witkoff"), up to the next comma — not in what was said ("Trump had warned before
     * meeting with Putin that …", "According to Witkoff, Putin has agreed").
     */
    private static int speakerTo(String statement, Matcher speech) {
        String rest = statement.substring(speech.end());
        boolean named = speech.group().equalsIgnoreCase("according to") || NAME_NEXT.matcher(rest).lookingAt();
        if (!named) {
            return speech.end();
        }
        int comma = rest.indexOf(',');
        return speech.end() + Math.min(SPEAKER_AFTER, comma < 0 ? rest.length() : comma);
    }

    /** A capitalised word right after a verb of saying: its speaker, or a title before the name ("said Kremlin aide Ushakov"). */
    private static final Pattern NAME_NEXT = Pattern.compile("[ ,:]+\\p{Lu}");

    /** A name right after a comma, just before the verb of saying: ", Trump wrote," */
    private static final Pattern ASIDE_SPEAKER = Pattern.compile(",\\s*((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*)\\s*$");
    /** How far, in characters, a speaker's name may stand before the verb of saying, and after it. */
    private static final int SPEAKER_BEFORE = 80;
    private static final int SPEAKER_AFTER = 40;

    /** "seven of them": a number of the things named before it. */
    private static final Pattern OF_THEM = Pattern.compile("\\s+of (?:them|these|those)\\b");

    /**
     * "How many reporters …": a number of reporters — a number with the counted word (or its stem)
     * among the next three words ("more than 50 reporters", "two Russian officials"). "Two hours had
     * passed since reporters were …" counts hours, not reporters.
     */
    private static boolean counts(String written, String focus, String asked) {
        String statement = Designations.normalize(written); // "two B-2 bombers" counts the "b2s" asked about
        String stem = stem(Designations.normalize(focus));
        Matcher m = NUMBER.matcher(statement);
        while (m.find()) {
            if (asked.contains(m.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String after = statement.substring(m.end()).toLowerCase(Locale.ROOT);
            if (OF_THEM.matcher(after).lookingAt() && statement.substring(0, m.start()).toLowerCase(Locale.ROOT).contains(stem)) {
                return true; // "B-2 bombers … when seven of them flew": a number of the bombers named before it
            }
            String[] next = after.strip().split("\\s+", 4);
            for (int i = 0; i < Math.min(3, next.length); i++) {
                if (next[i].startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A length written as a modifier, "3 1/2-year war", "a two-hour meeting": the word after it is what lasted. */
    private static final Pattern LENGTH_OF = Pattern.compile("^-(?:second|minute|hour|day|week|month|year|decade)s?(?:-long)? ([\\p{L}]+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A length of time the question does not name, and — when it is written as a modifier ("the 3
     * 1/2-year war") — of a thing the question asks about: "how long would the guarantee last" is not
     * answered by the length of the war.
     */
    private static boolean lengthAsked(String statement, String asked) {
        Matcher m = DURATION.matcher(statement);
        while (m.find()) {
            if (asked.contains(m.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int unit = statement.lastIndexOf('-', m.end());
            Matcher of = unit > m.start() ? LENGTH_OF.matcher(statement.substring(unit)) : null;
            if (of == null || !of.find() || asked.contains(stem(of.group(1).toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a statement tells somebody's words: a verb of saying before them ("stated that", "welcomed"), or a quotation. */
    static boolean reportsWords(String statement) {
        return SPEECH.matcher(statement).find() || quotesWords(statement);
    }

    /**
     * Words someone said in quotation marks: a programme's title in quotes ("gave an interview on
     * ABC's "This Week"") says where they spoke, not what they said.
     */
    private static boolean quotesWords(String statement) {
        Matcher m = QUOTATION.matcher(statement);
        while (m.find()) {
            if (!TITLE_IN_QUOTES.matcher(m.group(1).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An office written as a title, "the U.S. Secretary of State", "the Kremlin Spokesman": who holds
     * it answers "who …?" as a name would, unless the question already names the office.
     */
    private static boolean namesAnOffice(String statement, String asked, boolean titlesOfTheAsked) {
        Matcher m = OFFICE.matcher(statement);
        while (m.find()) {
            if (!asked.contains(m.group().toLowerCase(Locale.ROOT)) && !(titlesOfTheAsked && titleOfTheAsked(statement.substring(m.end()), asked))) {
                return true;
            }
        }
        return false;
    }

    /** The name right after an office ("Senator Marco Rubio"), its surname asked: the office is his title, nobody new. */
    private static final Pattern NAME_AFTER_OFFICE = Pattern.compile("^(?:\\s+\\p{Lu}[\\p{L}'’-]*)*?\\s+(\\p{Lu}[\\p{L}'’-]*+)(?![\\s-]+\\p{Lu})");

    private static boolean titleOfTheAsked(String after, String asked) {
        Matcher name = NAME_AFTER_OFFICE.matcher(after);
        return name.find() && Pattern.compile("\\b" + Pattern.quote(name.group(1).toLowerCase(Locale.ROOT).replaceFirst("['’]s$", "")) + "\\b")
                .matcher(asked).find();
    }

    /**
     * A time told by an event, for a question about something else: "when was it announced?" —
     * "during a summit"; but a question about a meeting ("when is zelenskyy meeting trump?") is not
     * answered by another meeting ("during the summit", "before meeting with Putin").
     */
    private static boolean otherEvent(String statement, String asked) {
        return !EVENT_ASKED.matcher(asked).find() && EVENT_TIME.matcher(statement).find();
    }

    /** "where in alaska", "whereabouts in anchorage exactly": the place asked to be inside. */
    private static final Pattern WHERE_IN = Pattern.compile("(?i)\\bwhere(?:abouts)?(?: exactly)? in ([\\p{L}-]+)");
    /** Words that say where a thing is, before the place's name: "based at", "stationed in". */
    private static final Pattern LOCATED = Pattern.compile(
            "\\b(?:based|stationed|located|situated|housed|headquartered) (?:at|in|near) (?:the )?(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)*)");
    /** A name for a place WordNet does not know: "Joint Base Elmendorf-Richardson", "Eielson Air Force Base". */
    private static final Pattern PLACE_NAMED = Pattern.compile("\\b(?:Base|Airport|Airfield|Field|Fort|Bay|Island|Harbou?r|Port|Center|Centre|Hall|Hotel)\\b");

    /** How WordNet's gloss of a place inside the one asked says so ("a city in south central alaska"); empty when none is asked. */
    private static Optional<Pattern> placeWithin(Question question) {
        Matcher m = WHERE_IN.matcher(question.text());
        return m.find() && EnglishWords.get().isPlace(m.group(1))
                ? Optional.of(Pattern.compile("\\bin (?:[\\p{L}-]+ ){0,2}" + Pattern.quote(m.group(1).toLowerCase(Locale.ROOT)) + "\\b"))
                : Optional.empty();
    }

    /**
     * A place in the statement inside the one asked ({@code inside}: how a gloss says so): one WordNet places there ("Anchorage":
     * "a city in south central Alaska"), or one it does not know that is named as a place ("Joint Base Elmendorf-Richardson");
     * not Ukraine, nor the United States around it.
     */
    private static boolean namesAPlaceWithin(String statement, String asked, Pattern inside) {
        EnglishWords english = EnglishWords.get();
        return newNames(statement, asked).stream().anyMatch(name -> english.isPlace(name) ? inside.matcher(english.placeKind(name)).find()
                : PLACE_NAMED.matcher(name).find());
    }

    /** "who opened the press conference, trump or putin?": a choice between two the question names, either of whom answers. */
    private static final Pattern CHOICE = Pattern.compile("(?i)\\b([\\p{L}'’-]{3,}),? or ([\\p{L}'’-]{3,})\\s*[?!.]*$");

    private static boolean namesAChoice(String statement, Question question) {
        Matcher choice = CHOICE.matcher(question.text());
        if (!choice.find()) {
            return false;
        }
        String lower = statement.toLowerCase(Locale.ROOT);
        // one of the two a name ("trump" is plain English too)
        return !People.namedIn(choice.group(0)).isEmpty()
                && Stream.of(choice.group(1), choice.group(2)).anyMatch(n -> lower.contains(spelt(n.toLowerCase(Locale.ROOT))));
    }

    /** "on ABC's \"This Week\"", "with CNN": the outlet and programme words were said on, where it was said and nobody who did it. */
    private static final Pattern OUTLET_SAID_ON = Pattern.compile("\\b(?:on|with|to) (?:the )?(?:\\p{Lu}{2,}(?:['’]s)?)?(?: ?\"[^\"]+\"| ?“[^”]+”)?");

    /** "who did zelenskyy thank", "who will the guarantee protect": whom somebody does something to, a country as much as a person. */
    private static final Pattern OBJECT_ASKED = Pattern.compile("^(?:so |and |but |ok )?whom? (?:did|does|do|will|would|has|have|had|can|could|should)"
            + " (?!(?:not|be|get|go|going|actually|really|exactly|first)\\b)\\p{L}");

    /** "did putin himself say anything", "did nato comment", "did the kremlin confirm it": whether somebody said anything, which only his words tell. */
    private static final Pattern SAID_ASKED = Pattern.compile("^(?:so |and |but |ok |wait )?(?:did|does|has|have|had) (?!it\\b|that\\b|this\\b)"
            + "[\\p{L}'’. -]{2,40}? (?:(?:himself|herself|themselves|itself|ever|even|actually|really|also|personally|publicly) )*"
            + "(?:(?:say|said|mention|mentioned|state|tell|claim|announce) (?:anything|something|a word|much)|comment|commented|confirm|confirmed|deny|denied)\\b");

    /**
     * "who is marco rubio", "who's zelensky": who somebody is, which his title tells ("Senator Marco Rubio"); not "who was
     * interviewing him", which asks who did it.
     */
    private static final Pattern IDENTITY = Pattern.compile("(?i)^(?:so |and |but |ok )?who(?:['’]s|s| is| was| are| were)\\b(?! \\p{L}+ing\\b)");

    /**
     * Whether the statement names somebody the question does not: a person, an acronym ("NATO"), an office, or for "whose" a
     * place. With {@code titlesOfTheAsked}, the title of somebody the question asks about ("Senator Marco Rubio" for "who
     * interviewed him") names nobody new.
     */
    private static boolean personNamed(String statement, String asked, boolean titlesOfTheAsked) {
        return names(statement, asked, false) || found(ACRONYM, statement, asked) || namesAnOffice(statement, asked, titlesOfTheAsked)
                || (WHOSE.matcher(asked).find() || GIVER_ASKED.matcher(asked).find() || OBJECT_ASKED.matcher(asked).find())
                && names(statement, asked, true);
    }

    /** A match of {@code pattern} in the statement that the question does not already contain. */
    private static boolean found(Pattern pattern, String statement, String asked) {
        Matcher m = pattern.matcher(statement);
        while (m.find()) {
            if (!asked.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A body's name, its last word a body's: "European Commission", "Security Council", "Foreign Ministry". */
    private static final Pattern BODY = Pattern.compile("\\b(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}(?:Commission|Council|Union|Organization|Organisation"
            + "|Alliance|Parliament|Ministry|Department|Agency|Committee|Party|Court|Bank|Assembly|Congress|Senate)\\b");

    /**
     * "who were the interpreters in the one on one", "who was putin's interpreter", "whats the name of putins interpreter":
     * the kind of person asked for.
     */
    private static final Pattern KIND_OF_PERSON_ASKED = Pattern.compile("^(?:who(?:'s|s| is| was| are| were| r)"
            + "|what(?:'s|s| is| was| are| were) (?:the )?names? of) (?:the|a|an|their|his|her|its|[\\p{L}]+(?:'s?|s)) "
            + "(?:[\\p{L}\\p{N}-]+ ){0,3}?([\\p{L}-]+)(?=$|[?!.,]| (?:in|on|at|of|for|during|that|who|with|from|there)\\b)");

    /**
     * True when a who-question asks for a kind of person WordNet knows ("interpreter", "pilot") that is no title the
     * sources give ({@link TitleHolders} answers those), and the statement speaks of such people without naming one
     * as such: "with their interpreters", "in honour of the pilots". A statement that does not speak of them may name
     * them otherwise ("interviewed by Margaret Brennan" answers "who was the host").
     */
    private static boolean speaksOfTheAskedNamingNone(String statement, String asked) {
        Matcher m = KIND_OF_PERSON_ASKED.matcher(asked);
        if (!m.find()) {
            return false;
        }
        String kind = m.group(1);
        EnglishWords english = EnglishWords.get();
        String singular = kind.endsWith("s") && english.isPersonNoun(kind.substring(0, kind.length() - 1)) ? kind.substring(0, kind.length() - 1) : kind;
        if (!english.isPersonNoun(singular) || english.isDemonym(singular) || AnswerTypes.roleTitles().contains(singular)) {
            return false;
        }
        // "translators": the interpreters a statement speaks of are the same people, by WordNet's words for them
        String kinds = Stream.concat(Stream.of(singular), english.related(singular).stream()
                        .filter(w -> w.matches("\\p{L}+") && english.isPersonNoun(w) && !AnswerTypes.roleTitles().contains(w)))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String word = "(?i:(?:" + kinds + ")(?:s|es)?)";
        if (!Pattern.compile("\\b" + word + "\\b").matcher(statement).find()) {
            return false;
        }
        // "CNN anchor Jake Tapper", "Jake Tapper, the CNN anchor", "its European allies", "the interpreters were …"
        Pattern named = Pattern.compile("\\b" + word + "\\s+\\p{Lu}[\\p{L}'’-]+"
                + "|(?!(?:The|A|An|Their|His|Her|Its|Our|These|Those)\\b)\\b\\p{Lu}[\\p{L}'’-]+ " + word + "\\b"
                + "|\\p{Lu}[\\p{L}'’-]+(?:,| is| was| were| are) (?:the |a |an |his |her |their )?(?:\\p{Lu}[\\p{L}.'’-]* )*" + word + "\\b"
                + "|\\b" + word + " (?:is|was|were|are|included|include) \\p{Lu}");
        return !named.matcher(statement).find();
    }

    /** A name in the statement, not named by the question: a place (WordNet's places), or a person (any other). */
    private static boolean names(String statement, String asked, boolean place) {
        EnglishWords english = EnglishWords.get();
        // a place by WordNet, one named as a place of its kind ("Joint Base Elmendorf-Richardson", "Eielson Air Force Base"), or
        // one the statement says a thing is at ("based at Elmendorf")
        List<String> located = LOCATED.matcher(statement).results().map(r -> r.group(1)).toList();
        if (newNames(statement, asked).stream().anyMatch(name -> place == (english.isPlace(name) || english.isPlace(lastWord(name))
                || PLACE_NAMED.matcher(name).find() || located.stream().anyMatch(l -> l.startsWith(name))))) {
            return true;
        }
        // "Where in Alaska …": the United States, around every place the sources name, answers only a question that names none.
        return place && !namesAPlace(asked) && found(UNITED_STATES_PLACE, statement, asked);
    }

    /**
     * A place in the statement, not named by the question, of the kind "which city / state / country"
     * asks for, as WordNet's gloss calls it ("Anchorage": "a city in south central Alaska").
     */
    private static boolean namesAPlaceOfKind(String statement, String asked, Pattern kind) {
        EnglishWords english = EnglishWords.get();
        return newNames(statement, asked).stream().anyMatch(name -> Arrays.stream(english.placeKind(name).split("; "))
                .map(clause -> GLOSS_PLACE.matcher(clause).replaceFirst("").strip())
                .anyMatch(head -> kind.matcher(head).find()))
                // "from which country" after who takes part: "The U.S. Secretary of State", a country no name pattern finds
                || kind.matcher(UNITED_STATES_KIND).find() && found(UNITED_STATES, statement, asked);
    }

    /** What WordNet's gloss calls the United States, the head its kind is read from: a republic, a country. */
    private static final String UNITED_STATES_KIND = "republic";

    /**
     * Whether {@code statement} names a person or party {@code known} (lower case: the question and the answer before) does
     * not: what "which other leaders besides her" asks for.
     */
    static boolean namesAnother(String statement, String known) {
        EnglishWords english = EnglishWords.get();
        return newNames(statement, known).stream().anyMatch(name -> !english.isDemonym(name) && !english.isDemonym(lastWord(name)));
    }

    /** The names in the statement that the question does not already contain, without titles ("Mayor") or a plain first word. */
    private static List<String> newNames(String statement, String asked) {
        EnglishWords english = EnglishWords.get();
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(statement);
        while (m.find()) {
            boolean sentenceStart = SENTENCE_START.matcher(statement.substring(0, m.start())).find();
            List<String> words = new ArrayList<>(List.of(m.group().split("\\s+")));
            // "Mayor Ada Quill", "The Trump–Putin summit": titles and a plain opening word are not the name.
            // "She said …", "They met …": a pronoun opening a sentence is no name either
            while (!words.isEmpty() && (TITLES.contains(words.get(0).toLowerCase(Locale.ROOT))
                    || sentenceStart && (english.isPlain(words.get(0)) || Analyzers.isStopWord(words.get(0))))) {
                words.remove(0);
                sentenceStart = false;
            }
            if (words.isEmpty()) {
                continue;
            }
            String name = String.join(" ", words).replaceFirst("['’]s$", "");
            // "on Sunday", "in August": a time, nobody's name
            if (CALENDAR_WORD.matcher(name).matches()) {
                continue;
            }
            if (!asked.contains(name.toLowerCase(Locale.ROOT)) && !surnameAsked(words, asked)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * True when the question names the last word of a name of more than one word: "Donald Trump" is no
     * news to "who else was in the room with trump and putin".
     */
    private static boolean surnameAsked(List<String> words, String asked) {
        if (words.size() < 2) {
            return false;
        }
        String last = words.get(words.size() - 1).replaceFirst("['’]s$", "").toLowerCase(Locale.ROOT);
        return last.length() > 2 && Arrays.asList(asked.split("[^\\p{L}]+")).contains(last);
    }

    /** True when the statement gives a name of two words or more, one of them a name the question gives ("Volodymyr Zelenskyy"). */
    private static boolean fullNameOf(String statement, List<String> named) {
        Matcher m = NAME.matcher(statement);
        while (m.find()) {
            List<String> words = Arrays.stream(m.group().split("\\s+")).filter(w -> !TITLES.contains(w.toLowerCase(Locale.ROOT))).toList();
            if (words.size() > 1 && words.stream().anyMatch(w -> named.stream().anyMatch(n -> w.toLowerCase(Locale.ROOT).startsWith(spelt(n))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the statement names every person the question names, as chat spells them, a possessive without its
     * apostrophe too ("putins": Putin's; peoples such as "american" are no person): a place or a time is the answer only for
     * those it was the place or the time of.
     */
    private static boolean namesEveryoneAsked(String statement, Question question) {
        String lower = statement.toLowerCase(Locale.ROOT);
        // a name inside a compound names an event, not a person at it: "the next trump-putin summit"
        String people = question.text().replaceAll("\\S+-\\S+", " ");
        return People.namedIn(people).stream().filter(n -> !EnglishWords.get().isDemonym(n))
                .allMatch(n -> lower.contains(spelt(n)) || n.endsWith("s") && lower.contains(spelt(n.substring(0, n.length() - 1))));
    }

    /** A name asked in chat by its first six letters, as chat spells it: "zelensky" finds "Zelenskyy", "witkof" "Witkoff". */
    static String spelt(String name) {
        return name.substring(0, Math.min(name.length(), 6));
    }

    private static boolean namesAPlace(String asked) {
        EnglishWords english = EnglishWords.get();
        return Arrays.stream(asked.split("[^\\p{L}]+")).anyMatch(w -> w.length() > 2 && english.isPlace(w));
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /** "the name of the building on the base": the kind of thing named, its last word before what places it. */
    private static final Pattern NAMED_KIND = Pattern.compile(
            "\\bname of (?:the |a |an |this |that |their |his |her )?(?:[\\p{L}-]+ ){0,2}?(\\p{L}{3,})(?= (?:on|at|in|where|that|which|they|of|for|from|to|used|mentioned)\\b|\\s*[?!.,]|\\s*$)");

    /** "the name of the building": a kind of thing (not a person's title) that the statement never calls so. */
    private static boolean kindUnsaid(String statement, Question question) {
        Matcher named = NAMED_KIND.matcher(question.text().toLowerCase(Locale.ROOT));
        return named.find() && !AnswerTypes.roleTitles().contains(named.group(1)) && !TITLES.contains(named.group(1))
                && !mentions(statement, named.group(1));
    }

    /** The focus word, or a word sharing its stem ("negotiator", "negotiations"), in the statement. */
    private static boolean mentions(String statement, String focus) {
        String lower = statement.toLowerCase(Locale.ROOT);
        String stem = stem(focus);
        return lower.contains(stem);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    /**
     * How far below the focus word a kind of it is looked for in WordNet: "aircraft" is three levels above "bomber" and
     * "fighter" (by way of "airplane" and "warplane"); a fourth level answered no more development questions.
     */
    private static final int KIND_LEVELS = 3;

    /** A kind of the focus thing, by WordNet, in the statement, in any inflection: "limousine" answers "what car", "fighters" "which aircraft". */
    private static boolean namesAKindOf(String statement, String focus) {
        Set<String> kinds = EnglishWords.get().kinds(focus, KIND_LEVELS);
        if (kinds.isEmpty()) {
            return false; // a name, or a word WordNet knows no kinds of: the statement's words need no base forms
        }
        Set<String> words = EnglishWords.get().withBaseForms(
                WORD.matcher(statement.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).collect(Collectors.toSet()));
        return kinds.stream().anyMatch(words::contains);
    }

    /** The focus word's stem, roughly: "negotiator" → "negotia", "troops" → "troop". */
    private static String stem(String focus) {
        return focus.length() <= 5 ? (focus.endsWith("s") ? focus.substring(0, focus.length() - 1) : focus)
                : focus.substring(0, Math.max(5, focus.length() - 3));
    }
}
