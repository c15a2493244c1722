package dev.summitbot.bench;

import dev.summitbot.index.Analyzers;
import dev.summitbot.index.Fields;
import dev.summitbot.index.KnowledgeIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The floor of this stack: the question through the same query analyzer (synonyms included), one
 * SHOULD TermQuery per distinct term over the text field, BM25 top 10 on the same searcher.
 * Nothing is parsed, corrected, weighed, covered or composed. {@link #twoFields} is a second,
 * higher floor: the shape of the answer path's query without any of its reading of the question.
 */
final class BareLucene {

    static final int TOP = 10;
    /** As the answer path: its 20 hits, context words at 0.6, ties broken by id, scores filled in. */
    static final int ANSWER_HITS = 20;
    static final float CONTEXT_WEIGHT = 0.6f;
    private static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
    private static final TopDocs NOTHING = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

    private BareLucene() {}

    static TopDocs search(KnowledgeIndex index, String question) {
        Set<String> terms = new LinkedHashSet<>(Analyzers.terms(index.queryAnalyzer(), question));
        if (terms.isEmpty()) {
            return NOTHING;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(Fields.TEXT, term)), Occur.SHOULD);
        }
        try {
            return index.searcher().search(query.build(), TOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each analyzed term in the text field or, weighed 0.6, in the context field; the top 20 by
     * score then id, with scores: the Lucene work of the answer path's query, with every term its
     * own concept and no spelling correction, weighing or coverage.
     */
    static TopDocs twoFields(KnowledgeIndex index, String question) {
        Set<String> terms = new LinkedHashSet<>(Analyzers.terms(index.queryAnalyzer(), question));
        if (terms.isEmpty()) {
            return NOTHING;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TEXT, term)), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(Fields.CONTEXT, term)), CONTEXT_WEIGHT), Occur.SHOULD)
                    .build(), Occur.SHOULD);
        }
        try {
            return index.searcher().search(query.build(), ANSWER_HITS, BY_SCORE_THEN_ID, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
