package dev.summitbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.summitbot.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Analyzers: one chain for documents and questions, synonyms only on questions")
final class AnalyzersTest {

    private static final String SYNONYMS = """
            # people and roles
            envoy, emissary
            us, united states
            ceasefire, truce
            """;

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @DisplayName("indexing: stems, drops stop and question words, folds case, accents and possessives")
    @CsvSource(delimiter = '|', textBlock = """
            The summits were held in Alaska          | summit held alaska
            Where was the summit held?               | summit held
            Ukraine's security guarantees            | ukrain secur guarante
            Zelenskyy's GUARANTEES                   | zelenskyi guarante
            Défense of Kyiv                          | defens kyiv
            Hey bot, tell me about the envoy please  | envoi
            agreed agreeing agreement                | agre agre agreement
            Two B-2 bombers and F-35 jets            | two b2 bomber f35 jet
            how many b2s and f35s                    | b2 f35
            the Il-76s of the 3-on-3 talks           | il76 3 3 talk
            """)
    void indexingChain(String text, String expected) {
        // GIVEN the indexing analyzer
        try (Analyzer analyzer = Analyzers.indexing()) {
            // WHEN text is analyzed
            List<String> terms = Analyzers.terms(analyzer, text);

            // THEN only the stemmed content words are left, in order
            assertThat(terms).containsExactly(expected.split(" "));
        }
    }

    @Test
    @DisplayName("question words and English stop words are stop words")
    void stopWords() {
        // GIVEN / WHEN / THEN both Lucene's English list and the question words are in the set
        for (String word : List.of("the", "and", "of", "what", "who", "where", "does", "tell", "please", "summitbot")) {
            assertThat(Analyzers.STOP_WORDS.contains(word)).as(word).isTrue();
        }
        for (String word : List.of("summit", "putin", "truce", "alaska")) {
            assertThat(Analyzers.STOP_WORDS.contains(word)).as(word).isFalse();
        }
    }

    @Test
    @DisplayName("synonyms expand a question's words, but never a document's")
    void synonymsAtQueryTimeOnly() throws Exception {
        // GIVEN synonyms and both analyzers
        SynonymMap synonyms = Analyzers.parseSynonyms(SYNONYMS);
        try (Analyzer query = Analyzers.querying(synonyms); Analyzer index = Analyzers.indexing()) {
            // WHEN the same words go through each
            // THEN the question side holds every alternative, stemmed like the documents
            assertThat(Analyzers.terms(query, "emissary")).containsExactlyInAnyOrder("emissari", "envoi");
            assertThat(Analyzers.terms(query, "Who is the envoy?")).containsExactlyInAnyOrder("emissari", "envoi");
            assertThat(Analyzers.terms(query, "truce")).containsExactlyInAnyOrder("truce", "ceasefir");
            assertThat(Analyzers.terms(query, "the United States")).contains("us", "unit", "state");
            // AND the document side holds only the words written
            assertThat(Analyzers.terms(index, "emissary")).containsExactly("emissari");
            assertThat(Analyzers.terms(index, "truce")).containsExactly("truce");
        }
    }

    @Test
    @DisplayName("a rule's words are found in any form the stemmer joins, and a stop word inside a rule leaves no gap")
    void synonymsMatchInflectedForms() throws Exception {
        // GIVEN rules written in one form each
        SynonymMap synonyms = Analyzers.parseSynonyms("pursue, seize, grab\nimminent, around the corner\n");
        try (Analyzer query = Analyzers.querying(synonyms)) {
            // WHEN a question writes another form / THEN it has the rule's other words
            assertThat(Analyzers.terms(query, "grabbing")).contains("pursu", "seiz", "grab");
            assertThat(Analyzers.terms(query, "seized more land")).contains("pursu", "grab", "land");
            // AND a rule with a stop word inside still matches the phrase
            assertThat(Analyzers.terms(query, "is it around the corner")).contains("immin");
        }
    }

    @Test
    @DisplayName("a rule whose words hold a stop word matches only all of them: \"call for\" is no rule for \"called\"")
    void stopWordInsideARuleCounts() throws Exception {
        // GIVEN a rule for "call for" and one for "keep to"
        SynonymMap synonyms = Analyzers.parseSynonyms("request, call for\nkeep to => backsliding, keep to\n");
        try (Analyzer query = Analyzers.querying(synonyms); Analyzer index = Analyzers.indexing()) {
            // WHEN / THEN the phrases bring the rules' words in, the verbs alone do not
            assertThat(Analyzers.terms(query, "what did he call for")).contains("request");
            assertThat(Analyzers.terms(query, "what is it called")).containsExactly("call");
            assertThat(Analyzers.terms(query, "are they keeping to it")).contains("backslid");
            assertThat(Analyzers.terms(query, "who will keep the guarantees")).doesNotContain("backslid");
            // AND a word whose Porter stem is a stop word keeps a stem of its own, in questions and documents alike
            assertThat(Analyzers.terms(query, "an attack on one")).containsExactly("attack", "one");
            assertThat(Analyzers.terms(index, "an attack on one")).containsExactly("attack", "one");
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not read as \"{1}\"")
    @CsvSource({"what word did they use, us", "the term used, us", "anything positive, posit", "any news, new"})
    @DisplayName("a word whose Porter stem is another word's keeps a stem of its own: \"used\" is no \"US\"")
    void stemsThatCollide(String text, String otherStem) throws Exception {
        // GIVEN the shipped synonyms, where "us" stands for the United States and "position" for a stance
        SynonymMap synonyms = Analyzers.parseSynonyms(Files.readString(Fixtures.realKnowledge().resolve("synonyms.txt")));
        try (Analyzer query = Analyzers.querying(synonyms); Analyzer index = Analyzers.indexing()) {
            // WHEN / THEN neither the question nor a document reads the word as the other one, nor as its synonyms
            assertThat(Analyzers.terms(query, text)).doesNotContain(otherStem, "unit", "america", "stanc");
            assertThat(Analyzers.terms(index, text)).doesNotContain(otherStem);
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" searches {1}")
    @DisplayName("the shipped synonyms take chat's phrasal verbs to the sources' words")
    @CsvSource(delimiter = '|', textBlock = """
            what time did the talks kick off | start
            when did they wrap up the talks  | end
            """)
    void shippedPhrasalVerbs(String question, String expected) throws Exception {
        // GIVEN the synonyms file the bot ships
        SynonymMap shipped = Analyzers.parseSynonyms(Files.readString(Fixtures.realKnowledge().resolve("synonyms.txt")));

        // WHEN a question with a phrasal verb is analysed for the search / THEN the sources' word is among its terms
        try (Analyzer analyzer = Analyzers.querying(shipped)) {
            assertThat(Analyzers.terms(analyzer, question)).contains(expected);
        }
    }

    @Test
    @DisplayName("empty synonyms add nothing to questions")
    void emptySynonyms() throws Exception {
        // GIVEN a synonyms file with only comments
        try (Analyzer query = Analyzers.querying(Analyzers.parseSynonyms("# nothing yet\n"))) {
            // WHEN / THEN a question reads exactly like a document
            assertThat(Analyzers.terms(query, "the emissary's truce")).containsExactly("emissari", "truce");
        }
    }

    @Test
    @DisplayName("a synonym rule Lucene rejects is a SynonymException naming its line")
    void badSynonymRuleNamesTheLine() {
        // GIVEN a synonyms text whose third line maps twice
        String text = "envoy, emissary\n\nx => y => z\nwar, conflict\n";

        // WHEN it is parsed
        Analyzers.SynonymException e = catchThrowableOfType(Analyzers.SynonymException.class,
                () -> Analyzers.parseSynonyms(text));

        // THEN the error says which line and why
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("invalid synonym rule").contains("more than one explicit mapping");
    }
}
