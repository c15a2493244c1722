package dev.summitbot.index;

/** The two kinds of indexed evidence. */
public enum DocKind {
    PASSAGE,
    FACT;

    private static final String FACT_PREFIX = "fact:";

    /** The index id of a fact: facts and passages share one id space without clashing. */
    public static String factDocId(String factId) {
        return FACT_PREFIX + factId;
    }

    /** The kind of an index id: only fact ids have the fact prefix (ids of sources and passages hold no colon). */
    public static DocKind ofDocId(String docId) {
        return docId.startsWith(FACT_PREFIX) ? FACT : PASSAGE;
    }
}
