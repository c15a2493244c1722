package dev.summitbot.search;

import dev.summitbot.index.Analyzers;
import dev.summitbot.index.Fields;
import dev.summitbot.question.QuestionWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns a question into concepts: each word's index term plus its synonyms, in question order.
 * Multi-word synonyms ("united states" for "us") join the concept of the word they replace.
 */
final class ConceptReader {

    /** Marks a written word that was capitalised inside the question. */
    static final String NAMED = "\u0000";

    /** A question is read up to this many concepts; the rest of a very long question is ignored. */
    static final int MAX_CONCEPTS = 32;
    /** Alternatives kept per concept. */
    static final int MAX_TERMS = 8;

    /** {@link QuestionWords#LIGHT} as index terms. */
    static final Set<String> LIGHT_TERMS = lightTerms();

    /**
     * A concept's terms before weighting; {@code asked} are the question's own words among them, as
     * index terms, and {@code written} the same words as the question wrote them.
     */
    record RawConcept(List<String> terms, Set<String> asked, Set<String> written) {}

    List<RawConcept> read(Analyzer analyzer, String question) {
        List<MutableConcept> concepts = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, question)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String text = term.toString();
                if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    continue; // an emoji or a symbol ("🤔", "🤝") is tone, not topic
                }
                boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                MutableConcept target = null;
                if (increment.getPositionIncrement() == 0 && !concepts.isEmpty()) {
                    target = concepts.get(concepts.size() - 1);
                } else {
                    // A synonym, or a word that a multi-word synonym spans ("deal" of "peace deal" →
                    // "peace agreement"), joins the concept whose span holds its position.
                    for (MutableConcept c : concepts) {
                        if (c.start <= position && position < c.end) {
                            target = c;
                        }
                    }
                }
                if (target == null) {
                    if (concepts.size() == MAX_CONCEPTS) {
                        break;
                    }
                    target = new MutableConcept(position);
                    concepts.add(target);
                }
                target.end = Math.max(target.end, position + Math.max(1, length.getPositionLength()));
                if (target.terms.size() < MAX_TERMS) {
                    target.terms.add(text);
                }
                if (!synonym) {
                    target.asked.add(text);
                    String written = question.substring(offset.startOffset(), offset.endOffset());
                    // A word capitalised inside the question is a name as the asker wrote it ("Will Macron join…"),
                    // unless it is an acronym in capitals throughout ("TV"): that may be a common word.
                    boolean named = offset.startOffset() > 0 && Character.isUpperCase(written.charAt(0)) && !acronym(written);
                    target.written.add(named ? NAMED + written : written);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mergeDuplicates(concepts);
    }

    /** Two or more letters, all capitals: "TV", "NATO", "ABC". Whether it is a name is for the dictionary to say. */
    private static boolean acronym(String written) {
        return written.length() > 1 && written.chars().allMatch(Character::isUpperCase);
    }

    /** "Putin … Putin" asks about Putin once. */
    private static List<RawConcept> mergeDuplicates(List<MutableConcept> concepts) {
        List<RawConcept> out = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (MutableConcept c : concepts) {
            if (seen.add(c.terms)) {
                out.add(new RawConcept(List.copyOf(c.terms), Set.copyOf(c.asked), Set.copyOf(c.written)));
            }
        }
        return out;
    }

    private static final class MutableConcept {
        final Set<String> terms = new LinkedHashSet<>();
        final Set<String> asked = new HashSet<>();
        final Set<String> written = new HashSet<>();
        final int start;
        int end;

        MutableConcept(int start) {
            this.start = start;
            this.end = start + 1;
        }
    }

    private static Set<String> lightTerms() {
        try (Analyzer analyzer = Analyzers.indexing()) {
            Set<String> terms = new HashSet<>();
            QuestionWords.LIGHT.forEach(word -> terms.addAll(Analyzers.terms(analyzer, word)));
            return Set.copyOf(terms);
        }
    }
}
