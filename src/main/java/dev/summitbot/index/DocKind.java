package dev.summitbot.index;

/** The two kinds of indexed evidence. */
public enum DocKind {
    PASSAGE,
    FACT;

    /** The index id of a fact: facts and passages share one id space without clashing. */
    public static String factDocId(String factId) {
        return "fact:" + factId;
    }
}
