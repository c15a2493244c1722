package dev.summitbot.search;

import dev.summitbot.index.Fields;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** Corrects a word the index does not know to the index term it is a plausible typo of ({@link EditDistance#isTypo}). */
final class SpellingCorrector {

    /** Minimum similarity for a spelling correction (1 − edits / length): one edit in four letters. */
    static final float SPELLING_ACCURACY = 0.75f;

    /** Spelling suggestions looked at, best first. */
    private static final int SUGGESTIONS = 3;

    private final DirectSpellChecker twoEdits = checker(2);
    /** The same within one edit, tried first (see {@link #correct}). */
    private final DirectSpellChecker oneEdit = checker(1);

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setAccuracy(SPELLING_ACCURACY);
        checker.setMinQueryLength(4);
        checker.setMinPrefix(1);
        checker.setMaxEdits(maxEdits);
        return checker;
    }

    /**
     * The index term nearest to a misspelled one, when it is a plausible typo. One-edit candidates
     * always rank above two-edit ones, so the one-edit list is the head of the two-edit list: the
     * costlier two-edit automaton is built only when that head has no typo, has room for more, and
     * the word may have two edits. The correction is the same either way.
     */
    Optional<String> correct(String term, IndexReader reader) throws IOException {
        Term misspelled = new Term(Fields.TEXT, term);
        // Lucene counts code points of the lower-cased term; for such a term its edit counts are EditDistance's.
        boolean plain = term.codePointCount(0, term.length()) == term.length() && term.equals(term.toLowerCase(Locale.ROOT));
        if (plain) {
            SuggestWord[] near = oneEdit.suggestSimilar(misspelled, SUGGESTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            Optional<String> typo = firstTypo(term, near);
            if (typo.isPresent() || near.length == SUGGESTIONS || EditDistance.allowedEdits(term) == 1) {
                return typo;
            }
        }
        return firstTypo(term, twoEdits.suggestSimilar(misspelled, SUGGESTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
    }

    private static Optional<String> firstTypo(String term, SuggestWord[] suggestions) {
        for (SuggestWord suggestion : suggestions) {
            if (EditDistance.isTypo(term, suggestion.string)) {
                return Optional.of(suggestion.string);
            }
        }
        return Optional.empty();
    }
}
