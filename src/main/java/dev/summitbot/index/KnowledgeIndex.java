package dev.summitbot.index;

import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.KnowledgeProblem;
import dev.summitbot.knowledge.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The Lucene index of one loaded knowledge set, in memory, with the one searcher and the query
 * analyzer that all questions on this knowledge share. Built whole before use; never modified.
 */
public final class KnowledgeIndex implements Closeable {

    /** BM25 term-frequency saturation: Lucene's and the literature's default. */
    public static final float BM25_K1 = 1.2f;
    /** BM25 length normalisation: the default; sentences vary enough in length for it to matter. */
    public static final float BM25_B = 0.75f;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final int passages;
    private final int facts;
    private final Map<String, List<Set<String>>> factEnds;
    /** Each document's id by doc id, so that hits need no stored-field decompression. */
    private final String[] ids;

    private KnowledgeIndex(Directory directory, DirectoryReader reader, Analyzer queryAnalyzer, int passages, int facts,
            Map<String, List<Set<String>>> factEnds) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(similarity());
        this.queryAnalyzer = queryAnalyzer;
        this.passages = passages;
        this.facts = facts;
        this.factEnds = factEnds;
        this.ids = ids(reader);
    }

    /** Every document's id by doc id, from the id doc values: one sequential pass, no stored-field decompression. */
    private static String[] ids(DirectoryReader reader) throws IOException {
        String[] ids = new String[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = DocValues.getSorted(leaf.reader(), Fields.ID);
            String[] byOrd = new String[values.getValueCount()];
            TermsEnum terms = values.termsEnum();
            for (int ord = 0; terms.next() != null; ord++) {
                byOrd[ord] = terms.term().utf8ToString();
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                ids[leaf.docBase + doc] = byOrd[values.ordValue()];
            }
        }
        return ids;
    }

    public static Similarity similarity() {
        return new BM25Similarity(BM25_K1, BM25_B);
    }

    /**
     * Indexes every passage and fact of the knowledge.
     *
     * @throws KnowledgeException when the synonyms cannot be parsed by Lucene
     */
    public static KnowledgeIndex build(Knowledge knowledge) throws KnowledgeException {
        Analyzer queryAnalyzer;
        try {
            queryAnalyzer = Analyzers.querying(Analyzers.parseSynonyms(knowledge.synonyms()));
        } catch (Analyzers.SynonymException e) {
            throw new KnowledgeException(List.of(KnowledgeProblem.of("synonyms.txt", e.line(), e.getMessage())));
        }
        // Each file as one buffer: every term lookup clones its input, and a clone of a many-buffer
        // file copies arrays as long as its buffer list (most of the allocation per question).
        Directory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        DocumentMapper mapper = new DocumentMapper(knowledge.sources(), knowledge.passages());
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.indexing())
                .setSimilarity(similarity())
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        Map<String, List<Set<String>>> ends = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Passage passage : knowledge.passages()) {
                writer.addDocument(mapper.passage(passage));
            }
            for (Fact fact : knowledge.facts()) {
                writer.addDocument(mapper.fact(fact));
                ends.put(fact.id(), List.of(Set.copyOf(Analyzers.terms(config.getAnalyzer(), fact.subject())),
                        Set.copyOf(Analyzers.terms(config.getAnalyzer(), fact.object()))));
            }
        } catch (IOException e) {
            queryAnalyzer.close();
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            return new KnowledgeIndex(directory, reader, queryAnalyzer, knowledge.passages().size(), knowledge.facts().size(),
                    Map.copyOf(ends));
        } catch (IOException e) {
            queryAnalyzer.close();
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    /** The {@link Fields#ID} of a document of {@link #reader()}: a passage id or a fact's {@link DocKind#factDocId}. */
    public String docId(int doc) {
        return ids[doc];
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public DirectoryReader reader() {
        return reader;
    }

    /** The index terms of a fact's subject and of its object (empty for an unknown id). */
    public List<Set<String>> factEnds(String factId) {
        return factEnds.getOrDefault(factId, List.of());
    }

    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    public IndexStats stats() {
        long bytes = 0;
        try {
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
        } catch (IOException e) {
            bytes = -1;
        }
        return new IndexStats(reader.numDocs(), passages, facts, bytes);
    }

    @Override
    public void close() throws IOException {
        try (directory; queryAnalyzer) {
            reader.close();
        }
    }
}
