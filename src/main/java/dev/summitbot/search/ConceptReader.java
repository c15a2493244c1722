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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * Multi-word synonyms ("united states" for "us") join the concept of the word they replace, as one
 * alternative whose words must all be found: "state" alone is no "us", "agreement" alone no "peace deal".
 */
final class ConceptReader {

    /** Marks a written word that was capitalised inside the question. */
    static final String NAMED = "\u0000";

    /** A question is read up to this many concepts; the rest of a very long question is ignored. */
    static final int MAX_CONCEPTS = 32;
    /**
     * "Or" between two words: the question offers a choice. Not "or" before a question of its own ("did the lunch happen
     * or did they skip it"), which offers another clause, whose words are no choice for the word before "or".
     */
    private static final Pattern OR = Pattern.compile("(?i)\\bor\\b(?!\\s+(?:did|does|do|is|are|was|were|will|would|could|can|should|has|have|had)\\b)");

    /** Words a choice after "or" may have: "prime minister", "secretary of state". */
    private static final int CHOICE_PHRASE_WORDS = 3;

    /** "Else" right after a word: "somewhere else", "anyone else". */
    private static final Pattern ELSE = Pattern.compile("(?i)\\s*else\\b");

    /** One word as written, with no space. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’.-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The one word of {@code span}, as written, that a synonym rule replaced: "hosted", or the verb of a phrasal verb
     * ("pushing" of "pushing for"; its other words are stop words). Null for a phrase of several words that say
     * something ("truth social", "agreed on"): a name or a phrase of its own, not one plain word.
     */
    private static String replacedWord(String span) {
        List<String> said = SPACES.splitAsStream(span.strip()).filter(w -> !Analyzers.isStopWord(w)).toList();
        return said.size() == 1 && WORD.matcher(said.get(0)).matches() ? said.get(0) : null;
    }

    /**
     * Alternatives kept per concept: as many as one synonym rule may have (checked when the knowledge
     * loads), so no word of a rule is dropped unseen; it bounds only the wordings of several multi-word rules at once.
     */
    static final int MAX_ALTERNATIVES = 32;

    /** {@link QuestionWords#LIGHT} as index terms. */
    static final Set<String> LIGHT_TERMS = lightTerms();

    /**
     * A concept's alternatives before weighting, each the index terms of one wording ("u.s." or "united
     * states"); {@code asked} are the question's own words among them, as index terms, and {@code written}
     * the same words as the question wrote them. {@code replaced} are the words, as written, that a synonym
     * rule replaced by others ("hosted" => received): no alternative is the question's own, yet the word is
     * what the asker wrote. {@code orBefore} is true when the question offers it as the other choice to the
     * concept before: "or" stands between them ("the president or the pm").
     */
    record RawConcept(List<List<String>> alternatives, Set<String> asked, Set<String> written, Set<String> replaced,
            boolean orBefore) {

        /** Every term of every alternative, once. */
        List<String> terms() {
            return alternatives.stream().flatMap(List::stream).distinct().toList();
        }
    }

    /** @param choices whether "or" offers a choice in this question (a yes/no one), so words after it may be a phrase of one */
    List<RawConcept> read(Analyzer analyzer, String question, boolean choices) {
        List<MutableConcept> concepts = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, question)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            int lastEnd = 0;
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
                    target = new MutableConcept(position, offset.startOffset(), !concepts.isEmpty()
                            && OR.matcher(question.substring(Math.min(lastEnd, offset.startOffset()), offset.startOffset())).find());
                    concepts.add(target);
                }
                int to = position + Math.max(1, length.getPositionLength());
                target.end = Math.max(target.end, to);
                target.arcs.add(new Arc(text, position, to));
                if (!synonym) {
                    lastEnd = Math.max(lastEnd, offset.endOffset());
                    target.endOffset = Math.max(target.endOffset, offset.endOffset());
                    target.asked.add(text);
                    String written = question.substring(offset.startOffset(), offset.endOffset());
                    // A word capitalised inside the question is a name as the asker wrote it ("Will Macron join…"),
                    // unless it is an acronym in capitals throughout ("TV"): that may be a common word.
                    boolean named = offset.startOffset() > 0 && Character.isUpperCase(written.charAt(0)) && !acronym(written);
                    target.written.add(named ? NAMED + written : written);
                } else {
                    String span = question.substring(offset.startOffset(), offset.endOffset());
                    String replaced = replacedWord(span);
                    if (replaced != null) {
                        int start = offset.startOffset() + span.indexOf(replaced);
                        boolean named = start > 0 && Character.isUpperCase(replaced.charAt(0)) && !acronym(replaced);
                        target.replaced.add(named ? NAMED + replaced : replaced);
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mergeDuplicates(concepts, question, choices);
    }

    /** Two or more letters, all capitals: "TV", "NATO", "ABC". Whether it is a name is for the dictionary to say. */
    private static boolean acronym(String written) {
        return written.length() > 1 && written.chars().allMatch(Character::isUpperCase);
    }

    /**
     * "Putin … Putin" asks about Putin once. A concept after "or" is a choice only when it is a word or
     * phrase of its own: in "the alaska governor or any local officials" "local" is only part of the choice,
     * and "or somewhere else" offers none, only asks whether the thing before is so. Light words after "or"
     * lead to the choice ("or part of something bigger").
     */
    private static List<RawConcept> mergeDuplicates(List<MutableConcept> concepts, String question, boolean choices) {
        List<RawConcept> out = new ArrayList<>();
        Set<Set<List<String>>> seen = new HashSet<>();
        boolean orBefore = false;
        for (int i = 0; i < concepts.size(); i++) {
            MutableConcept c = concepts.get(i);
            List<List<String>> alternatives = c.alternatives();
            int next = i + 1 == concepts.size() ? question.length() : concepts.get(i + 1).startOffset;
            String after = question.substring(c.endOffset, Math.max(c.endOffset, next));
            orBefore |= c.orBefore;
            // "or part of something bigger": a light word ("part") only leads to the other choice
            boolean light = light(c.asked, alternatives);
            int last = choices && orBefore && !light ? lastOfChoicePhrase(concepts, i, question) : i;
            if (last > i) {
                // "is he the president or prime minister": the words after "or" are one choice, a phrase
                List<MutableConcept> phrase = concepts.subList(i, last + 1);
                List<String> words = phrase.stream().flatMap(p -> p.alternatives().get(0).stream()).toList();
                Set<String> asked = phrase.stream().flatMap(p -> p.asked.stream()).collect(Collectors.toUnmodifiableSet());
                Set<String> written = phrase.stream().flatMap(p -> p.written.stream()).collect(Collectors.toUnmodifiableSet());
                Set<String> replaced = phrase.stream().flatMap(p -> p.replaced.stream()).collect(Collectors.toUnmodifiableSet());
                out.add(new RawConcept(List.of(words), asked, written, replaced, true));
                orBefore = false;
                i = last;
                continue;
            }
            boolean choice = orBefore && !light && (i + 1 == concepts.size() || !after.isBlank()) && !ELSE.matcher(after).lookingAt();
            orBefore = orBefore && light;
            if (seen.add(Set.copyOf(alternatives))) {
                out.add(new RawConcept(alternatives, Set.copyOf(c.asked), Set.copyOf(c.written), Set.copyOf(c.replaced), choice));
            }
        }
        return out;
    }

    /**
     * The last concept of a phrase offered as a choice after "or": up to {@link #CHOICE_PHRASE_WORDS} words in a row, each
     * one wording and none light, that end the question ("… or prime minister?"). {@code first} when the words after "or"
     * are no such phrase: words that go on ("or nuclear arms control on the agenda") may be a clause of their own.
     */
    private static int lastOfChoicePhrase(List<MutableConcept> concepts, int first, String question) {
        int last = first;
        while (last + 1 < concepts.size() && last + 1 - first < CHOICE_PHRASE_WORDS
                && question.substring(concepts.get(last).endOffset, concepts.get(last + 1).startOffset).isBlank()) {
            last++;
        }
        for (int j = first; j <= last; j++) {
            MutableConcept c = concepts.get(j);
            if (c.alternatives().size() != 1 || light(c.asked, c.alternatives())) {
                return first;
            }
        }
        return last + 1 == concepts.size() ? last : first;
    }

    /** One token of the synonym graph: a term from one position to another. */
    private record Arc(String term, int from, int to) {}

    private static final class MutableConcept {
        final List<Arc> arcs = new ArrayList<>();
        final Set<String> asked = new HashSet<>();
        final Set<String> written = new HashSet<>();
        final Set<String> replaced = new HashSet<>();
        final int start;
        final int startOffset;
        final boolean orBefore;
        int end;
        int endOffset;

        MutableConcept(int start, int startOffset, boolean orBefore) {
            this.start = start;
            this.startOffset = startOffset;
            this.endOffset = startOffset;
            this.orBefore = orBefore;
            this.end = start + 1;
        }

        /**
         * The paths through the concept's part of the synonym graph, each one wording. A stop word the
         * analyzer removed leaves a gap that a path steps over; a wording that starts after such a gap
         * ("table" of "at the table") is a path from there.
         */
        List<List<String>> alternatives() {
            Set<List<String>> paths = new LinkedHashSet<>();
            Set<Integer> reached = new HashSet<>();
            walk(start, new ArrayList<>(), paths, reached);
            arcs.stream().map(Arc::from).distinct().sorted().filter(node -> !reached.contains(node))
                    .forEach(node -> walk(node, new ArrayList<>(), paths, reached));
            return paths.stream().limit(MAX_ALTERNATIVES).toList();
        }

        private void walk(int node, List<String> path, Set<List<String>> paths, Set<Integer> reached) {
            reached.add(node);
            if (node >= end) {
                paths.add(List.copyOf(path));
                return;
            }
            List<Arc> out = arcs.stream().filter(a -> a.from() == node).toList();
            if (out.isEmpty()) {
                // a gap: the next node a token starts from, or the end
                int next = arcs.stream().mapToInt(Arc::from).filter(n -> n > node).min().orElse(end);
                walk(next, path, paths, reached);
                return;
            }
            for (Arc arc : out) {
                if (paths.size() >= MAX_ALTERNATIVES) {
                    return;
                }
                path.add(arc.term());
                walk(arc.to(), path, paths, reached);
                path.remove(path.size() - 1);
            }
        }
    }

    /** A year ("2021" of "that 2021 meeting") says which event is asked about, and is no light number. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    /** True when every term of the concept is a year. */
    static boolean year(Concept concept) {
        return !concept.terms().isEmpty() && concept.terms().stream().allMatch(t -> YEAR.matcher(t).matches());
    }

    /**
     * Whether a concept of these asked terms and alternatives is light: every word of it is ("article 5" spans a number but
     * is no count), unless it is a phrase of light words the synonyms read as a word that is not ("take part": participate).
     */
    static boolean light(Set<String> asked, List<List<String>> alternatives) {
        return !asked.isEmpty() && asked.stream().allMatch(t -> LIGHT_TERMS.contains(t) || QuestionWords.isNumber(t) && !YEAR.matcher(t).matches())
                && !(asked.size() > 1 && alternatives.stream().anyMatch(a -> a.size() == 1 && !LIGHT_TERMS.contains(a.get(0))));
    }

    private static Set<String> lightTerms() {
        try (Analyzer analyzer = Analyzers.indexing()) {
            Set<String> terms = new HashSet<>();
            QuestionWords.LIGHT.forEach(word -> terms.addAll(Analyzers.terms(analyzer, word)));
            return Set.copyOf(terms);
        }
    }
}
