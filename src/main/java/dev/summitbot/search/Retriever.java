package dev.summitbot.search;

import dev.summitbot.index.Analyzers;
import dev.summitbot.index.DocKind;
import dev.summitbot.index.Fields;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.question.AnswerType;
import dev.summitbot.question.AnswerTypes;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.EnglishWords;
import dev.summitbot.question.Question;
import dev.summitbot.question.QuestionWords;
import dev.summitbot.question.SourceReferences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * BM25 retrieval over one {@link KnowledgeIndex}. Queries are built from analyzed terms, never
 * parsed, so no question text can be a syntax error. Each hit also gets its coverage: the
 * idf-weighted share of the question's concepts it contains, which the answer layer calibrates
 * into a confidence.
 */
public final class Retriever {

    /** How much a word found only in a passage's neighbouring sentences (or a fact's quote) counts. */
    static final float CONTEXT_WEIGHT = 0.6f;
    /**
     * How much of a concept the lines of a paragraph of notes around a statement hold ({@code Fields.AROUND}): a quarter of
     * its neighbours' weight, for coverage only (the search does not look there). "Putin said he agreed that Ukraine's
     * security should be ensured" was said at the press conference three lines before; a line further off may be about
     * something else, so it weighs little.
     */
    static final float AROUND_WEIGHT = CONTEXT_WEIGHT / 4;
    /**
     * Unknown words of a question that spelling correction is tried on: each try costs a fuzzy walk of
     * the index, so a question of 90 unknown long words took 50 ms against 0.2 ms for a normal one.
     * Later unknown words stay unknown.
     */
    static final int MAX_CORRECTIONS = 4;

    /**
     * How much a word WordNet relates to the question's word counts, against the word itself: a
     * paraphrase ("accept" for "agreed") is likely the same thing, not surely.
     */
    static final float RELATED_MATCH = 0.75f;

    /** Related words kept per question word, in WordNet's order (commonest senses first). */
    static final int MAX_RELATED = 8;

    private static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));

    /** What a plain English word the knowledge never uses weighs, against the question's average content word. */
    static final double PLAIN_WEIGHT = 1.0;

    /** What a word of the question a follow-up leans on weighs, against the follow-up's own words. */
    static final double CARRIED_WEIGHT = 0.5;

    private final KnowledgeIndex index;
    private final EnglishWords english = EnglishWords.get();
    private final ConceptReader concepts = new ConceptReader();
    private final Analyzer plainAnalyzer = Analyzers.indexing();
    /** {@link AnswerTypes#LASTING} as index terms. */
    private final List<String> lastingTerms = Analyzers.terms(plainAnalyzer, AnswerTypes.LASTING);
    private final SpellingCorrector spelling = new SpellingCorrector();
    private final QuestionSpelling questionSpelling;

    public Retriever(KnowledgeIndex index) {
        this.index = index;
        this.questionSpelling = new QuestionSpelling(index, spelling);
    }

    /** The question with the names and English words it misspells respelled ({@link QuestionSpelling}), before it is retrieved and judged. */
    public Question respelled(Question question) {
        try {
            return questionSpelling.respelled(question);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best {@code maxHits} documents, by coverage, then BM25 score, then id. */
    public Retrieval retrieve(Question question, int maxHits) {
        try {
            TermLookup lookup = new TermLookup(index.reader());
            // in a yes/no question an unknown word is what is asked, and in "what about macron?" the name of whom it is asked
            Predicate<Set<String>> unknownAsked = question.expects().type() == AnswerType.YES_NO ? written -> true
                    : question.context().isEmpty() ? written -> false : Conversation.someoneNamed(question.text())::containsAll;
            Set<String> typeTerms = typeTerms(question.expects());
            if (question.asksForParticulars()) {
                // "did he name the sticking points": the verb asks for them, like "specify", and is no topic
                typeTerms = new HashSet<>(typeTerms);
                typeTerms.addAll(Analyzers.terms(plainAnalyzer, Question.PARTICULARS_VERB));
            }
            // "like what?" after a question has no words of its own to search: the question before says what it is about
            boolean onlyMore = question.asksForMore() && !question.context().isEmpty();
            boolean choices = offersChoices(question);
            List<Concept> concepts = onlyMore ? List.of() : weigh(this.concepts.read(index.queryAnalyzer(),
                    SourceReferences.removedFrom(question.text()), choices), lookup, unknownAsked, typeTerms,
                    kindModifier(question.expects(), question.text()), question.expects().focus(), choices);
            // a follow-up's own words, without the topic it carries: what it asks now
            List<Concept> own = concepts;
            if (!question.context().isEmpty()) {
                // The question before is read as a topic: the words that asked for its kind of answer are none.
                AnswerTypes.Reading before = AnswerTypes.read(question.context());
                Set<String> carriedTypeTerms = typeTerms(before);
                if (question.expects().type() == AnswerType.DURATION) {
                    // "how long's it been going" after "is the fighting still going on": a length answers that it goes on
                    carriedTypeTerms = new HashSet<>(carriedTypeTerms);
                    carriedTypeTerms.addAll(lastingTerms);
                }
                String carried = SourceReferences.removedFrom(Conversation.searched(question.context(), question.text()));
                concepts = withContext(concepts, weigh(this.concepts.read(index.queryAnalyzer(), carried, false), lookup, written -> false,
                        carriedTypeTerms, kindModifier(before, question.context()), before.focus(), false));
            }
            if (question.expects().type() == AnswerType.ROLE) {
                concepts = withTitles(concepts, lookup);
            }
            if (question.asksForParticulars()) {
                concepts = withParticulars(concepts, lookup);
            }
            if (concepts.stream().noneMatch(Concept::known)) {
                return new Retrieval(List.of(), concepts, own);
            }
            IndexSearcher searcher = index.searcher();
            TopDocs top = searcher.search(query(concepts), Math.max(1, maxHits), BY_SCORE_THEN_ID, true);
            Coverage coverage = new Coverage(lookup, concepts, top.scoreDocs);
            // a follow-up's hits measured by its own words alone too, when they have a topic ("what did he agree to": agreeing)
            boolean carries = own.size() < concepts.size() && own.stream().anyMatch(c -> c.known() && !c.light());
            Coverage ownCoverage = carries ? new Coverage(lookup, own, top.scoreDocs) : coverage;
            Set<String> asked = new HashSet<>();
            concepts.forEach(c -> asked.addAll(c.terms()));
            int n = top.scoreDocs.length;
            String[] ids = new String[n];
            double[] focus = new double[n];
            for (int i = 0; i < n; i++) {
                ids[i] = index.docId(top.scoreDocs[i].doc);
                focus[i] = DocKind.ofDocId(ids[i]) == DocKind.FACT ? focus(ends(DocKind.factId(ids[i]), question), asked) : 0;
            }
            int[] spread = coverage.spread(tied(coverage, focus));
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean fact = DocKind.ofDocId(ids[i]) == DocKind.FACT;
                hits.add(new Hit(fact ? DocKind.factId(ids[i]) : ids[i], fact ? DocKind.FACT : DocKind.PASSAGE, top.scoreDocs[i].score,
                        coverage.of(i), ownCoverage.of(i), focus[i], spread[i], coverage.missing(i)));
            }
            hits.sort(Comparator.comparingDouble(Hit::coverage).reversed()
                    .thenComparing(Comparator.comparingDouble(Hit::focus).reversed())
                    .thenComparing(Comparator.comparingInt(Hit::spread))
                    .thenComparing(Comparator.comparingDouble(Hit::score).reversed())
                    .thenComparing(Hit::id));
            return new Retrieval(hits, concepts, own);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    /** The hits that cover the question and its focus exactly as much as another: those whose spread decides their order. */
    private static boolean[] tied(Coverage coverage, double[] focus) {
        boolean[] tied = new boolean[focus.length];
        for (int i = 0; i < focus.length; i++) {
            for (int j = i + 1; j < focus.length; j++) {
                if (coverage.of(i) == coverage.of(j) && focus[i] == focus[j]) {
                    tied[i] = true;
                    tied[j] = true;
                }
            }
        }
        return tied;
    }

    /** The word just before the focus of "what tv show …", "which news network …", as written; null when there is none. */
    private static String kindModifier(AnswerTypes.Reading reading, String text) {
        String focus = reading.focus();
        if (focus == null) {
            return null;
        }
        Matcher m = Pattern.compile("([\\p{L}\\p{N}]+)\\s+" + Pattern.quote(focus) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The index terms of the words that asked for the kind of answer ({@code Reading.typeWord}). */
    private Set<String> typeTerms(AnswerTypes.Reading reading) {
        return reading.typeWord().map(w -> Set.copyOf(Analyzers.terms(plainAnalyzer, w))).orElse(Set.of());
    }

    /** True when every word of the concept, as written, is plain English (and not capitalised inside the question). */
    private boolean plainlyWritten(ConceptReader.RawConcept c) {
        return plainWords(c.written());
    }

    /** True when the concept stands for words a synonym rule replaced, each plain English as written ("hosted"). */
    private boolean plainlyReplaced(ConceptReader.RawConcept c) {
        return plainWords(c.replaced());
    }

    private boolean plainWords(Set<String> words) {
        return !words.isEmpty() && words.stream().map(Retriever::withoutPossessive)
                .allMatch(w -> !w.startsWith(ConceptReader.NAMED) && english.isPlain(w) && !english.isPlace(w));
    }

    /** "chief's" is the word "chief": a possessive is no part of the word the dictionary knows. */
    private static String withoutPossessive(String written) {
        return written.replaceFirst("['’]s?$", "");
    }

    /**
     * For a question for a person's role, the words of a title ("president", "envoy", "aide"), searched
     * at weight 0: they count for nothing in coverage, but among the many statements that name a
     * person ("Putin") they bring those naming a title too into the hits looked at.
     */
    private List<Concept> withTitles(List<Concept> concepts, TermLookup lookup) throws IOException {
        List<List<String>> titles = AnswerTypes.roleTitles().stream().map(t -> Analyzers.terms(plainAnalyzer, t))
                .filter(terms -> !terms.isEmpty()).distinct().toList();
        // "is witkof an ambassador": a title the knowledge never gives asks what his office is, which the titles it gives answer
        List<Concept> all = new ArrayList<>(concepts.stream().filter(c -> c.known() || !titles.contains(c.terms())).toList());
        all.add(new Concept(titles, 0, maxDocFreq(lookup, titles) > 0, true, false, null, List.of()));
        return all;
    }

    /**
     * For a question for particulars ("which ones?"), the word a statement says they were not given
     * with ({@link Question#PARTICULARS_WORD}), weighed as a word of the question: "Rubio did not
     * specify the potential areas of agreement" answers "which ones?" after them. Nothing when the
     * knowledge never uses the word.
     */
    private List<Concept> withParticulars(List<Concept> concepts, TermLookup lookup) throws IOException {
        List<List<String>> specify = List.of(Analyzers.terms(plainAnalyzer, Question.PARTICULARS_WORD));
        int docFreq = maxDocFreq(lookup, specify);
        if (docFreq == 0 || concepts.stream().anyMatch(c -> c.terms().containsAll(specify.get(0)))) {
            return concepts;
        }
        List<Concept> all = new ArrayList<>(concepts);
        all.add(new Concept(specify, idf(docFreq, Math.max(1, index.reader().numDocs())), true, false, false, null, List.of()));
        return all;
    }

    /**
     * A follow-up's own concepts, then those of the question it follows that it does not repeat, at
     * {@link #CARRIED_WEIGHT}: the topic carries over, what is asked now decides. A carried word the
     * knowledge never uses is left behind: no statement covers it, so it would only lower every
     * coverage ("network" of "what network did rubio's interview air on" under "and what did he say abt
     * consequences"); the question before was already judged on it.
     */
    private static List<Concept> withContext(List<Concept> own, List<Concept> carried) {
        List<Concept> all = new ArrayList<>(own);
        Set<List<String>> seen = new HashSet<>();
        own.forEach(c -> seen.add(c.terms()));
        for (Concept c : carried) {
            if (seen.add(c.terms()) && c.known()) {
                all.add(c.weighing(c.weight() * CARRIED_WEIGHT));
            }
        }
        return all;
    }

    /** A question word inside a question, before "or": "did rubio say which areas they agree or disagree on". */
    private static final String QUESTION_WORDS = "which|what|who|whom|whose|where|when|why|how";
    private static final Pattern ASKS_WHICH_BEFORE_OR = Pattern.compile("(?i)^\\S+\\b.*\\b(?:" + QUESTION_WORDS + ")\\b.*\\bor\\b");

    /**
     * True when "or" in the question offers a choice: in a yes/no question ("is zelenskyy the president or the pm") or
     * one for a role ("rubio's job, senator or secretary of state"). A question for something inside it asks for all
     * it names ("did rubio say which areas they agree or disagree on").
     */
    private static boolean offersChoices(Question question) {
        AnswerType type = question.expects().type();
        return (type == AnswerType.YES_NO || type == AnswerType.ROLE
                // "strong or weak one?", "big ones or minor": a follow-up that is only the choice
                || type == AnswerType.STATEMENT && !QUESTION_WORD.matcher(question.text()).find())
                && !ASKS_WHICH_BEFORE_OR.matcher(question.text()).find();
    }

    /** Any question word: a question without one that offers "a or b" asks which of the two. */
    private static final Pattern QUESTION_WORD = Pattern.compile("(?i)\\b(?:" + QUESTION_WORDS + ")\\b");

    /**
     * @param typeTerms index terms of the word that asked for the kind of answer ({@code Reading.typeWord}):
     *     left out, as topic words leave it out ({@code Analyzers.topicTerms}). Even as a light word a rare
     *     "role" outweighed a common "Putin", and "what is putin's role" covered too little to be answered.
     * @param offersChoices whether "or" offers a choice, as it does in a yes/no question ("is zelenskyy the president or
     *     the pm"); in a question for something ("which areas do they agree or disagree on") it asks for both
     * @param focus the X of "what car", "which planes", as written, or null: found through the kinds of it too
     */
    private List<Concept> weigh(List<ConceptReader.RawConcept> raw, TermLookup lookup, Predicate<Set<String>> unknownAsked, Set<String> typeTerms,
            String kindModifier, String focus, boolean offersChoices) throws IOException {
        IndexReader reader = index.reader();
        int docs = Math.max(1, reader.numDocs());
        List<Concept> concepts = new ArrayList<>();
        int corrections = 0;
        // whether the concept before was kept: "or" offers a choice between two kept concepts
        boolean previousKept = false;
        for (ConceptReader.RawConcept c : raw) {
            boolean choice = offersChoices && c.orBefore() && previousKept;
            previousKept = false;
            // a phrase the synonyms replaced ("still going on") has no terms as asked: its alternatives say what it is
            boolean phraseOfTypeTerms = c.asked().isEmpty() && !c.alternatives().isEmpty()
                    && c.alternatives().stream().allMatch(typeTerms::containsAll);
            if (c.asked().stream().anyMatch(typeTerms::contains) || phraseOfTypeTerms) {
                continue;
            }
            List<List<String>> alternatives = c.alternatives();
            boolean light = ConceptReader.light(c.asked(), c.alternatives());
            String correctedFrom = null;
            int docFreq = maxDocFreq(lookup, alternatives);
            // A correctly spelled English word is no typo: only other unknown words are corrected.
            if (docFreq == 0 && c.terms().size() == 1 && !light && corrections < MAX_CORRECTIONS && !plainlyWritten(c)) {
                corrections++;
                Optional<String> correction = spelling.correct(c.terms().get(0), reader);
                if (correction.isPresent()) {
                    correctedFrom = c.terms().get(0);
                    alternatives = List.of(List.of(correction.get()));
                    docFreq = maxDocFreq(lookup, alternatives);
                }
            }
            // "did putin lay flowers" is told as "Putin laid flowers": an irregular verb's other forms are the same word, a light
            // verb's too ("how long would the talks go": "how the discussion went"); "who talked longer" is told as "twice as
            // long": a comparative is its quality too, and so is an adverb of manner ("taking the talks seriously": "serious")
            if (c.written().size() == 1 && plainlyWritten(c) && correctedFrom == null) {
                alternatives = withOtherForms(alternatives, c.written().iterator().next(), lookup);
                docFreq = maxDocFreq(lookup, alternatives);
            }
            // "tv" of "what tv show": a word the knowledge never uses that only says what kind of thing is asked for is
            // no topic the answer must share (the answer says "This Week", not "TV")
            if (docFreq == 0 && kindModifier != null && c.written().equals(Set.of(kindModifier)) && plainlyWritten(c)) {
                continue;
            }
            // A plain English word is found through the words WordNet relates to it too: the knowledge may
            // use the word elsewhere and say it differently here ("the name of the deal" for "the agreement, referred to as").
            List<String> related = c.written().size() == 1 && !light && plainlyWritten(c) && correctedFrom == null
                    ? related(withoutPossessive(c.written().iterator().next()), docFreq == 0 || focus != null && c.written().contains(focus), lookup)
                            .stream().filter(t -> !c.terms().contains(t)).toList()
                    : List.of();
            // In a yes/no question the unknown word is most likely what is asked ("did Witkoff visit Kyiv?"), and so it is in a
            // follow-up asking the same of another ("what about macron?": a name that is a word too), unless it names a quality
            // or a manner ("is zelensky happy", "fully satisfied"), which the sources word many ways.
            boolean asked = unknownAsked.test(c.written()) && !c.written().stream().allMatch(english::isQuality);
            if (!related.isEmpty()) {
                // One the knowledge never uses weighs as plain, unless it is what is asked: fully.
                add(concepts, new Concept(alternatives, idf(docFreq, docs), true, false, docFreq == 0 && !asked, correctedFrom, related), choice);
                previousKept = true;
                continue;
            }
            // A plain English word the knowledge never uses is most likely a paraphrase ("counterpart",
            // "hosted"), and so is one a synonym rule replaced by others it never uses either; a name it never
            // uses ("Lavrov", "China") is a topic it does not cover, and weighs fully, as does a phrase of plain
            // words the synonyms name as one ("truth social").
            boolean plain = docFreq == 0 && !light && !asked
                    && (c.written().size() == 1 && plainlyWritten(c) || c.written().isEmpty() && plainlyReplaced(c));
            double weight = idf(docFreq, docs) * (light ? QuestionWords.LIGHT_WEIGHT : 1.0);
            add(concepts, new Concept(alternatives, weight, docFreq > 0, light || plain, plain, correctedFrom, List.of()), choice);
            previousKept = true;
        }
        return reweighUnknownLightWords(yearsLightAlone(concepts));
    }

    /**
     * Adds a concept, or, when the question offers it as a choice to the one before ("is zelenskyy the
     * president or the pm", "russia or ukraine"), joins the two: evidence that says either answers the choice.
     */
    private static void add(List<Concept> concepts, Concept next, boolean choice) {
        // the choice before "or" is its last word that is not a light word: "a standalone thing or …" offers "standalone";
        // plain English the sources never use is a choice ("weak or strong")
        int before = concepts.size() - 1;
        while (before >= 0 && lightWord(concepts.get(before))) {
            before--;
        }
        if (!choice || before < 0 || lightWord(next)) {
            concepts.add(next);
            return;
        }
        concepts.set(before, concepts.get(before).or(next));
    }

    /** A light word ("thing", "part"), not plain English the sources never use, which also weighs lightly. */
    private static boolean lightWord(Concept concept) {
        return concept.light() && !concept.plain();
    }

    /** A year weighs fully beside a topic ("where was that 2021 meeting held"); a question of numbers alone covers nothing. */
    private static List<Concept> yearsLightAlone(List<Concept> concepts) {
        if (concepts.stream().anyMatch(c -> !c.light() && !ConceptReader.year(c))) {
            return concepts;
        }
        return concepts.stream().map(c -> ConceptReader.year(c)
                ? new Concept(c.alternatives(), c.weight() * QuestionWords.LIGHT_WEIGHT, c.known(), true, c.plain(), c.correctedFrom(), c.related())
                : c).toList();
    }

    /**
     * A light word the knowledge never uses ("say" when every source says "stated") tells nothing
     * about the topic: it weighs {@link QuestionWords#LIGHT_WEIGHT} of the question's average
     * content word, not of the weight of an unknown name. A plain English word the knowledge never
     * uses weighs {@link #PLAIN_WEIGHT} of it, whether or not WordNet relates it to words the
     * knowledge uses: likely a paraphrase, but it may be what was asked.
     */
    private static List<Concept> reweighUnknownLightWords(List<Concept> concepts) {
        double content = concepts.stream().filter(c -> !c.light() && !c.plain()).mapToDouble(Concept::weight).average().orElse(0);
        return concepts.stream()
                .map(c -> c.plain() ? c.weighing(PLAIN_WEIGHT * content)
                        : c.light() && !c.known() ? c.weighing(QuestionWords.LIGHT_WEIGHT * content)
                        : c)
                .toList();
    }

    /**
     * The index terms of the lemmas WordNet relates to {@code word} that the knowledge uses,
     * at most {@link #MAX_RELATED}; light words ("say", "held") are left out, as they tell nothing. A word the
     * knowledge never uses, or the focus of "what car", is found through the kinds of it the knowledge names too ("car":
     * "limousine").
     */
    private List<String> related(String word, boolean unused, TermLookup lookup) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        Set<String> lemmas = english.related(word);
        if (unused) {
            lemmas = new LinkedHashSet<>(lemmas);
            lemmas.addAll(english.narrower(word));
        }
        for (String lemma : lemmas) {
            if (out.size() == MAX_RELATED) {
                break;
            }
            List<String> terms = Analyzers.terms(plainAnalyzer, lemma);
            if (terms.size() == 1 && !ConceptReader.LIGHT_TERMS.contains(terms.get(0)) && maxDocFreq(lookup, List.of(terms)) > 0) {
                out.add(terms.get(0));
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code alternatives} and the index terms of the other forms of {@code word} that the knowledge uses: an irregular
     * verb's forms, the quality a comparative compares, and the quality an adverb of manner says ("seriously": serious).
     */
    private List<List<String>> withOtherForms(List<List<String>> alternatives, String word, TermLookup lookup) throws IOException {
        List<List<String>> out = new ArrayList<>(alternatives);
        Set<String> forms = new LinkedHashSet<>(english.irregularForms(word));
        english.comparedQuality(word).ifPresent(forms::add);
        english.qualityOfManner(word).ifPresent(forms::add);
        for (String form : forms) {
            List<String> terms = Analyzers.terms(plainAnalyzer, form);
            if (terms.size() == 1 && !out.contains(terms) && maxDocFreq(lookup, List.of(terms)) > 0) {
                out.add(terms);
            }
        }
        return out.size() == alternatives.size() ? alternatives : List.copyOf(out);
    }

    /**
     * The ends of a fact the question may name: its subject and its object, or only its subject when
     * the question asks for a time, a place, a length or a number, which the object is the answer to
     * ("how long did the talks last": not "… less than the Alaska talks", the object of another summit's length).
     */
    private List<Set<String>> ends(String factId, Question question) {
        List<Set<String>> ends = index.factEnds(factId);
        return OBJECT_ANSWERS.contains(question.expects().type()) && !ends.isEmpty() ? ends.subList(0, 1) : ends;
    }

    /** Question types a fact's object answers, so that naming the object is no sign of the fact's topic. */
    private static final Set<AnswerType> OBJECT_ANSWERS = Set.of(AnswerType.TIME, AnswerType.PLACE, AnswerType.DURATION, AnswerType.NUMBER);

    /** How much of the fact's subject, or of its object, the question names: whichever is more. */
    private static double focus(List<Set<String>> ends, Set<String> asked) {
        double best = 0;
        for (Set<String> end : ends) {
            if (!end.isEmpty()) {
                best = Math.max(best, end.stream().filter(asked::contains).count() / (double) end.size());
            }
        }
        return best;
    }

    /**
     * The most documents any alternative occurs in, so the weight is that of the commonest spelling;
     * one of several words occurs in no more documents than its rarest word.
     */
    private static int maxDocFreq(TermLookup lookup, List<List<String>> alternatives) throws IOException {
        int max = 0;
        for (List<String> alternative : alternatives) {
            int rarest = Integer.MAX_VALUE;
            for (String t : alternative) {
                rarest = Math.min(rarest, Math.max(lookup.docFreq(Fields.TEXT, t), lookup.docFreq(Fields.CONTEXT, t)));
            }
            max = Math.max(max, alternative.isEmpty() ? 0 : rarest);
        }
        return max;
    }

    /** BM25's idf; a word unknown to the index weighs as much as the rarest known one, or more. */
    static double idf(int docFreq, int docCount) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    private static Query query(List<Concept> concepts) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Concept concept : concepts) {
            if (!concept.known() || concept.alternatives().isEmpty()) {
                continue;
            }
            Query either = new BooleanQuery.Builder()
                    .add(inField(Fields.TEXT, concept), Occur.SHOULD)
                    .add(new BoostQuery(inField(Fields.CONTEXT, concept), CONTEXT_WEIGHT), Occur.SHOULD)
                    .build();
            query.add(concept.light() ? new BoostQuery(either, (float) QuestionWords.LIGHT_WEIGHT) : either, Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The concept in one field: its one-word alternatives and related words as synonyms of each other,
     * or an alternative of several words, all of them required; the best of these scores.
     */
    private static Query inField(String field, Concept concept) {
        SynonymQuery.Builder words = new SynonymQuery.Builder(field);
        List<Query> either = new ArrayList<>();
        boolean single = false;
        for (List<String> alternative : concept.alternatives()) {
            if (alternative.size() == 1) {
                words.addTerm(new Term(field, alternative.get(0)));
                single = true;
            } else {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                alternative.forEach(t -> all.add(new TermQuery(new Term(field, t)), Occur.MUST));
                either.add(all.build());
            }
        }
        for (String term : concept.related()) {
            words.addTerm(new Term(field, term), RELATED_MATCH);
            single = true;
        }
        if (single) {
            either.add(words.build());
        }
        return either.size() == 1 ? either.get(0) : new DisjunctionMaxQuery(either, 0);
    }
}
