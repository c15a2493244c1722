package dev.summitbot.question;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One question as the engine reads it.
 *
 * @param asked the text as it arrived (for display and the JSON contract)
 * @param text the cleaned text that is read ({@link QuestionText#clean}), in plain wording ({@link ChatWording})
 * @param expects the kind of answer asked for, and the X of "which X"
 * @param context for a follow-up ("what did he ask for?"), the question it leans on, cleaned;
 *     empty otherwise. Its words are searched too, weighed less than the question's own.
 * @param answeredBefore for a follow-up, what the bot answered to the question it leans on: a
 *     follow-up asks for more ("what are they?", "why?"), so those statements are not said again
 *     when another answers it; empty otherwise
 */
public record Question(String asked, String text, AnswerTypes.Reading expects, String context, String answeredBefore) {

    private static final Pattern NOW = Pattern.compile(
            "\\b(?:now|currently|yet|still|so far|rn|at the moment|at present|latest|these days|as of today|anymore)\\b"
                    + "|^(?:has|have|hasn't|haven't)\\b.*\\bbeen\\b");

    /** The end of a short follow-up, perhaps only stressed: "like what tho", "what else then", "which ones exactly?". */
    private static final String STRESSED_END = "(?: (?:tho|though|then|exactly))?[\\s?!.]*$";

    /**
     * A follow-up that asks for more than was said: "what are they?", "which ones?", "like what?", "tell me more",
     * "did he say anything else", "anything else he said", a bare "but?" or "go on".
     */
    private static final Pattern MORE = Pattern.compile(
            "(?i)^(?:so |and |ok )?(?:what are they|what were they|which ones|like what|like which(?: ones?)?|such as|what else|anything else|tell me more|more details|more info|more|but|and|go on|keep going|and then|what more|anything more"
                    + "|(?:did|does|has) (?:he|she|they) (?:say|said|mention|mentioned|add|added) anything (?:else|more)"
                    + "|anything (?:else|more) (?:he|she|they) (?:said|mentioned|added))"
                    + STRESSED_END);

    /**
     * A question for the particulars of what was said: "which ones?", "like what", "what are the
     * disagreements specifically", "did he say what they are", "did he name the sticking points".
     */
    private static final Pattern PARTICULARS = Pattern.compile(
            "(?i)^(?:so |and |ok |but )?(?:what are they|what were they|which ones?|like what|like which(?: ones?)?|such as|examples?|for example)" + STRESSED_END
                    + "|\\b(?:specifically|specifics|which ones)\\b"
                    // "additional consequences like what, sanctions?": examples of what it names
                    + "|(?<!\\d )\\blike (?:what|which)(?=\\s*(?:[,?!.]|$))|\\bsay (?:what|which) (?:they|those|these|the [\\p{L}']+) (?:are|were)\\b"
                    + "|\\b(?:name|list) (?:the|any|them|specific|particular)\\b"
                    // "which points exactly, he told it?": a word for any of them asks which they are, like "which ones"
                    + "|\\bwhich (?:points|issues|things|details|matters)\\b");
    /** The verb that asks for the particulars by name: "did he name the sticking points". */
    public static final String PARTICULARS_VERB = "name";
    /** The word a statement says the particulars were not given with: "Rubio did not specify the areas …". */
    public static final String PARTICULARS_WORD = "specify";

    public Question {
        asked = asked == null ? "" : asked;
        text = text == null ? "" : text;
        expects = expects == null ? AnswerTypes.read(text) : expects;
        context = context == null ? "" : context;
        answeredBefore = answeredBefore == null ? "" : answeredBefore;
    }

    public Question(String asked, String text, AnswerTypes.Reading expects, String context) {
        this(asked, text, expects, context, "");
    }

    /** Reads raw text from a chat message, a command argument or a line of input. */
    public static Question of(String raw) {
        String text = ChatWording.plain(QuestionText.clean(raw));
        return new Question(raw, text, AnswerTypes.read(text), "");
    }

    /**
     * The same question, read in the light of {@code carried}: words of the question it leans on, and
     * what the bot answered to it; {@code reading} is its own or, for "and trump?", that of the question before.
     */
    Question following(String carried, String answered, AnswerTypes.Reading reading) {
        return new Question(asked, text, reading, carried.strip(), answered);
    }

    /**
     * True when the question asks how things stand now: "now", "currently", "yet", "still", "so
     * far", "at the moment", "latest", or a present perfect "has/have … been" ("has a deal been
     * signed?"). Such a question is answered as of the newest source, which says its date.
     */
    public boolean aboutNow() {
        return NOW.matcher(text.toLowerCase(Locale.ROOT)).find();
    }


    /**
     * True when the question only asks for more than was said ("like what?", "which ones?"): it has no
     * topic of its own, and its words ("like") are none to search.
     */
    public boolean asksForMore() {
        return MORE.matcher(text).find();
    }

    /**
     * True when the question asks for the particulars of something said ("which ones?"): a statement
     * that they were not given ("did not specify …") answers it as well as one that gives them. "Who
     * specifically" asks for a person, whom such a statement does not give: a question for a kind of
     * answer (a person, a place, a time) asks for no particulars.
     */
    public boolean asksForParticulars() {
        return !expects.type().constrains() && PARTICULARS.matcher(text).find();
    }

    /** True when nothing readable is left: no letter or digit at all. */
    public boolean isEmpty() {
        return QuestionText.isEmpty(text);
    }
}
