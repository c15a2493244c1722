package dev.summitbot.index;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Passage;
import dev.summitbot.knowledge.Source;
import dev.summitbot.question.EnglishWords;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The one place where the knowledge model becomes Lucene documents. A statement's context holds what is next to it
 * (its neighbours, or a fact's quote) and the name of the publisher its source reports, so that "per lenta" and
 * "what did novyny say" find what notes on that publisher's report say without naming it; in notes, the lines
 * of its paragraph are around it ({@link Fields#AROUND}).
 */
final class DocumentMapper {

    /** Each source's publisher, by source id, as the words that name it ({@link #naming}). */
    private final Map<String, String> publishers;

    /** The passages of notes that have lines around them, by source id: where a fact's quote is found. */
    private final Map<String, List<Passage>> withLinesAround;

    DocumentMapper(List<Source> sources, List<Passage> passages) {
        this.withLinesAround = passages.stream().filter(p -> !p.around().isEmpty()).collect(Collectors.groupingBy(Passage::sourceId));
        this.publishers = sources.stream().collect(Collectors.toMap(Source::id, s -> s.publisher().map(DocumentMapper::naming).orElse(""),
                (a, b) -> a));
    }

    Document passage(Passage passage) {
        return document(passage.id(), passage.sourceId(), passage.text(), passage.context() + " " + publisher(passage.sourceId()),
                passage.around());
    }

    Document fact(Fact fact) {
        String text = fact.subject() + " " + fact.relation() + " " + fact.object();
        return document(DocKind.factDocId(fact.id()), fact.source(), text, fact.quote() + " " + publisher(fact.source()), around(fact));
    }

    /** The lines around the passage the fact quotes (or a part of), in notes; empty elsewhere. */
    private String around(Fact fact) {
        return withLinesAround.getOrDefault(fact.source(), List.of()).stream()
                .filter(p -> fact.quote().contains(p.text()) || p.text().contains(fact.quote()))
                .findFirst().map(Passage::around).orElse("");
    }

    private String publisher(String sourceId) {
        return publishers.getOrDefault(sourceId, "");
    }

    /**
     * The words of a publisher's name that name it: "Lenta.ru" and "Novyny.LIVE" are named by "lenta" and "novyny"; plain words
     * and places ("The Nightly", "People's Daily Online", "Interfax-Ukraine") and what is said in brackets ("CNN (transcript of
     * CNN News Central)") would make every statement of the source about them.
     */
    static String naming(String publisher) {
        EnglishWords english = EnglishWords.get();
        return Arrays.stream(publisher.replaceAll("\\(.*?\\)", " ").replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !english.isPlain(w.toLowerCase(Locale.ROOT)) && !english.isPlace(w)
                        && !Analyzers.words(w).isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** A document's kind is read from its id ({@link DocKind#ofDocId}), so it is not stored apart. */
    private static Document document(String id, String source, String text, String context, String around) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
        doc.add(new StringField(Fields.SOURCE, source, Field.Store.NO));
        doc.add(new TextField(Fields.TEXT, text, Field.Store.NO));
        doc.add(new TextField(Fields.CONTEXT, context, Field.Store.NO));
        doc.add(new TextField(Fields.AROUND, around, Field.Store.NO));
        return doc;
    }
}
