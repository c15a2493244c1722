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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

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
    private final Map<String, Set<String>> factSubjects;

    private KnowledgeIndex(Directory directory, DirectoryReader reader, Analyzer queryAnalyzer, int passages, int facts,
            Map<String, Set<String>> factSubjects) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(similarity());
        this.queryAnalyzer = queryAnalyzer;
        this.passages = passages;
        this.facts = facts;
        this.factSubjects = factSubjects;
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
        Directory directory = new ByteBuffersDirectory();
        DocumentMapper mapper = new DocumentMapper();
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.indexing())
                .setSimilarity(similarity())
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        Map<String, Set<String>> subjects = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Passage passage : knowledge.passages()) {
                writer.addDocument(mapper.passage(passage));
            }
            for (Fact fact : knowledge.facts()) {
                writer.addDocument(mapper.fact(fact));
                subjects.put(fact.id(), Set.copyOf(Analyzers.terms(config.getAnalyzer(), fact.subject())));
            }
        } catch (IOException e) {
            queryAnalyzer.close();
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            return new KnowledgeIndex(directory, reader, queryAnalyzer, knowledge.passages().size(), knowledge.facts().size(),
                    Map.copyOf(subjects));
        } catch (IOException e) {
            queryAnalyzer.close();
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public DirectoryReader reader() {
        return reader;
    }

    /** The index terms of a fact's subject (empty for an unknown id): what the fact is about. */
    public Set<String> factSubject(String factId) {
        return factSubjects.getOrDefault(factId, Set.of());
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
