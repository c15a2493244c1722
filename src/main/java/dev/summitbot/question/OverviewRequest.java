package dev.summitbot.question;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request for a summary typed as a question: "tldr", "give me a summary", "summarize rubio's
 * interview", "what's the article about?", "tell me about the summit". Such a request names no fact to look up; it is answered
 * with the opening of the cited summary ({@code /summary}), of everything or of the topic it names.
 */
public final class OverviewRequest {

    /** "in one sentence", "in a few words": how short a summary should be, which the summary's opening already is. */
    private static final String IN_BRIEF = "(?:,?\\s*\\b(?:in )?(?:(?:one|a|a single|a few|two|three|1|2|3) (?:sentences?|lines?|words?|paragraphs?)|brief|short))?";

    /** "(please) (give me) (a) summary (of …)", "tl;dr", "sum it up", "recap of …": what follows is the topic, if any. */
    private static final Pattern ASKED = Pattern.compile(
            "^(?:(?:hey |hi )?(?:bot,? )?)?(?:(?:can|could|would) (?:you|u|someone|somebody|anyone|anybody) (?:please )?|pls |plz |please "
                    // "how would u sum up the article in a sentence", "how do you summarize it"
                    + "|(?:so |and )?how (?:would|do|could|can|should|'d) (?:you|u|i|we|one) )?(?:give me |i want |i need |need |show me |quick )?"
                    + "(?:a |an |the |your )?(?:quick |short |brief )?"
                    + "(?:tl;?dr|summary|summari[sz]e|sum (?:it |this |that )?up|overview|recap|rundown|run-down|gist"
                    // "tell me about the alaska summit", "what do you know about rubio", "fill me in on the talks"
                    + "|tell me (?:more |a bit |a little )?about|what (?:do|can) you (?:know|tell me) about|fill me in on|catch me up on)"
                    + "(?:\\s+(?:of|on|about|for|pls|please)\\b)?\\s*(?<topic>.*?)(?:\\s+for (?:me|us))?" + IN_BRIEF
                    + "(?:,?\\s+(?:pls|plz|please|thanks|thx))?[\\s?!.]*$");
    /** "summit summary", "rubio interview tldr": the topic first. */
    private static final Pattern TOPIC_FIRST = Pattern.compile(
            "^(?!(?:what|who|where|when|why|how|which|is|are|was|were|did|does|do|can|could)\\b)(?<topic>[\\p{L}\\p{N}' -]+?)\\s+"
                    + "(?:summary|recap|tl;?dr|overview)[\\s?!.]*$");
    /** "what's the article about", "what is this all about", "whats the gist". */
    private static final Pattern ABOUT = Pattern.compile(
            "^(?:so |ok |hey |bot,? )*what(?:'s|s| is| are)? (?:this|it|that|the article|the story|the headline|the piece|the news|the sources|your sources"
                    + "|everything|all this|it all)(?: all)? about[\\s?!.]*$|^what(?:'s|s| is) the (?:gist|tl;?dr|summary|overview|recap|story)[\\s?!.]*$");

    /**
     * "what was the summit about", "what the summit in alaska was about" (a wrapper taken off), "what
     * came out of the talks": a summary of that event or thing. "What was he talking about" asks what
     * was said, and "what happened at the summit" stays a question.
     */
    private static final Pattern EVENT = Pattern.compile("^(?:so |ok |and |hey |bot,? )*what(?:"
            + " (?:was|is|were) (?<about>(?:the|this|that) [\\p{L}\\p{N}' -]{2,40}?) (?:all )?about"
            + "| (?<wrapped>(?:the|this|that) [\\p{L}\\p{N}' -]{2,40}?) (?:was|is|were) (?:all )?about"
            + "| (?:came|comes|has come|have come) out of (?<outcome>[\\p{L}\\p{N}' -]{1,40}?))[\\s?!.]*$");

    /**
     * "what's the main news here", "what was the big outcome", "whats the main takeaway from the alaska summit",
     * "what is main news of this article in one sentence": the news itself, of everything or of the topic after it.
     * "what was his main point" and "whats the main thing russia gave up" stay questions.
     */
    private static final Pattern MAIN_NEWS = Pattern.compile("^(?:so |ok |and |hey |bot,? )*what(?:'s|s| is| was| were| are)? (?:the )?"
            + "(?:main|big|biggest|key|major|top) (?:news|takeaways?|outcomes?|headlines?|results?|upshot|story)(?: (?:here|hear|there))?"
            + "(?:\\s+(?:of|from|in|at|about|on|out of) (?<topic>[\\p{L}\\p{N}' -]{1,40}?))?" + IN_BRIEF + "[\\s?!.]*$");

    private OverviewRequest() {}

    /**
     * The topic of a summary request ("" for everything), or empty when the text is not one. The
     * words are the asker's, as typed: "summarize rubio's interview" → "rubio's interview".
     */
    public static Optional<String> topicOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        if (ABOUT.matcher(lower).matches()) {
            return Optional.of("");
        }
        Matcher main = MAIN_NEWS.matcher(lower);
        if (main.matches()) {
            return Optional.of(main.group("topic") == null ? "" : topicWords(main.group("topic")));
        }
        Matcher event = EVENT.matcher(lower);
        if (event.matches()) {
            String topic = event.group("about") != null ? event.group("about") : event.group("wrapped") != null ? event.group("wrapped")
                    : event.group("outcome");
            return Optional.of(topicWords(topic));
        }
        for (Pattern request : new Pattern[] {ASKED, TOPIC_FIRST}) {
            Matcher m = request.matcher(lower);
            if (m.matches()) {
                return Optional.of(topicWords(m.group("topic")));
            }
        }
        return Optional.empty();
    }

    /** "tldr of the article", "summary of this story", "what came out of it": the sources themselves, so everything (""). */
    private static String topicWords(String topic) {
        return SourceReferences.removedFrom(topic).replaceAll("^\\s*(?:it|this|that|all this|everything)\\s*$", "").strip();
    }
}
