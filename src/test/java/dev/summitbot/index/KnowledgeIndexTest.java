package dev.summitbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.summitbot.Fixtures;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeException;
import dev.summitbot.knowledge.KnowledgeProblem;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("KnowledgeIndex indexes every passage and fact of a knowledge set")
final class KnowledgeIndexTest {

    @Test
    @DisplayName("the real knowledge: one document per passage and per fact")
    void realKnowledgeCounts() throws Exception {
        // GIVEN the real knowledge
        Knowledge knowledge = Fixtures.load(Fixtures.realKnowledge());

        // WHEN it is indexed
        try (KnowledgeIndex index = KnowledgeIndex.build(knowledge)) {
            IndexStats stats = index.stats();

            // THEN the stats and the reader agree with the knowledge
            assertThat(stats.passages()).isEqualTo(knowledge.passages().size());
            assertThat(stats.facts()).isEqualTo(knowledge.facts().size()).isPositive();
            assertThat(stats.documents()).isEqualTo(knowledge.passages().size() + knowledge.facts().size());
            assertThat(index.reader().numDocs()).isEqualTo(stats.documents());
            assertThat(stats.bytes()).isPositive();
        }
    }

    @Test
    @DisplayName("the mini fixture: counts, stored ids and source filter field")
    void miniFixtureDocuments() throws Exception {
        // GIVEN a fixture with 7 passages and 4 facts
        Knowledge knowledge = Fixtures.load(Fixtures.fixture("mini"));

        // WHEN it is indexed
        try (KnowledgeIndex index = KnowledgeIndex.build(knowledge)) {
            // THEN there is one document each, facts under their fact: id
            assertThat(index.stats()).isEqualTo(new IndexStats(11, 7, 4, index.stats().bytes()));
            assertThat(index.reader().docFreq(new Term(Fields.ID, "fact:ferry-captain"))).isEqualTo(1);
            assertThat(index.reader().docFreq(new Term(Fields.ID, "river-notes#3"))).isEqualTo(1);
            assertThat(index.reader().docFreq(new Term(Fields.ID, "ferry-captain"))).isZero();
            // AND the source field holds each source id as one term: 4 passages + 3 facts for the harbor
            assertThat(index.reader().docFreq(new Term(Fields.SOURCE, "harbor-news"))).isEqualTo(7);
            assertThat(index.reader().docFreq(new Term(Fields.SOURCE, "river-notes"))).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("documents are indexed without synonyms; the query analyzer carries them")
    void synonymsStayOutOfTheIndex() throws Exception {
        // GIVEN the mini fixture, whose synonyms make "beacon" mean "lighthouse"
        Knowledge knowledge = Fixtures.load(Fixtures.fixture("mini"));

        try (KnowledgeIndex index = KnowledgeIndex.build(knowledge)) {
            // WHEN the index and the query analyzer are asked about "beacon"
            int beaconDocs = index.reader().docFreq(new Term(Fields.TEXT, "beacon"));
            int lighthouseDocs = index.reader().docFreq(new Term(Fields.TEXT, "lighthous"));

            // THEN no document holds the synonym, but a question's "beacon" also looks for "lighthouse"
            assertThat(beaconDocs).isZero();
            assertThat(lighthouseDocs).isPositive();
            assertThat(Analyzers.terms(index.queryAnalyzer(), "beacon")).contains("lighthous", "beacon");
        }
    }

    @Test
    @DisplayName("BM25 with the documented parameters, on the one shared searcher")
    void bm25Parameters() throws Exception {
        // GIVEN an index
        try (KnowledgeIndex index = KnowledgeIndex.build(Fixtures.load(Fixtures.fixture("mini")))) {
            // WHEN / THEN its searcher scores with BM25(k1 = 1.2, b = 0.75), and is the same object every time
            assertThat(index.searcher().getSimilarity()).isInstanceOfSatisfying(BM25Similarity.class, bm25 -> {
                assertThat(bm25.getK1()).isEqualTo(KnowledgeIndex.BM25_K1).isEqualTo(1.2f);
                assertThat(bm25.getB()).isEqualTo(KnowledgeIndex.BM25_B).isEqualTo(0.75f);
            });
            assertThat(index.searcher()).isSameAs(index.searcher());
            assertThat(index.queryAnalyzer()).isSameAs(index.queryAnalyzer());
        }
    }

    @Test
    @DisplayName("a fact's subject and object terms say what it is about; an unknown id has none")
    void factEnds() throws Exception {
        try (KnowledgeIndex index = KnowledgeIndex.build(Fixtures.load(Fixtures.fixture("mini")))) {
            // WHEN / THEN
            assertThat(index.factEnds("ribbon-cut-by-mayor")).first().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                    .containsExactlyInAnyOrder("mayor", "ada", "quill");
            assertThat(index.factEnds("ribbon-cut-by-mayor")).hasSize(2);
            assertThat(index.factEnds("no-such-fact")).isEmpty();
        }
    }

    @Test
    @DisplayName("indexing the same knowledge twice gives the same documents")
    void deterministicBuild() throws Exception {
        // GIVEN the real knowledge
        Knowledge knowledge = Fixtures.load(Fixtures.realKnowledge());

        // WHEN it is indexed twice
        try (KnowledgeIndex a = KnowledgeIndex.build(knowledge); KnowledgeIndex b = KnowledgeIndex.build(knowledge)) {
            // THEN document n has the same id in both
            assertThat(a.stats()).isEqualTo(b.stats());
            for (int doc = 0; doc < a.reader().maxDoc(); doc++) {
                assertThat(a.searcher().storedFields().document(doc).get(Fields.ID))
                        .isEqualTo(b.searcher().storedFields().document(doc).get(Fields.ID));
            }
        }
    }

    @Test
    @DisplayName("synonyms Lucene rejects make the build fail with synonyms.txt and the line")
    void badSynonymsFailTheBuild() {
        // GIVEN knowledge whose synonyms text has a rule with two mappings on line 2
        Knowledge good = Fixtures.load(Fixtures.fixture("mini"));
        Knowledge bad = new Knowledge(good.sources(), good.passages(), good.facts(), "ferry, boat\na => b => c\n",
                good.contentHash());

        // WHEN it is indexed
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeIndex.build(bad));

        // THEN the one problem names the file and line
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies((KnowledgeProblem p) -> {
            assertThat(p.file()).isEqualTo("synonyms.txt");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.toString()).startsWith("synonyms.txt:2: invalid synonym rule");
        });
    }
}
