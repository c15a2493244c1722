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

    /** The fact id behind a fact's index id ({@link #factDocId} reversed). */
    public static String factId(String docId) {
        if (!docId.startsWith(FACT_PREFIX)) {
            throw new IllegalArgumentException("not a fact's index id: " + docId);
        }
        return docId.substring(FACT_PREFIX.length());
    }

    /** The kind of an index id: only fact ids have the fact prefix (ids of sources and passages hold no colon). */
    public static DocKind ofDocId(String docId) {
        return docId.startsWith(FACT_PREFIX) ? FACT : PASSAGE;
    }
}
