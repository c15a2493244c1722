package dev.summitbot.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The term lookups of one question: one terms enum per field and segment, reused for every term.
 * {@link IndexReader#docFreq} and {@code LeafReader.postings(Term, int)} give the same answers but
 * open a new enum, with a clone of the index input, on every call. Not thread-safe: one per question.
 */
final class TermLookup {

    private final List<LeafReaderContext> leaves;
    private final Map<String, TermsEnum[]> enums = new HashMap<>();

    TermLookup(IndexReader reader) {
        this.leaves = reader.leaves();
    }

    List<LeafReaderContext> leaves() {
        return leaves;
    }

    /** As {@link IndexReader#docFreq}: the documents holding the term, summed over segments. */
    int docFreq(String field, String term) throws IOException {
        BytesRef bytes = new BytesRef(term);
        int total = 0;
        for (TermsEnum terms : enums(field)) {
            if (terms != null && terms.seekExact(bytes)) {
                total += terms.docFreq();
            }
        }
        return total;
    }

    /**
     * As {@code LeafReader.postings(term, flags)} on segment {@code leaf} ({@code PostingsEnum.NONE}, or {@code POSITIONS}
     * for where the term is in each document): null when the term is not there.
     */
    PostingsEnum postings(int leaf, String field, String term, int flags) throws IOException {
        TermsEnum terms = enums(field)[leaf];
        return terms != null && terms.seekExact(new BytesRef(term)) ? terms.postings(null, flags) : null;
    }

    private TermsEnum[] enums(String field) throws IOException {
        TermsEnum[] perLeaf = enums.get(field);
        if (perLeaf == null) {
            perLeaf = new TermsEnum[leaves.size()];
            for (int i = 0; i < perLeaf.length; i++) {
                Terms terms = leaves.get(i).reader().terms(field);
                perLeaf[i] = terms == null ? null : terms.iterator();
            }
            enums.put(field, perLeaf);
        }
        return perLeaf;
    }
}
