package dev.summitbot.question;

/** The kind of answer a question asks for, read from its wording ({@link AnswerTypes}). */
public enum AnswerType {
    PERSON("who"),
    PLACE("where"),
    TIME("when"),
    DURATION("how long"),
    NUMBER("how many"),
    ORGANISATION("which organisation"),
    /** "what is the name of …", "what is it called": a proper name, a title in quotes, an acronym. */
    NAME("what it is called"),
    /** "what did Rubio say …", "what did Trump tell Hannity": words someone said or wrote. */
    SAYING("what was said"),
    /** "what's witkoff's title", "what job does von der leyen have": a person's title, office or job. */
    ROLE("what their role is"),
    REASON("why"),
    YES_NO("whether"),
    STATEMENT("that");

    private final String asked;

    AnswerType(String asked) {
        this.asked = asked;
    }

    /** How the question asked for it, for "My sources don't say when.": "who", "where", "when", … */
    public String asked() {
        return asked;
    }

    /** True for the types an answer must show (a place, a time, …); reasons, yes/no and statements need no particular kind of word. */
    public boolean constrains() {
        return this != REASON && this != YES_NO && this != STATEMENT;
    }
}
