package dev.summitbot.question;

/**
 * One question as the engine reads it.
 *
 * @param asked the text as it arrived (for display and the JSON contract)
 * @param text the cleaned text that is read ({@link QuestionText#clean})
 */
public record Question(String asked, String text) {

    public Question {
        asked = asked == null ? "" : asked;
        text = text == null ? "" : text;
    }

    /** Reads raw text from a chat message, a command argument or a line of input. */
    public static Question of(String raw) {
        return new Question(raw, QuestionText.clean(raw));
    }

    /** True when nothing readable is left: no letter or digit at all. */
    public boolean isEmpty() {
        return QuestionText.isEmpty(text);
    }
}
