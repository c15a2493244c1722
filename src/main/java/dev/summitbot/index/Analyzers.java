package dev.summitbot.index;

import dev.summitbot.question.AnswerTypes;
import dev.summitbot.question.QuestionWords;
import dev.summitbot.text.Designations;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one analysis chain of SummitBot: standard tokens, possessives dropped, lower case, accents
 * folded, English stop words and {@link QuestionWords#IGNORED} removed, Porter stems. Queries run through the same
 * chain with the knowledge's synonyms applied to the stems, before the stop words go ({@link StopWordsFilter}),
 * so that a rule matches its words in any form and a rule's stop word ("call for") still counts; documents
 * are indexed without them (query-time synonyms need no re-index when only the synonyms change).
 */
public final class Analyzers {

    /**
     * Words whose Porter stem is another word's, with a stem of their own: "used" is no "US" (the
     * country, which the synonyms expand to "United States"), "news" no "new", "positive" no
     * "position", and "one" no "on", a stop word.
     */
    private static final StemmerOverrideFilter.StemmerOverrideMap STEM_OVERRIDES = stemOverrides(Map.of(
            "use", List.of("use", "uses", "used", "using"),
            "news", List.of("news"),
            "positive", List.of("positive", "positively"),
            "one", List.of("one", "ones")));

    /** Lucene's English stop words plus the words every question is made of ({@link QuestionWords#IGNORED}). */
    public static final CharArraySet STOP_WORDS = stopWords();

    /** True for a word the analysis drops as a stop word ("the", "they", "it"), in any case. */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Pattern SYNONYM_LINE = Pattern.compile("line (\\d+)");
    private static final Analyzer TOPIC = indexing();
    /** The light words and the words naming a kind of answer, analysed: not part of a question's topic. */
    private static final Set<String> NOT_TOPIC = notTopic();

    private Analyzers() {}

    /** The chain used to index documents. */
    public static Analyzer indexing() {
        return chain(null);
    }

    /** The chain used for questions, with query-time synonyms (an empty map adds nothing). */
    public static Analyzer querying(SynonymMap synonyms) {
        return chain(synonyms.fst == null ? null : synonyms);
    }

    /**
     * Parses Solr-format synonyms with the same tokens, case and folding the queries see.
     *
     * @throws SynonymException naming the line Lucene rejected
     */
    public static SynonymMap parseSynonyms(String text) throws SynonymException {
        try (Analyzer plain = chainBeforeStopWords(); Analyzer stemming = stemming()) {
            // Read as written first, for the file's own mistakes (a line with two mappings, a rule of stop words) …
            new SolrSynonymParser(true, true, plain).parse(new StringReader(text));
            refuseStopWords(text, plain);
            // … then as the questions are read, stemmed, so that a rule's words match them in any form.
            SolrSynonymParser parser = new SolrSynonymParser(true, true, stemming);
            parser.parse(new StringReader(text));
            return parser.build();
        } catch (ParseException e) {
            Matcher m = SYNONYM_LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw new SynonymException(line, "invalid synonym rule: " + cause);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A term made only of question or stop words ("what", "the") is refused: synonyms are applied
     * before stop words are dropped, so every question holding the word would also ask about the
     * rule's other terms ("what, summit, alaska" answers "What is the weather in Paris?" with Alaska).
     */
    private static void refuseStopWords(String text, Analyzer plain) throws SynonymException {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            for (String term : line.split("=>|(?<!\\\\),")) {
                List<String> words = terms(plain, term);
                if (!words.isEmpty() && words.stream().allMatch(STOP_WORDS::contains)) {
                    throw new SynonymException(i + 1, "`" + term.strip() + "` is a question or stop word: every question"
                            + " holding it would also ask about the rule's other terms; remove it from the rule");
                }
            }
        }
    }

    /** Analyzes text into its terms, in order (for tests and tools; the search path reads streams itself). */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The words of a question that say what it is about: the indexing chain's terms (lower case, stop and
     * {@link QuestionWords#IGNORED} words dropped, stemmed) less {@link QuestionWords#LIGHT} words and the
     * words that name the kind of answer asked for ({@link AnswerTypes#typeWords}: "date", "place", …), in order.
     * The synonyms are not applied, so the words stay the asker's own.
     */
    public static List<String> topicTerms(String text) {
        return terms(TOPIC, text).stream().filter(t -> !NOT_TOPIC.contains(t)).toList();
    }

    /** The indexing chain's terms of {@code text}: its words less stop and question words, stemmed, light words kept. */
    public static List<String> words(String text) {
        return terms(TOPIC, text);
    }

    private static Set<String> notTopic() {
        Set<String> words = new HashSet<>();
        for (String word : QuestionWords.LIGHT) {
            words.addAll(terms(TOPIC, word));
        }
        for (String word : AnswerTypes.typeWords()) {
            words.addAll(terms(TOPIC, word));
        }
        return Set.copyOf(words);
    }

    /** A synonyms file line Lucene could not parse. */
    public static final class SynonymException extends Exception {
        private final int line;

        SynonymException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static Analyzer chain(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = stemmed(source);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, new StopWordsFilter(stream, STOP_WORDS));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return designations(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Standard tokens, then {@code filters}: the chains the synonyms file is read with. */
    private static Analyzer tokens(Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return designations(reader);
            }
        };
    }

    /** The words as written, before stop words and stems: what the synonyms file's own checks read. */
    private static Analyzer chainBeforeStopWords() {
        return tokens(Analyzers::early);
    }

    /**
     * Tokens stemmed ("grabbing" → "grab", which the synonyms then find), stop words kept as they are
     * — a rule may hold one ("call for", "around the corner") — for the stop filter after the synonyms.
     */
    private static TokenStream stemmed(Tokenizer source) {
        return new PorterStemFilter(new StemmerOverrideFilter(new SetKeywordMarkerFilter(early(source), STOP_WORDS), STEM_OVERRIDES));
    }


    private static StemmerOverrideFilter.StemmerOverrideMap stemOverrides(Map<String, List<String>> stems) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        stems.forEach((stem, words) -> words.forEach(word -> builder.add(word, stem)));
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chain the synonyms file is read with: that of the questions before the stop filter. */
    private static Analyzer stemming() {
        return tokens(Analyzers::stemmed);
    }

    /** "B-2" and "b2s" read alike ({@link Designations}), in the knowledge, the questions and the synonyms. */
    private static Reader designations(Reader reader) {
        return new PatternReplaceCharFilter(Designations.PATTERN, Designations.REPLACEMENT, reader);
    }

    private static TokenStream early(Tokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(QuestionWords.IGNORED);
        return CharArraySet.unmodifiableSet(set);
    }
}
