package dev.summitbot.search;

import dev.summitbot.index.Analyzers;
import dev.summitbot.index.Fields;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.question.AnswerTypes;
import dev.summitbot.question.EnglishWords;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * A question with its misspelled English words respelled ("whats his titel" → "title", "which
 * netwrok" → "network", "what problms are there" → "problems") and the names it misspells written as
 * the knowledge writes them ("what did rubbio say" → "rubio"), so that the kind of answer it asks for,
 * the words it is about and the person it names are read as meant. A word the knowledge uses stays:
 * "putin" is Putin even where it is one letter from "puting".
 */
final class QuestionSpelling {

    /** A run of letters: "witkoff's" is "witkoff" and "s", "u.s." is "u" and "s" (both too short to respell). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Shorter words are left alone, as the retriever's own correction leaves them. */
    private static final int MIN_LENGTH = 4;

    private final KnowledgeIndex index;
    private final Analyzer analyzer = Analyzers.indexing();
    private final SpellingCorrector spelling;
    private final EnglishWords english = EnglishWords.get();

    QuestionSpelling(KnowledgeIndex index, SpellingCorrector spelling) {
        this.index = index;
        this.spelling = spelling;
    }

    /** The question with its misspelled names and English words respelled; the question itself when none is. */
    Question respelled(Question question) throws IOException {
        TermLookup lookup = new TermLookup(index.reader());
        Matcher word = WORD.matcher(question.text());
        StringBuilder text = new StringBuilder();
        boolean changed = false;
        while (word.find()) {
            Optional<String> respelled = respelled(word.group().toLowerCase(Locale.ROOT), lookup);
            changed |= respelled.isPresent();
            word.appendReplacement(text, Matcher.quoteReplacement(respelled.orElse(word.group())));
        }
        if (!changed) {
            return question;
        }
        word.appendTail(text);
        String spelled = text.toString();
        // a reading the question made of its own words is made again; one a follow-up took from the question before stays
        AnswerTypes.Reading reading = question.expects().equals(AnswerTypes.read(question.text())) ? AnswerTypes.read(spelled) : question.expects();
        return new Question(question.asked(), spelled, reading, question.context(), question.answeredBefore());
    }

    /**
     * The knowledge's own name for a name typed one slip away ("rubbio" → "rubio"), so that the type
     * checks find the person asked about; else the English word typed one slip away; else nothing.
     */
    private Optional<String> respelled(String typed, TermLookup lookup) throws IOException {
        if (typed.length() < MIN_LENGTH || english.isPlain(typed)) {
            return Optional.empty();
        }
        List<String> terms = Analyzers.terms(analyzer, typed);
        if (terms.size() != 1 || lookup.docFreq(Fields.TEXT, terms.get(0)) > 0 || lookup.docFreq(Fields.CONTEXT, terms.get(0)) > 0) {
            return Optional.empty(); // the knowledge's word, or no one word
        }
        Optional<String> known = spelling.correct(terms.get(0), index.reader());
        if (known.isPresent()) {
            String name = known.get();
            if (!isName(name)) {
                // a word's index term is its stem ("emissari"): the English word a slip away that the knowledge uses, so its
                // synonyms are read with it ("emisary" is an envoy); else the English word most used; else the retriever corrects it
                return english.oneSlipFrom(typed).stream().filter(w -> Analyzers.terms(analyzer, w).equals(List.of(name))).findFirst()
                        .or(() -> english.respelled(typed)); // "agremeent": "agreement", though the index found "agre" first
            }
            // "witkofs job": the possessive stays
            return Optional.of(typed.endsWith("s") && !name.endsWith("s") ? name + "'s" : name);
        }
        return english.respelled(typed);
    }

    /**
     * True when an index term is a name as written: no English word, and no stem of one, which
     * stemming cuts short ("articl" of "article") or ends in i ("territori" of "territory").
     */
    private boolean isName(String term) {
        boolean stemOfY = term.endsWith("i") && english.isPlain(term.substring(0, term.length() - 1) + "y");
        return !english.isPlain(term) && !english.isPlain(term + "e") && !stemOfY && Analyzers.terms(analyzer, term).equals(List.of(term));
    }
}
