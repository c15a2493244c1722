package dev.summitbot.index;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops stop words after stemming and synonyms: the words that were stop words as written (marked
 * as keywords, so the stemmer left them alone) and those a synonym rule brought in ("for" of "call
 * for"). A word whose stem only looks like one ("one" → "on") is kept, as it was when stop words
 * were dropped before stemming.
 */
final class StopWordsFilter extends FilteringTokenFilter {

    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    StopWordsFilter(TokenStream in, CharArraySet stopWords) {
        super(in);
        this.stopWords = stopWords;
    }

    @Override
    protected boolean accept() {
        return !stopWords.contains(term.buffer(), 0, term.length())
                || !keyword.isKeyword() && !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
    }
}
