package dev.summitbot.question;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat wording read as the plain question it stands for: question words and abbreviations spelled as
 * people type them ("wat", "wen", "hw", "pres", "sec of state", "abt", "ppl", "didnt", "callin") become
 * the words they stand for, and so do misspelled common words ("whre", "wich": {@link CommonWords}),
 * "who'll" and "what'd" are spelled out ("who will", "what did"), asides that
 * say nothing ("tbh", "ngl", "in plain terms") go, and a polite wrapper ("can you tell me …", "do you know …", "i wanna
 * know …") goes, so "can you tell us where the summit was" asks where — not yes or no, and not about
 * the "us" of the U.S.
 */
public final class ChatWording {

    /** Whole words, any case: what chat writes, and the word it stands for. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("wat", "what"), Map.entry("wut", "what"), Map.entry("wot", "what"), Map.entry("wht", "what"),
            Map.entry("whta", "what"), Map.entry("wats", "what's"), Map.entry("rly", "really"), Map.entry("wen", "when"), Map.entry("whn", "when"),
            Map.entry("wher", "where"), Map.entry("whr", "where"), Map.entry("whered", "where did"), Map.entry("whatd", "what did"),
            Map.entry("n", "and"), Map.entry("hw", "how"), Map.entry("hwo", "how"),
            Map.entry("pres", "president"), Map.entry("prez", "president"),
            Map.entry("sec", "secretary"), Map.entry("secy", "secretary"), Map.entry("govt", "government"),
            Map.entry("admin", "administration"), Map.entry("intl", "international"), Map.entry("mtg", "meeting"), Map.entry("conf", "conference"),
            Map.entry("abt", "about"), Map.entry("eli5", "explain"), Map.entry("bc", "because"), Map.entry("cuz", "because"), Map.entry("coz", "because"),
            Map.entry("tmrw", "tomorrow"), Map.entry("yday", "yesterday"), Map.entry("w/o", "without"), Map.entry("w/", "with"),
            Map.entry("r", "are"), Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("whens", "when's"),
            Map.entry("hows", "how's"), Map.entry("ppl", "people"), Map.entry("gonna", "going to"), Map.entry("wanna", "want to"), Map.entry("gotta", "got to"),
            Map.entry("kinda", "kind of"), Map.entry("sorta", "sort of"), Map.entry("outta", "out of"), Map.entry("lotta", "lot of"), Map.entry("dunno", "don't know"), Map.entry("b4", "before"),
            // contractions typed without their apostrophe
            Map.entry("didnt", "didn't"), Map.entry("dont", "don't"), Map.entry("doesnt", "doesn't"), Map.entry("isnt", "isn't"),
            Map.entry("wasnt", "wasn't"), Map.entry("arent", "aren't"), Map.entry("werent", "weren't"), Map.entry("hasnt", "hasn't"),
            Map.entry("havent", "haven't"), Map.entry("hadnt", "hadn't"), Map.entry("couldnt", "couldn't"),
            Map.entry("wouldnt", "wouldn't"), Map.entry("shouldnt", "shouldn't"), Map.entry("wont", "won't"), Map.entry("cant", "can't"),
            Map.entry("thats", "that's"), Map.entry("theres", "there's"), Map.entry("hes", "he's"), Map.entry("shes", "she's"),
            Map.entry("thered", "there would"), Map.entry("theyd", "they would"), Map.entry("wouldve", "would have"),
            Map.entry("couldve", "could have"), Map.entry("shouldve", "should have"), Map.entry("hed", "he would"),
            Map.entry("youd", "you would"),
            // months as chat shortens them ("on aug 18"); "mar" and "may" are words, "jun" and "jul" rare
            Map.entry("jan", "January"), Map.entry("feb", "February"), Map.entry("apr", "April"), Map.entry("aug", "August"),
            Map.entry("sept", "September"), Map.entry("oct", "October"), Map.entry("nov", "November"), Map.entry("dec", "December"),
            Map.entry("doc", "document"), Map.entry("docs", "documents"), Map.entry("vs", "and"),
            Map.entry("theyre", "they're"), Map.entry("im", "i'm"), Map.entry("ive", "i've"), Map.entry("youre", "you're"),
            Map.entry("acc", "according"), Map.entry("journo", "journalist"), Map.entry("journos", "journalists"),
            Map.entry("convo", "conversation"), Map.entry("euros", "Europeans"), Map.entry("info", "information"),
            Map.entry("mins", "minutes"), Map.entry("hrs", "hours"), Map.entry("yrs", "years"), Map.entry("approx", "approximately"),
            Map.entry("vid", "video"), Map.entry("gov", "government"), Map.entry("dept", "department"), Map.entry("natl", "national"),
            Map.entry("ukr", "Ukraine"), Map.entry("vp", "vice president"), Map.entry("smth", "something"), Map.entry("sth", "something"),
            Map.entry("smthg", "something"), Map.entry("nvm", ""), Map.entry("y", "why"), Map.entry("w", "with"), Map.entry("thru", "through"),
            // the g of -ing dropped ("what r they callin it"); a list, as "putin" is no "puting"
            Map.entry("callin", "calling"), Map.entry("talkin", "talking"), Map.entry("sayin", "saying"), Map.entry("goin", "going"),
            Map.entry("doin", "doing"), Map.entry("gettin", "getting"), Map.entry("askin", "asking"), Map.entry("thinkin", "thinking"),
            Map.entry("meetin", "meeting"), Map.entry("comin", "coming"), Map.entry("makin", "making"), Map.entry("takin", "taking"),
            Map.entry("happenin", "happening"), Map.entry("tryin", "trying"), Map.entry("lookin", "looking"),
            Map.entry("walkin", "walking"), Map.entry("givin", "giving"), Map.entry("backin", "backing"), Map.entry("nothin", "nothing"),
            Map.entry("somethin", "something"), Map.entry("flyin", "flying"), Map.entry("feelin", "feeling"), Map.entry("speakin", "speaking"),
            Map.entry("focusin", "focusing"), Map.entry("headin", "heading"), Map.entry("reportin", "reporting"), Map.entry("pushin", "pushing"),
            Map.entry("leavin", "leaving"), Map.entry("ridin", "riding"), Map.entry("wearin", "wearing"), Map.entry("sendin", "sending"),
            Map.entry("plannin", "planning"), Map.entry("postin", "posting"), Map.entry("holdin", "holding"), Map.entry("landin", "landing"),
            Map.entry("clappin", "clapping"), Map.entry("arrivin", "arriving"), Map.entry("expectin", "expecting"), Map.entry("hostin", "hosting"),
            Map.entry("signin", "signing"), Map.entry("offerin", "offering"), Map.entry("anchorin", "anchoring"),
            // chat's shortened words
            Map.entry("diff", "different"), Map.entry("prob", "probably"), Map.entry("pic", "photo"), Map.entry("pics", "photos"),
            Map.entry("op", "operation"), Map.entry("ops", "operations"), Map.entry("gen", "general"), Map.entry("theyve", "they've"),
            Map.entry("spose", "suppose"), Map.entry("sposed", "supposed"), Map.entry("af1", "Air Force One"),
            Map.entry("qs", "questions"),
            Map.entry("wh", "White House"), Map.entry("wdym", "what do you mean"), Map.entry("dat", "that"), Map.entry("em", "them"),
            Map.entry("wud", "would"), Map.entry("cud", "could"), Map.entry("shud", "should"), Map.entry("wld", "would"),
            Map.entry("cld", "could"), Map.entry("shld", "should"),
            // chat asides that say nothing about the question
            Map.entry("tbh", ""), Map.entry("imo", ""), Map.entry("imho", ""), Map.entry("ngl", ""), Map.entry("fr", ""),
            Map.entry("smh", ""), Map.entry("lmao", ""), Map.entry("lmfao", ""), Map.entry("rofl", ""), Map.entry("afaik", ""),
            Map.entry("iirc", ""), Map.entry("thx", ""), Map.entry("ty", ""), Map.entry("yo", ""));
    /** A whole word, not a letter of an abbreviation ("U" of "U.S." is no "you"). */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'.])(?:w/o|w/|[\\p{L}\\p{N}]+)(?![\\p{L}\\p{N}/]|'(?!s\\b)|\\.\\p{L})");
    /**
     * A polite wrapper around the question: "can you tell me", "could u pls tell us", "do you know",
     * "does anyone know", "any idea", "i wonder", "i (want|wanna|would like|'d like) to know"; "remind me", "tell me
     * again" or "explain" before a question word.
     */
    private static final Pattern WRAPPER = Pattern.compile("^(?:(?:hey|hi|hello|yo|ok|so)\\b[\\s,!]*)*(?:bot\\b[\\s,!]*)?"
            + "(?:(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody)(?: please| pls| plz)? (?:tell|show|let|remind) (?:me|us)(?: know| of)?"
            // "remind me of the ukrainian president's first name"
            + "|(?:please |pls )?remind (?:me|us) of"
            // "remind me who rubio is", "explain what article 5 means": the question asked follows
            + "|(?:please |pls |plz )?(?:(?:remind|tell|show) (?:me|us)(?: again)?|explain(?: to (?:me|us))?)(?= (?:who|what|what's|whats"
            + "|where|when|why|how|which|whether|if)\\b)"
            + "|(?:do|does) (?:you|u|anyone|anybody|somebody|someone) know|any ?(?:one|body) know|any idea"
            + "|i (?:wonder|was wondering|want to know|wanna know|would like to know|'d like to know|need to know))\\b[\\s,:]*",
            Pattern.CASE_INSENSITIVE);
    /** A question embedded after a wrapper, its verb last: "who rubio is", "where the summit was". */
    private static final Pattern EMBEDDED_ORDER = Pattern.compile(
            "(?i)^(who|what|where|when|which [\\p{L}-]+)\\s+([^?]+?)\\s+(is|was|are|were)(\\s*[?.!]*)$");

    /** "who'll", "it'll", "that'll": will, which a question word or a pronoun hides. */
    private static final Pattern WILL = Pattern.compile("(?i)\\b(who|what|where|when|how|why|which|it|that|this|they|he|she|we|you|i|there)['’]ll\\b");
    /** "what'd he say", "where'd they meet": did; "who'd provide it": would. */
    private static final Pattern DID = Pattern.compile("(?i)\\b(what|where|when|how|why)['’]d\\b");
    private static final Pattern WOULD = Pattern.compile("(?i)\\b(who|it|that|there|they|he|she|we|you|i)['’]d\\b");

    /** "putin ok'd it", "okay'd": okayed. */
    private static final Pattern OKAYED = Pattern.compile("(?i)\\bok(?:ay)?['’]d\\b");

    /** "wat's it modeled on": chat's "what" before a contraction. */
    private static final Pattern WHAT_CONTRACTED = Pattern.compile("(?i)\\b(?:wat|wut|wot)(?=['’](?:s|re|d|ll)\\b)");

    /**
     * Words that say nothing of what is asked, dropped: "all" of "about all this", "in all of that" says no more than the
     * pointer after it; "at all" ("any progress at all") and "right" ("right around the corner") only stress, or tag a
     * statement ("…, right, what show"); chat's filler "like"; "one" of "one of them"; "or is that cap" (or hype).
     */
    private static final Pattern EMPTY_WORDS = Pattern.compile("(?i)\\ball (?=(?:of )?(?:this|that|these|those|it)\\b)|\\bat all\\b"
            // "does he say it's coming soon at least": a hedge; "at least 3" is an amount, and stays
            + "|\\s*\\bat least\\b(?!\\s*\\d)"
            // "…, like what word did they use", "is there like anything they agree on": chat's filler, not a likeness ("like what?"
            // alone asks for examples); "does it look like anything that exists" is a likeness
            + "|(?<=, )like (?!(?:a|an|the|it|that|this|nato)\\b)|(?<=[?!.] )like (?=(?:what|how|who|when|where|why|which)\\b)"
            // "is he just being vague like always", "as usual": only the asker's aside
            + "|\\s*\\b(?:like|as) (?:always|usual|ever)\\b|(?<=\\w )(?<!\\b(?:look|looks|looked|sound|sounds|seem|seems|feel|feels) )like "
            + "(?=(?:what|how|who|when|where|why|which|anything|something|literally|really|actually|basically|kinda)\\b)"
            // "additional consequences like what, sanctions?": asks for examples, no filler ("article 5 like what": the name's "-like")
            + "(?!(?<!\\d like )(?:what|which)\\s*(?:[,?!.]|$|tho\\b|though\\b|exactly\\b))"
            // "is witkof like an ambassador": a hedge before a title, not a likeness ("is it like nato" asks one)
            + "|\\blike (?=(?:a|an) (?:" + String.join("|", RoleQuestions.TITLES) + ")\\b)"
            // "is peace close or is that cap", "…or is that all hype", "…or is that cope", "no cap": chat's "or is that a lie",
            // "honestly", which ask nothing more
            + "|\\s*,?\\s*\\bor (?:is )?(?:that|it|this) (?:just |all |all just )?(?:cap|hype|cope|copium|bs|spin|clickbait|propaganda)\\b"
            + "|\\bno cap\\b"
            // "who is actually going to provide it", "what did he literally say": only stress the question
            + "|\\s*\\b(?:actually|actualy|basically|literally)\\b"
            // "right around the corner", "right after the summit": only stresses what follows
            + "|\\bright (?=(?:around|now|away|after|before|then)\\b)"
            // "what on earth does it mean", "why in the world": only stress the question
            + "|\\b(?:on earth|in the world)\\b(?= (?:is|are|was|were|does|do|did|has|have|had|would|will|can|could)\\b)"
            // "is that seen as a big deal", "is he regarded as the lead": a hedge on what is asked, whether it is so
            + "|\\b(?:seen|viewed|regarded|considered|perceived|thought of) as\\b\\s*"
            // "is that considered a big deal", "are they considered significant": a hedge on whether it is one
            + "|(?<=\\b(?:is|are|was|were) (?:it|that|this|they|these|those) )(?:considered|seen|viewed|regarded) (?=(?:a|an|big|major|huge|significant|important|serious)\\b)"
            // "how big a concession is it considered", "… is that considered in the article": the hedge closing the question
            + "|\\s+\\b(?:is|was|are|were) (?:it|that|this|they) (?:considered|seen|viewed|regarded)"
            + "(?=(?: in the (?:article|piece|story|report|news))?\\s*[?!.]*$)"
            // "are the europeans in on it as well": "too", which names no topic
            + "|\\s*\\bas well\\b"
            // "rubio was on tv this weekend right, what show": a tag asking to be agreed with, before the question
            + "|(?<=\\w) right(?=,)"
            // "is von der leyen one of them": one among those just named, no number ("name one of them" asks for a name)
            + "|(?<!\\b(?:name|list) )\\bone (?=of (?:them|those|these)\\b)"
            // "and if there isn't one?", "a security one", "the commission one": a stand-in for a thing just named, no number
            + "|\\s*(?<!\\b(?:name|list|which|no|every|each|any|only|just|day|number|page|no\\.) )\\bones?(?=\\s*(?:[?!.,]|$))");

    /**
     * "who's the one saying 'additional consequences'", "who was the guy that announced it": who says it, who announced it.
     * "The one" only stands for the person asked for, and is no number.
     */
    private static final Pattern THE_ONE_WHO = Pattern.compile("(?i)\\b(who)(?:['’]s| is| was) the (?:one|person|guy|man|woman|people|ones) (?:who|that)\\b");
    private static final Pattern THE_ONE_DOING = Pattern.compile("(?i)\\b(who(?:['’]s| is| was)) the (?:one|person|guy|man|woman|people|ones) (?=\\w+ing\\b)");

    /** "what does that say about the bigger picture": what it shows; a thing says nothing, a person does. */
    private static final Pattern THING_SAYS = Pattern.compile("(?i)\\b(what (?:does|do|did) (?:that|this|it|all this|all that)) (?:say|tell us|tell you)(?= about\\b)");

    /**
     * "whats that show abt the world", "what's that signal tho": what it shows, chat's "what does that show" with its
     * verb after "what's"; "what's that show rubio was on" asks for a programme, and is left.
     */
    private static final Pattern THAT_SHOWS = Pattern.compile(
            "(?i)\\bwhat(?:['’]s|s| is| does| do)? (that|this|it) (?:show|signal|signify|indicate)(?=\\s*(?:about|abt|for|tho|though|[?!.]|$))");

    /** "what do they call it": what it is called, its name; "why do they call it game-changing" asks why, and is left. */
    private static final Pattern WHAT_CALL_IT = Pattern.compile(
            "(?i)\\bwhat (?:do|does|did) (?:they|people|ppl|you|we|the \\p{L}+) call (it|this|that|them)(?=\\s*[?!.]*\\s*$)");

    /** "what does 'article 5 like' even refer to": what it means; "referred to as" names it, and is left. */
    private static final Pattern REFERS_TO = Pattern.compile("(?i)\\b(what (?:does|do) .{1,80}?)(?: even)? refer to(?=\\s*[?!.]*\\s*$)");

    /**
     * "did the eu like that", "does zelensky like it": whether they welcomed it, a reaction; "like" after a verb
     * ("does it look like nato") or in "Article 5-like" is a likeness, and is left.
     */
    private static final Pattern LIKED = Pattern.compile("(?i)^((?:did|does|do|would|will) (?:the |ur |your )?(?!(?:it|that|this)\\b)[\\p{L}'’.]+"
            + "(?: (?!(?:look|looks|sound|sounds|seem|seems|feel|feels|act|acts)\\b)[\\p{L}'’.]+)?) like"
            + "(?= (?:it|that|this|these|those|the|trump|trump's|trumps|his|her|their|what)\\b)");

    /** "which is her job?", "which is the position of europe": what is (English learned late); "which is bigger" is left. */
    private static final Pattern WHICH_IS = Pattern.compile("(?i)^which (is|are|was|were)(?= (?:the|his|her|their|its|this|that)\\b)");

    /** "which politician gets named in the article": mentioned there; "what is the deal named" still asks its name. */
    private static final Pattern NAMED_IN = Pattern.compile("(?i)\\b(?:gets|get|got|is|are|was|were) named(?= (?:in (?:the|this) (?:article|story|piece|report)|here)\\b)");

    /** "does the article say anything about new laws": what it says about them; whether it says anything is answered by what. */
    private static final Pattern SAYS_ANYTHING = Pattern.compile(
            "(?i)\\b(?:does|did) (the article|the story|the piece|the report|it|this article|this story) (?:say|mention|tell us) anything (?=about\\b)");

    /** "whats the deal with the 'additional consequences' quote": what it is; no agreement is meant. */
    private static final Pattern WHATS_THE_DEAL = Pattern.compile("(?i)\\bwhat(?:'s|s| is) (?:the |up )?(?:deal|story) with\\b");

    /** "wheres russia at on the guarantees", "where are the europeans at with it": where they stand on it. */
    private static final Pattern WHERE_AT = Pattern.compile("(?i)\\bwhere(?:'s|s| is| are|'re) ((?:the )?[\\p{L}'-]+) at (on|with)\\b");

    /** "isnt he called a senator too", "is it also known as a …": whether he is one. */
    private static final Pattern CALLED_A = Pattern.compile(
            "(?i)\\b((?:is|isn't|isnt|was|wasn't|wasnt) (?:he|she|it|they|\\p{L}+))(?: also)? (?:called|known as|referred to as|described as) (?=(?:a|an|the)\\b)");

    /** "what did zelensky say about the whole thing": about it, all of it, no topic of its own. */
    private static final Pattern WHOLE_THING = Pattern.compile("(?i)\\b(?:the |this |that )?whole (?:thing|situation|business|saga|affair|mess)\\b");

    /** "what does that mean in plain terms": asked to be told simply, which is how every answer is told. */
    private static final Pattern PLAINLY = Pattern.compile(
            "(?i)\\s*\\b(?:in|into) (?:normal|plain|simple|simpler|layman'?s|everyday|regular) (?:words|terms|english|language)\\b"
            // "what does 'backsliding' mean in this context": the sources' context is the only one there is
            + "|\\s*\\bin (?:this|that|the) context\\b"
            // "explain that like i'm 5": told simply, as every answer is
            + "|\\s*\\blike (?:i'm|im|i am|i was|a) (?:5|five|five year old|5 year old|kid|child)\\b"
            // "zelenskyy's reaction in one line", "what did he agree to, short version": every answer is short
            + "|\\s*\\bin (?:one|a|a single|1) (?:line|sentence)\\b|\\s*,?\\s*\\b(?:the )?(?:short|quick|brief) version\\b|\\s*,?\\s*\\bin short\\b");

    /** "explain", "explain that pls", "can u explain it": what the answer just given means. */
    private static final Pattern EXPLAIN_IT = Pattern.compile("(?i)^(?:(?:can|could) (?:you|u) )?(?:pls |please |plz )?explain"
            + "(?: (?:it|that|this))?(?: (?:pls|please|plz))?(?=\\s*[?!.]*$)");

    /** "who's the source for putin going along with it": who says it, the claim after the source. */
    private static final Pattern SOURCE_FOR = Pattern.compile(
            "(?i)^(?:(?:and|so|but),? )?(?:who|what)(?:'s|s| is| was) (?:the|ur|your) sources? (?:for|of|on) (?!(?:that|this|it)\\b)(?=\\p{L})");

    /** Chat's "like" opening a follow-up, after "so", "and" or "ok". */
    private static final String LIKE_OPENING = "(?i)^(?:(?:so|and|ok),? )?like ";

    /** "like which us official", "like who exactly": which of them, after the answer just given ("like what", "like which?" ask for examples). */
    private static final Pattern LIKE_WHICH = Pattern.compile(LIKE_OPENING + "(?=(?:which|who|whom|whose) \\p{L})");

    /** "like an actual law??", "like actual laws?": whether what was just said is one, asked in chat's way. */
    private static final Pattern LIKE_ONE = Pattern.compile(
            LIKE_OPENING + "(?:(a|an) (?:(?:actual|real|proper|official) )?|(?:actual|real|proper|official) )(?=\\p{L})");

    /** "n what does putin have to do": chat's "and", opening the message. */
    private static final Pattern AND_WRITTEN_N = Pattern.compile("(?i)^n (?=\\p{L})");

    /**
     * "is that confirmed or is it just one guy saying so", "is that putin himself saying it or just the american side's version":
     * whose word the answer just given is, as "says who?" asks. "Or just him saying it" knows whose word it is, and asks whether
     * anything else bears it out.
     */
    private static final Pattern ONE_MANS_WORD = Pattern.compile("(?i)^(?:(?:so|but|and|hold on|wait|ok|okay),? )*(?:is|was) (?:that|this|it)\\b"
            // each looked for once ahead, not one after the other: no run of words is tried against every other
            + "(?=[^?]*\\b(?:saying|claiming) (?:it|so|that)\\b)(?=[^?]*\\b(?:just|only) (?!(?:him|her|them)\\b))[^?]*\\?*$");

    /** "what's his full name? need it for my notes", "… just curious": why the asker asks, after the question, which asks nothing. */
    private static final Pattern WHY_ASKED = Pattern.compile("(?i)(?<=[?!.])\\s+(?:(?:i )?need (?:it|this|that) for|(?:it'?s |its )?for (?:my|our|a)"
            + " (?:notes|essay|class|homework|report|project|school|paper|assignment)|asking for (?:a friend|myself)|just (?:curious|wondering))\\b[^?]*$");

    /** "same question but for kyiv", "now same for the eu": the question before, asked of another. */
    private static final Pattern SAME_FOR = Pattern.compile(
            "(?i)^(?:(?:now|so|and|ok|okay),? )*(?:the )?same (?:question|thing|q)?\\s*,?\\s*(?:but )?(?:for|about|with|re) (?=\\p{L})");

    /**
     * "talk", "talked", "talking" about, on or to something is speaking, a verb: not the talks, the negotiations,
     * which the stemmer makes the same word ("where did rubio talk about this", "what show did he talk on").
     */
    private static final Pattern TALKING = Pattern.compile("(?i)(?<!\\bthe )\\b(talk|talked|talking)(?= (?:about|on|to|of|with|at|longer|first|last|more|less|most)\\b)"
            // "how long did putin talk", "did he talk": one person talks, and speaks; "did trump and putin talk" held talks
            + "|(?<=\\b(?:did|does|do|will|would|could|can) (?!(?:they|we|you|both|them|the|all)\\b)\\p{L}{2,20} )(talk)\\b");
    private static final Map<String, String> SPEAKING = Map.of("talk", "speak", "talked", "spoke", "talking", "speaking");

    /**
     * "what's the way to avoid them", "what is the best way to end it", "whats the only way to get peace": how to do it, asked
     * through "way", which names no topic of its own.
     */
    private static final Pattern WAY_TO = Pattern.compile(
            "(?i)\\bwhat(?:'s|s| is| are| was| would be) (?:the |a |some |their |his )?(?:best |only |main |other |real |quickest |fastest |right )?ways? to\\b");

    /**
     * "how does it work", "how would the protection work in practice": how a thing works is what it is and does; "work" is
     * no topic (the sources' "working on" is labour).
     */
    private static final Pattern HOW_IT_WORKS = Pattern.compile(
            "(?i)\\b(how (?:does|do|did|would|will|could|can|is|are|'s|s) .{1,60}?) (?:work|works|working|function|operate)\\b"
            + "(?=(?: (?:exactly|again|tho|though|then|in practice|in reality|actually))?\\s*[?!.]*$)");

    /** "did russia give anything up", "give that up": "give up" split by what is given, joined as the synonyms know it. */
    private static final Pattern GIVE_X_UP = Pattern.compile(
            "(?i)\\b(give|gave|giving|gives|given) (anything|something|much|nothing|it|that|this|them|a lot|any ground|ground)( else| more)? up\\b");

    /**
     * "where's that coming from?", "where did that come from", "source?", "who's the source for that?": a follow-up that asks
     * who says what was just said, as "says who?" does; no place ("where is witkoff from" names whom it asks about, and
     * keeps its place).
     */
    private static final Pattern WHOSE_WORD = Pattern.compile(
            "(?i)^(?:(?:and|so|but|ok|okay),? )?where(?:'s|s| is| does| did| do) (?:that|this|it)(?: (?:come|comes|coming|came))? from"
            + "(?: tho| though| then)?(?=\\s*[?!.]*$)"
            // "source?", "who's the source for that?", "any source on that": whose word it is
            + "|(?i)^(?:(?:and|so|but|ok|okay),? )?(?:(?:who|what)(?:'s|s| is| was) (?:the|ur|your|their|his|her) sources?"
            + "(?: (?:for|of|on) (?:that|this|it))?|(?:any )?sources?(?: (?:for|on) (?:that|this|it))?)(?=\\s*[?!.]*$)");

    /**
     * "what was zelensky wearing this time", "at that time": on this occasion, or then. The time is no topic, and "time" would
     * find "Washington time" in any statement of a moment; "what time", "the first time", "this time last year" stay.
     */
    private static final Pattern THIS_TIME = Pattern.compile("(?i)\\b(?:at )?(?:this|that) time(?: around| round)?(?=(?: tho| though| lol| then)?\\s*[?!.,]*$)");

    /** "the pres conf": the press conference, not a president's ("pres" alone is the president). */
    private static final Pattern PRESS_CONF = Pattern.compile("(?i)\\bpres{1,2} conf(?:erence)?\\b");

    /**
     * "back when the meeting was confirmed", "back then", "back in 2018": "back" says the time was earlier, and is no
     * backing (which the synonyms read it as: "who's gonna back the guarantees").
     */
    /** "nato-ish protection", "nato ish": chat's "-like", what a thing resembles ("Article 5-like"), no word "ish". */
    private static final Pattern ISH = Pattern.compile("(?i)\\b(\\p{L}+)[- ]ish\\b");

    /** "another meeting coming up with zelensky": a meeting to come, no "coming up with" an idea (proposing it). */
    private static final Pattern COMING_UP = Pattern.compile(
            "(?i)(?<=\\b(?:meeting|meetings|summit|talks|call|visit|trip|conference) )(?:coming up|upcoming)\\b\\s*");

    private static final Pattern BACK_THEN = Pattern.compile("(?i)\\bback (?=(?:when|then|during|in (?:\\d{4}|the day|those days))\\b)");

    /** "who does he work for", "who's witkoff working for": whom the person serves, which is who the person is (the title the sources give). */
    private static final Pattern WORKS_FOR = Pattern.compile(
            "(?i)\\bwho(?: (?:does|did|do)|'s|s| is| was) (he|she|(?!(?:it|that|this|they|them)\\b)\\p{L}+) (?:work|works|working) for(?=\\s*[?!.]*$)");

    /** "before this", "before alaska": before the summit the question is asked about. */
    private static final String BEFORE_THIS = "before (?:this|that|it|then|now|alaska|the summit|the alaska summit|this summit|this one)";

    /**
     * "when was the last time putin visited the us before this", "when was the last time the two presidents met before
     * alaska": when it happened before, which the sources tell as the first time since ("since 2021", "in almost ten
     * years"); "the last time" and "before this" ask when, and are no topic.
     */
    private static final Pattern LAST_TIME = Pattern.compile("(?i)\\b(when (?:was|were|is)) the (?:last|previous|most recent) time (?:that )?"
            + "([^?]+?)(?:,? " + BEFORE_THIS + ")?(?=\\s*[?!.]*$)");

    /**
     * "when was putin last in the us before alaska", "when did they last meet before this": the same with "last" beside
     * the verb; without "before this" the question may ask the newest time the sources tell ("when did trump last call
     * him"), and is left alone.
     */
    private static final Pattern LAST_BEFORE = Pattern.compile("(?i)\\b(when (?:was|were|did|had) (?:[\\p{L}'’.-]+ ){1,3}?)(?:last|previously) "
            + "([^?]+?),? " + BEFORE_THIS + "(?=\\s*[?!.]*$)");

    /** "meaning what in practice", "so meaning what?": what the answer just given means, asked in chat's short way. */
    private static final Pattern MEANING_WHAT = Pattern.compile("(?i)^(?:(?:so|and|but|ok),? )?meaning what\\b");

    /**
     * "wait what happens if …", "hmm, who is …", "oh so", "ok and who …", "lol why": chat's interjections before the question,
     * which ask nothing ("ok with it?" asks whether somebody agrees, and keeps its "ok").
     */
    private static final Pattern INTERJECTIONS = Pattern.compile(
            "(?i)^(?:(?:wait|hm+|oh|ah|um+|uh+|bruh|ok(?:ay)?|alright|yeah|yea|yep|lol|lmao|cool|gotcha|wow)(?![\\s,!.]+(?:with|for|to|by)\\b)[\\s,!.]+)+(?=\\S)");

    /**
     * "i saw ppl saying russia's walking it back", "i heard that …", "i read somewhere …": where the member met the claim,
     * which is asked about; the claim is the question.
     */
    private static final Pattern HEARD = Pattern.compile("(?i)\\b(?:i|we)(?:['’]ve| have)? (?:saw|seen|heard|read|see|hear)"
            + "(?: (?:people|ppl|some people|someone|somebody|folks|others|somewhere|online|on (?:twitter|x|reddit|tiktok|the news)))?"
            // the claim follows what introduces it, or "heard" directly ("i heard russia is backing out"); "i read something" is no claim
            + "(?: (?:saying|say|says|claim|claiming|that)\\s+| (?<=heard )(?!(?:something|anything|about|of|it|this|that)\\b)(?=\\p{L}))");

    /** "does it have a name", "has the deal got an official name", "is there a name for it": what it is called. */
    private static final Pattern HAS_A_NAME = Pattern.compile("(?i)\\b(?:(?:does|do) (it|that|this|they|the [\\p{L}-]+) (?:have|has)"
            + "|(?:has|have) (it|that|this|they|the [\\p{L}-]+) got) (?:a|an|any)(?: official| proper| real)? name\\b"
            + "|\\bis there (?:a|an|any)(?: official| proper| real)? name for (it|that|this|them|the [\\p{L}-]+)");

    /** "any chance they renege", "is there a chance that russia backs out": whether it could happen. */
    private static final Pattern ANY_CHANCE = Pattern.compile("(?i)^(?:is there )?(?:any|a|some) (?:chance|possibility|risk) (?:that )?(?=\\p{L})");

    private ChatWording() {}

    /** "NATO", "ABC": capitals throughout, written as meant. */
    private static boolean acronym(String word) {
        return word.length() > 1 && word.chars().noneMatch(Character::isLowerCase);
    }

    /** A phrase and what it becomes. */
    private record Rewrite(Pattern pattern, String replacement) {}

    /** The phrases rewritten, in order: spellings and contractions first, then what only stresses, then ways of asking. */
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite(INTERJECTIONS, ""), new Rewrite(WHY_ASKED, ""), new Rewrite(ONE_MANS_WORD, "says who?"), new Rewrite(AND_WRITTEN_N, "and "),
            new Rewrite(HEARD, ""), new Rewrite(WHAT_CONTRACTED, "what"), new Rewrite(OKAYED, "okayed"),
            new Rewrite(WILL, "$1 will"), new Rewrite(DID, "$1 did"), new Rewrite(WOULD, "$1 would"),
            new Rewrite(WHOLE_THING, "it"), new Rewrite(EMPTY_WORDS, ""), new Rewrite(PLAINLY, ""),
            new Rewrite(WHATS_THE_DEAL, "what is"), new Rewrite(WAY_TO, "how to"), new Rewrite(WHOSE_WORD, "says who"), new Rewrite(GIVE_X_UP, "$1 up $2$3"), new Rewrite(HOW_IT_WORKS, "$1"), new Rewrite(WHERE_AT, "where does $1 stand $2"), new Rewrite(CALLED_A, "$1 "), new Rewrite(SAYS_ANYTHING, "what does $1 say "), new Rewrite(THING_SAYS, "$1 show"),
            new Rewrite(THAT_SHOWS, "what does $1 show"), new Rewrite(WHAT_CALL_IT, "what is $1 called"),
            new Rewrite(HAS_A_NAME, "what is $1$2$3 called"), new Rewrite(ANY_CHANCE, "could "),
            new Rewrite(REFERS_TO, "$1 mean"), new Rewrite(MEANING_WHAT, "what does that mean"), new Rewrite(WORKS_FOR, "who is $1"), new Rewrite(BACK_THEN, ""), new Rewrite(COMING_UP, ""), new Rewrite(ISH, "$1-like"), new Rewrite(THIS_TIME, ""), new Rewrite(PRESS_CONF, "press conference"), new Rewrite(LAST_TIME, "$1 $2"), new Rewrite(LAST_BEFORE, "$1$2"), new Rewrite(EXPLAIN_IT, "what does that mean"),
            new Rewrite(SOURCE_FOR, "who says "), new Rewrite(LIKE_WHICH, "and "), new Rewrite(LIKE_ONE, "is it $1 "), new Rewrite(SAME_FOR, "what about "),
            new Rewrite(NAMED_IN, "is mentioned"), new Rewrite(LIKED, "$1 welcome"),
            new Rewrite(WHICH_IS, "what $1"), new Rewrite(THE_ONE_WHO, "$1"), new Rewrite(THE_ONE_DOING, "$1 "));

    /** The question in plain wording; text it does not recognise is left as it is. */
    public static String plain(String cleaned) {
        String expanded = cleaned;
        for (Rewrite rewrite : REWRITES) {
            expanded = rewrite.pattern().matcher(expanded).replaceAll(rewrite.replacement());
        }
        Matcher word = WORD.matcher(expanded);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            // a capital letter alone is an initial ("George W. Bush"), not chat's "w" or "u"
            boolean initial = word.group().length() == 1 && Character.isUpperCase(word.group().charAt(0));
            String lower = word.group().toLowerCase(Locale.ROOT);
            // "op-ed": a part of a hyphenated word is no shortening of its own
            boolean joined = word.start() > 0 && expanded.charAt(word.start() - 1) == '-'
                    || word.end() < expanded.length() && expanded.charAt(word.end()) == '-';
            String plain = initial || joined ? null : SPELLINGS.get(lower);
            if (plain == null && !initial && !acronym(word.group())) {
                plain = CommonWords.respelled(lower).orElse(null);
            }
            word.appendReplacement(out, Matcher.quoteReplacement(plain == null ? word.group() : plain));
        }
        word.appendTail(out);
        String plain = TALKING.matcher(out.toString())
                .replaceAll(m -> SPEAKING.get((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT)));
        plain = plain.replaceAll("\\s{2,}", " ").strip();
        Matcher wrapper = WRAPPER.matcher(plain);
        if (!wrapper.lookingAt() || wrapper.end() == plain.length()) {
            return plain;
        }
        // "remind me who rubio is": the question asked is "who is rubio", in a question's word order
        return EMBEDDED_ORDER.matcher(plain.substring(wrapper.end())).replaceFirst("$1 $3 $2$4");
    }
}
