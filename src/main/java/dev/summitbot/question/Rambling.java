package dev.summitbot.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that tells its background around the question: a long one ("so my uncle keeps arguing that
 * this whole alaska meeting was pointless, can u tell me what kind of protection ukraine is getting"),
 * a preamble before "but" ("sorry if this is dumb but who is witkoff"), or one question among
 * statements ("is kremlin keeping the promises? i read something not good"). The question proper is
 * read as the question. When it points back at the rest ("... they made some concession right? what
 * was it") or has no topic of its own ("true??"), the rest is what it follows on, searched at the weight
 * a follow-up gives the question before; otherwise the rest is left out: the uncle's words are no topic
 * the answer must share.
 */
public final class Rambling {

    /** Messages shorter than this are one question, however they are punctuated. */
    static final int MIN_WORDS = 16;
    /** A question proper has at least this many words; a shorter one ("what was it") is taken only when none is longer. */
    private static final int PROPER_WORDS = 4;

    /** Where a message breaks into parts: after a sentence, at a comma, a semicolon or a dash. */
    private static final Pattern BREAK = Pattern.compile("(?<=[.?!])\\s+|[,;]\\s+|\\s+[-–—]+\\s+");
    /** Words that open a part before what it says: "so", "ok", "like", "but", "wait". */
    private static final Pattern OPENERS = Pattern.compile(
            "^(?:(?:so|ok|okay|like|but|and|then|also|well|wait|yo|hey|anyway|basically|i mean)\\b[\\s,]*)+", Pattern.CASE_INSENSITIVE);
    /** A part that asks: it opens with a question word or an auxiliary ("can u tell me …" too). */
    private static final Pattern ASKS = Pattern.compile("^(?:what|what's|whats|wat|wats|who|who's|whos|where|where's|wheres|when|why|how"
            + "|hows|which|whose|is|are|was|were|did|does|do|can|could|will|would|has|have|should)\\b", Pattern.CASE_INSENSITIVE);

    /** Words by which the question proper points back at what was said before it. */
    private static final Pattern POINTERS = Pattern.compile(
            "\\b(?:it|its|it's|that|this|those|these|they|them|their|he|him|his|she|her)\\b", Pattern.CASE_INSENSITIVE);

    /** A question after a preamble that ends in "but": "not trying to start a fight but what did zelensky say", "sorry if dumb but who is witkoff". */
    private static final Pattern AFTER_BUT = Pattern.compile("^(?<preamble>.+?),?\\s+but\\s+(?<asked>.+)$", Pattern.CASE_INSENSITIVE);
    /** A question after what the asker says of themself and a comma: "i missed everything, what happened at the summit". */
    private static final Pattern AFTER_OWN_STATE = Pattern.compile(
            "^(?<preamble>(?:i|i'm|im|i've|ive|i was|we|we're)\\b[^,?!.]{1,60}),\\s+(?<asked>.+)$", Pattern.CASE_INSENSITIVE);

    /** Where a short message breaks into sentences: after a question or exclamation mark, or a full stop after a word (not "U.S."). */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[?!])\\s+|(?<=\\p{Ll}{2}\\.)\\s+");

    private Rambling() {}

    /**
     * A short message of one question and statements around it ("is kremlin really keeping the promises? i read
     * something not good"): the question, with the statements as its context when it points back at them; the
     * message itself when it asks in no sentence or in more than one.
     */
    private static Question oneAskingSentence(Question question) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_BREAK.split(question.text())) {
            if (!part.isBlank()) {
                sentences.add(part.strip());
            }
        }
        if (sentences.size() < 2) {
            return question;
        }
        int asking = -1;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            if (sentence.endsWith("?") || ASKS.matcher(OPENERS.matcher(sentence).replaceFirst("")).find()) {
                if (asking >= 0) {
                    return question;
                }
                asking = i;
            } else if (sentence.split("\\s+").length < PROPER_WORDS) {
                return question; // a fragment that goes with the question: "… security guarantees? clear or not"
            }
        }
        if (asking < 0) {
            return question;
        }
        List<String> rest = new ArrayList<>(sentences);
        rest.remove(asking);
        return proper(question, OPENERS.matcher(sentences.get(asking)).replaceFirst(""), rest);
    }

    /**
     * The question proper {@code asked} of {@code message}, in plain wording, following on the {@code rest} of the
     * message when it points back at it ("what was it", "what did he say") or has no topic of its own ("true??" after
     * what a friend said asks about what he said, as "is that true?" does).
     */
    private static Question proper(Question message, String asked, List<String> rest) {
        String text = ChatWording.plain(asked);
        boolean followsOn = POINTERS.matcher(text).find() || !hasTopic(text);
        return new Question(message.asked(), text, AnswerTypes.read(text), followsOn ? String.join(" ", rest) : "", message.answeredBefore());
    }

    /** True when some word of {@code text} is a topic: neither grammar, nor a question word, nor a light word ("true", "really"). */
    private static boolean hasTopic(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .anyMatch(w -> !w.isEmpty() && !QuestionWords.IGNORED.contains(w) && !QuestionWords.isLight(w));
    }

    /**
     * The question proper of a message, with the rest of the message as its context when it follows on it;
     * the question itself when it has one part, asks in no part (or, short, in two). A follow-up keeps the
     * question before as its context: a long one ("ok so im confused, does this mean russia is fine with …??
     * thats kinda wild if true") is read by its question proper; a short one as it is (cutting those cost a
     * held-out pair).
     */
    public static Question questionProper(Question question) {
        if (question.context().isEmpty()) {
            return properOf(question);
        }
        if (question.text().split("\\s+").length < MIN_WORDS) {
            return question;
        }
        Question alone = properOf(new Question(question.asked(), question.text(), question.expects(), "", question.answeredBefore()));
        return alone.text().equals(question.text()) ? question
                : new Question(question.asked(), alone.text(), alone.expects(), question.context(), question.answeredBefore());
    }

    /** {@link #questionProper} of a question that follows on nothing. */
    private static Question properOf(Question question) {
        for (Pattern preambled : List.of(AFTER_BUT, AFTER_OWN_STATE)) {
            Matcher m = preambled.matcher(question.text());
            if (m.matches() && ASKS.matcher(OPENERS.matcher(m.group("asked")).replaceFirst("")).find()
                    && !ASKS.matcher(OPENERS.matcher(m.group("preamble")).replaceFirst("")).find()) {
                // a preamble that asks nothing is background: what the question follows on when it points back at it
                // ("rubio said peace isnt imminent but what else did he say it'll take"), else none ("sorry if this is dumb but …",
                // "i missed everything, what happened …")
                return proper(question, OPENERS.matcher(m.group("asked")).replaceFirst(""), List.of(m.group("preamble")));
            }
        }
        if (question.text().split("\\s+").length < MIN_WORDS) {
            return oneAskingSentence(question);
        }
        List<String> parts = new ArrayList<>();
        for (String part : BREAK.split(question.text())) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        int proper = -1;
        int properWords = 0;
        String asked = "";
        for (int i = 0; i < parts.size(); i++) {
            String part = OPENERS.matcher(parts.get(i)).replaceFirst("");
            if (!ASKS.matcher(part).find()) {
                continue;
            }
            int words = part.split("\\s+").length;
            // the last part that asks in enough words; failing that, the longest that asks
            if (words >= PROPER_WORDS || words > properWords && properWords < PROPER_WORDS) {
                proper = i;
                properWords = words;
                asked = part;
            }
        }
        if (parts.size() < 2 || proper < 0) {
            return question;
        }
        List<String> rest = new ArrayList<>(parts);
        rest.remove(proper);
        return proper(question, asked, rest);
    }
}
