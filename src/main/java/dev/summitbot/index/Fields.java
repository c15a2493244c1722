package dev.summitbot.index;

/** The Lucene field names, defined once for indexing and searching. */
public final class Fields {

    /** Unique id: a passage's {@code source#n} or a fact's {@code fact:id}; stored, and sorted on to break score ties. */
    public static final String ID = "id";
    /**
     * Source id, indexed as one token so documents can be counted or selected per source (the
     * index tests count them); answering does not filter on it.
     */
    public static final String SOURCE = "source";
    /** What the document says: a passage's sentence, or a fact's subject, relation and object. */
    public static final String TEXT = "text";
    /** What surrounds it: a passage's neighbouring sentences, or a fact's quote, and its source's publisher. Weighed less. */
    public static final String CONTEXT = "context";
    /** In notes, the other lines of its paragraph (of the quote's, for a fact). Weighed less still, and not searched. */
    public static final String AROUND = "around";

    private Fields() {}
}
