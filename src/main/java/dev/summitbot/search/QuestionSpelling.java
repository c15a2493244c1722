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
 * netwrok" → "network", "what problms are there" → "problems"), so that the kind of answer it asks
 * for and the words it is about are read as meant. Only a word the knowledge does not use, and that
 * is no typo of a word it does use, is respelled: "putin" stays Putin even where it is one letter from
 * "puting", and the retriever's own correction finds Putin in "putn".
 */
final class QuestionSpelling {

    /** A run of letters: "witkoff's" is "witkoff" and "s", "u.s." is "u" and "s" (both too short to respell). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final KnowledgeIndex index;
    private final Analyzer analyzer = Analyzers.indexing();
    private final SpellingCorrector spelling;
    private final EnglishWords english = EnglishWords.get();

    QuestionSpelling(KnowledgeIndex index, SpellingCorrector spelling) {
        this.index = index;
        this.spelling = spelling;
    }

    /** The question with its misspelled English words respelled; the question itself when none is. */
    Question respelled(Question question) throws IOException {
        Matcher word = WORD.matcher(question.text());
        StringBuilder text = new StringBuilder();
        boolean changed = false;
        while (word.find()) {
            Optional<String> respelled = respelled(word.group().toLowerCase(Locale.ROOT));
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

    private Optional<String> respelled(String typed) throws IOException {
        Optional<String> english = this.english.respelled(typed);
        if (english.isEmpty()) {
            return english;
        }
        List<String> terms = Analyzers.terms(analyzer, typed);
        TermLookup lookup = new TermLookup(index.reader());
        for (String term : terms) {
            if (lookup.docFreq(Fields.TEXT, term) > 0 || lookup.docFreq(Fields.CONTEXT, term) > 0
                    || spelling.correct(term, index.reader()).isPresent()) {
                return Optional.empty(); // the knowledge's word, or a typo of one
            }
        }
        return english;
    }
}
