package dev.summitbot.index;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Passage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** The one place where the knowledge model becomes Lucene documents. */
final class DocumentMapper {

    Document passage(Passage passage) {
        return document(passage.id(), passage.sourceId(), passage.text(), passage.context());
    }

    Document fact(Fact fact) {
        String text = fact.subject() + " " + fact.relation() + " " + fact.object();
        return document(DocKind.factDocId(fact.id()), fact.source(), text, fact.quote());
    }

    /** A document's kind is read from its id ({@link DocKind#ofDocId}), so it is not stored apart. */
    private static Document document(String id, String source, String text, String context) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
        doc.add(new StringField(Fields.SOURCE, source, Field.Store.NO));
        doc.add(new TextField(Fields.TEXT, text, Field.Store.NO));
        doc.add(new TextField(Fields.CONTEXT, context, Field.Store.NO));
        return doc;
    }
}
