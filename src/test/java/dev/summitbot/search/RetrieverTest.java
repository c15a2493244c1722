package dev.summitbot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import dev.summitbot.Fixtures;
import dev.summitbot.RealKnowledge;
import dev.summitbot.eval.EvalCase;
import dev.summitbot.eval.Evaluator;
import dev.summitbot.index.DocKind;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.Pronouns;
import dev.summitbot.question.Question;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Retriever: BM25 over the knowledge index, deterministic and safe for any text")
@ExtendWith(RealKnowledge.Shared.class)
final class RetrieverTest {

    /** The order the retriever promises: coverage, then focus (descending), spread (ascending), score (descending), then id. */
    private static final Comparator<Hit> PROMISED_ORDER = Comparator.comparingDouble(Hit::coverage).reversed()
            .thenComparing(Comparator.comparingDouble(Hit::focus).reversed())
            .thenComparing(Comparator.comparingInt(Hit::spread))
            .thenComparing(Comparator.comparingDouble(Hit::score).reversed())
            .thenComparing(Hit::id);

    /** Coverage is a sum of shares; floating point may put a full match a hair above 1. */
    private static final double ROUNDING = 1e-9;

    private static Knowledge knowledge;
    private static Retriever retriever;

    @BeforeAll
    static void indexRealKnowledge(RealKnowledge shared) {
        knowledge = shared.knowledge();
        retriever = new Retriever(shared.index());
    }

    static Stream<String> evaluationQuestions() throws IOException {
        return Evaluator.load(Fixtures.evaluationSet()).stream().map(EvalCase::question);
    }

    @Test
    @DisplayName("a plain question finds the fact that answers it first")
    void findsTheAnsweringFact() {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of("Where was the summit held?"), 5);

        // THEN the fact about the location leads, fully covering the question
        assertThat(retrieval.hits()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        Hit first = retrieval.hits().get(0);
        assertThat(first.id()).isEqualTo("summit-location");
        assertThat(first.kind()).isEqualTo(DocKind.FACT);
        assertThat(first.coverage()).isCloseTo(1.0, within(ROUNDING));
        assertThat(retrieval.concepts()).extracting(Concept::terms).containsExactly(List.of("summit", "talk"), List.of("held"));
        assertThat(retrieval.concepts().get(1).light()).as("'held' is a light word").isTrue();
    }

    @Test
    @DisplayName("the word that asks for a person's role is no topic: all of \"what is putin's role\" is Putin; \"position on\" stays a topic")
    void roleWordIsNoTopic() {
        // GIVEN / WHEN a question for a role, and one for a stance
        Retrieval role = retriever.retrieve(Question.of("what is putin's role"), 5);
        Retrieval stance = retriever.retrieve(Question.of("what is russia's position on the guarantees"), 5);

        // THEN "role" is not searched, so a hit naming Putin covers the question; "position" ("stance") is
        assertThat(role.concepts()).noneMatch(c -> c.terms().contains("role"));
        assertThat(role.hits().get(0).coverage()).isCloseTo(1.0, within(ROUNDING));
        assertThat(stance.concepts()).filteredOn(c -> c.terms().contains("posit")).singleElement()
                .satisfies(c -> assertThat(c.light()).isFalse());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("\"kind of\", \"type of\", \"sort of\" say how a thing is asked about, not what: light words")
    @ValueSource(strings = {"what kind of law is russia supposed to pass", "what type of law will russia pass",
        "which sort of law did russia agree to"})
    void kindOfIsLight(String question) {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of(question), 5);

        // THEN the kind word is light, and the statement about the legislation covers the question enough to answer
        assertThat(retrieval.concepts()).filteredOn(c -> c.terms().contains("kind") || c.terms().contains("type")
                || c.terms().contains("sort")).singleElement().satisfies(c -> assertThat(c.light()).isTrue());
        assertThat(retrieval.hits().get(0).coverage()).isGreaterThan(0.6);
    }


    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("particles, quantifiers and order (\"all\", \"first\") are light; chat's fillers and contractions are not searched")
    @CsvSource(delimiter = '|', textBlock = """
            how did ukraine's pres react to it all         | all  | zelenskyy-thanked-us
            how did ukraine's pres react to all this       | -    | zelenskyy-thanked-us
            what came out of the summit                    | -    | summit-announcement
            who warned about that first                    | first | trump-warned-consequences
            what is 'game changing' referring to           | refer | guarantees-game-changing
            what does the 'game-changing' bit signal       | bit  | guarantees-russia-shift
            is there any reason to doubt russia will follow thru | reason | russia-stance-uncertain
            heard russia might already be walkin it back, true? | heard | russia-backsliding-reports
            is peace imminent or nah                       | -    | rubio-peace-not-imminent
            is peace happening anytime soon                | -    | rubio-peace-not-imminent
            could the backsliding complicate stuff         | -    | russia-backsliding-reports
            r they're saying peace is imminent or nah      | -    | rubio-peace-not-imminent
            whats the envoy's name again                   | -    | witkoff-special-envoy
            has any common ground been found in the talks  | -    | rubio-agreement-and-disagreement
            has any common ground come up in the talks     | come | rubio-did-not-specify
            will both europe and the us provide the guarantees | - | guarantee-providers
            is zelenskyy meeting trump by himself          | -    | zelenskyy-meeting-with-trump
            who told everyone putin agreed to the ukraine guarantees | - | putin-agreed-guarantees
            what did rubio say during the interview        | dure | rubio-abc-interview
            under nato's collective defense idea how is an attack on one member seen | under | article-5-meaning
            who's the president of ukraine mentioned here  | -    | zelenskyy-thanked-us
            is peace imminent per rubio                    | -    | rubio-peace-not-imminent
            is russia gonna stop grabbing more land        | stop | russia-territory-pledge
            is russia gonna try to take more land from ukraine | try | russia-territory-pledge
            what kind of law is russia supposed to pass    | suppos | russia-territory-pledge
            the whole guarantee thing is part of what bigger deal | whole | guarantee-part-of-deal
            is there still disagreement between the sides? | between | rubio-agreement-and-disagreement
            what word did they use to describe the guarantees | use | guarantees-game-changing
            and the eu side of the reaction?               | side | von-der-leyen-welcomed
            """)
    void functionWordsWeighLittle(String question, String light, String expectedFact) {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of(question), 20);

        // THEN no concept is made of a filler, the particle is light, and the fact that answers covers the question
        assertThat(retrieval.concepts()).noneMatch(c -> c.terms().contains("nah") || c.terms().contains("they'r") || c.terms().contains("stuff")
                || c.terms().contains("again") || c.terms().contains("anytim") || c.terms().contains("both")
                || c.terms().contains("himself") || c.terms().contains("everyon") || c.terms().contains("here") || c.terms().contains("per"));
        if (!light.equals("-")) {
            assertThat(retrieval.concepts()).filteredOn(c -> c.terms().contains(light)).singleElement()
                    .satisfies(c -> assertThat(c.light()).isTrue());
        }
        assertThat(retrieval.hits()).filteredOn(h -> h.id().equals(expectedFact)).singleElement()
                .satisfies(h -> assertThat(h.coverage()).isGreaterThan(0.6));
    }

    @Test
    @DisplayName("a year says which event is asked about (\"that 2021 meeting\") and weighs fully; another number is light")
    void yearIsNoLightNumber() {
        // GIVEN / WHEN a question naming a year, and one naming a count
        Retrieval year = retriever.retrieve(Question.of("where was that 2021 meeting held"), 20);
        Retrieval count = retriever.retrieve(Question.of("what are the 3 sticking points"), 20);

        // THEN the year is a concept of full weight, the count a light one
        assertThat(year.concepts()).filteredOn(c -> c.terms().contains("2021")).singleElement()
                .satisfies(c -> assertThat(c.light()).isFalse());
        assertThat(count.concepts()).filteredOn(c -> c.terms().contains("3")).singleElement()
                .satisfies(c -> assertThat(c.light()).isTrue());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a concept of several words is light only when all of them are (\"article 5\", \"sticking points\"), and not when the synonyms read its light words as one that is not (\"take part\": participate); a negated auxiliary is not searched")
    @CsvSource(delimiter = '|', textBlock = """
            what does article 5 actually mean    | articl | article-5-meaning
            what are the sticking points         | stick  | rubio-agreement-and-disagreement
            what membership isnt ukraine getting | member | putin-agreed-guarantees
            who takes part?                      | particip | secretary-of-state-in-talks
            """)
    void lightOnlyWhenEveryWordIs(String question, String term, String expectedFact) {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of(question), 20);

        // THEN the concept weighs fully, "isnt" is no concept, and the fact that answers covers the question
        assertThat(retrieval.concepts()).filteredOn(c -> c.terms().contains(term)).singleElement()
                .satisfies(c -> assertThat(c.light()).isFalse());
        assertThat(retrieval.concepts()).noneMatch(c -> c.terms().stream().anyMatch(t -> t.startsWith("isn")));
        assertThat(retrieval.hits()).filteredOn(h -> h.id().equals(expectedFact)).singleElement()
                .satisfies(h -> assertThat(h.coverage()).isGreaterThan(0.6));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("the shipped synonyms take chat's way of asking to the sources' words: reactions, clarity, keeping one's word, the West, signing off, a big deal, at the table, falling apart, being happy, writing into law, clearing up, going into details, coming up with, being called, almost done, appearing on, being unsure, hedged claims, going after, messing up, putting in place, following through, thinking of, tagging along, a chief for a president, Brussels for the EU, grilling, concerns, being satisfied, holding up")
    @CsvSource(delimiter = '|', textBlock = """
            how did zelensky react to the us offer          | zelenskyy-thanked-us
            is russia's stance clear on the guarantees      | russia-stance-uncertain
            is russia keeping its word?                     | russia-backsliding-reports
            is russia keeping its promises                  | russia-backsliding-reports
            so putin is ok with the west protecting ukraine now? | putin-agreed-guarantees
            did the kremlin sign off on guarantees for ukraine | putin-agreed-guarantees
            why are the guarantees a big deal for russia       | guarantees-russia-shift
            can they get a truce without kyiv at the table     | rubio-truce-needs-ukraine
            is the russia deal falling apart                   | russia-backsliding-reports
            is zelensky happy with the deal?                   | zelenskyy-thanked-us
            is russia gonna write it into law or smth          | russia-territory-pledge
            what does kyiv want cleared up                     | zelenskyy-wants-clarity
            did rubio go into details on the areas of agreement | rubio-did-not-specify
            who came up with the security guarantee            | summit-proposal
            what's being called game-changing                  | guarantees-game-changing
            is the peace agreement almost done?                | rubio-peace-not-imminent
            which tv program did rubio appear on               | rubio-abc-interview
            is anybody unsure about the details of the security deal | zelenskyy-wants-clarity
            what did the kremlin supposedly agree to           | russia-territory-pledge
            is it true that russia agreed to a law saying it won't go after more land | russia-territory-pledge
            what might make it harder to actually put the guarantees in place | russia-backsliding-reports
            is moscow actually following thru on its promise   | russia-backsliding-reports
            what did von der leyen think of trump's offer      | von-der-leyen-welcomed
            who's tagging along w zelensky to see trump        | zelenskyy-meeting-with-trump
            what did the eu commission chief think of trump's move | von-der-leyen-welcomed
            did brussels like trump's offer                    | von-der-leyen-welcomed
            who grilled rubio about the peace deal             | rubio-abc-interview
            did zelensky have any concerns                     | zelenskyy-wants-clarity
            is zelensky fully satisfied                        | zelenskyy-thanked-us
            is russia's pledge holding up                      | russia-backsliding-reports
            """)
    void chatWaysOfAsking(String question, String expectedFact) {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of(question), 20);

        // THEN the fact that answers covers the question
        assertThat(retrieval.hits()).filteredOn(h -> h.id().equals(expectedFact)).singleElement()
                .satisfies(h -> assertThat(h.coverage()).isGreaterThan(0.6));
    }

    @Test
    @DisplayName("in a follow-up, the words that asked for the kind of answer are searched neither in it nor in the question before")
    void typeWordsOfTheQuestionBeforeAreNoTopic() {
        // GIVEN a question for a person's last name, and a follow-up for the first name
        Conversation conversation = new Conversation(java.time.Clock.systemUTC());
        conversation.follow(Question.of("whats the us special envoy's last name"));
        Question followUp = conversation.follow(Question.of("first name?"));

        // WHEN it is retrieved
        Retrieval retrieval = retriever.retrieve(followUp, 5);

        // THEN it is read with the envoy as topic, and "name", "first", "last" weigh nothing
        assertThat(followUp.context()).isNotEmpty();
        assertThat(retrieval.concepts()).noneMatch(c -> c.terms().contains("name") || c.terms().contains("first")
                || c.terms().contains("last"));
        assertThat(retrieval.hits().get(0).id()).isEqualTo("witkoff-special-envoy");
    }

    @Test
    @DisplayName("a follow-up carries only the words of the question before that the knowledge uses: one it never uses could only lower every coverage")
    void unknownWordsOfTheQuestionBeforeAreNotCarried() {
        // GIVEN a question with words the sources never use ("network", "air"), and a follow-up about what was said there
        Conversation conversation = new Conversation(java.time.Clock.systemUTC());
        conversation.follow(Question.of("what network did rubio's interview air on"));
        Question followUp = conversation.follow(Question.of("and what did he say abt consequences"));

        // WHEN it is retrieved
        Retrieval retrieval = retriever.retrieve(followUp, 5);

        // THEN the unknown words are not carried, the known ones are, and what Rubio said of consequences covers more than half
        assertThat(retrieval.concepts()).noneMatch(c -> c.terms().contains("network") || c.terms().contains("air"));
        assertThat(retrieval.concepts()).anyMatch(c -> c.terms().contains("interview"));
        assertThat(retrieval.hits().get(0).coverage()).isGreaterThan(0.5);
    }

    @Test
    @DisplayName("\"doing\" is a form of \"do\", which no statement needs: in a yes/no question it is no unknown word asked about")
    void doingIsNotSearched() {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of("is the us doing this alone"), 5);

        // THEN
        assertThat(retrieval.concepts()).noneSatisfy(c -> assertThat(c.terms()).contains("do"));
    }

    @Test
    @DisplayName("\"the article\" points at the sources, not at \"Article 5\": it is not searched")
    void referenceToTheSourcesIsNotSearched() {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of("what shift does the article mention"), 5);

        // THEN
        assertThat(retrieval.concepts()).noneSatisfy(c -> assertThat(c.terms()).contains("articl"));
        assertThat(retrieval.hits().get(0).coverage()).isGreaterThan(0.6);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("hits come in the promised order: coverage, focus, score, then id")
    @MethodSource("evaluationQuestions")
    void hitsAreInPromisedOrder(String question) {
        // GIVEN any question of the evaluation set
        // WHEN it is retrieved
        List<Hit> hits = retriever.retrieve(Question.of(question), 20).hits();

        // THEN the list is sorted by the documented keys, without duplicates, and coverage is a share
        assertThat(hits).isSortedAccordingTo(PROMISED_ORDER);
        assertThat(hits).extracting(Hit::id).doesNotHaveDuplicates();
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.coverage()).isBetween(0.0, 1.0 + ROUNDING);
            assertThat(h.focus()).isBetween(0.0, 1.0);
        });
    }

    @Test
    @DisplayName("the same question on two separately built indexes gives identical hits")
    void deterministicAcrossIndexes() throws Exception {
        // GIVEN a second index, of a second load of the real knowledge
        try (RealKnowledge again = RealKnowledge.loadAndIndex()) {
            Retriever second = new Retriever(again.index());
            List<String> questions = evaluationQuestions().toList();

            // WHEN every evaluation question is asked of both
            List<String> differences = new ArrayList<>();
            for (String q : questions) {
                if (!retriever.retrieve(Question.of(q), 20).equals(second.retrieve(Question.of(q), 20))) {
                    differences.add(q);
                }
            }

            // THEN ids, scores, coverage and concepts are the same, question by question
            assertThat(differences).isEmpty();
        }
    }

    @Test
    @DisplayName("exact score ties are broken by id, not by index order, even when only one hit is kept")
    void tiesBrokenById() throws Exception {
        // GIVEN two sources with the same sentence, the one with the later id indexed first
        try (KnowledgeIndex ties = Fixtures.index(Fixtures.load(Fixtures.fixture("ties")))) {
            Retriever r = new Retriever(ties);

            // WHEN the sentence is asked for, keeping all hits and keeping one
            List<Hit> all = r.retrieve(Question.of("red kite nests"), 10).hits();
            List<Hit> one = r.retrieve(Question.of("red kite nests"), 1).hits();

            // THEN the two tie exactly and the smaller id comes first in both
            assertThat(all).extracting(Hit::id).containsExactly("alpha-notes#1", "zeta-notes#1");
            assertThat(all.get(0).score()).isEqualTo(all.get(1).score());
            assertThat(all.get(0).coverage()).isEqualTo(all.get(1).coverage());
            assertThat(one).extracting(Hit::id).containsExactly("alpha-notes#1");
        }
    }

    @Test
    @DisplayName("of statements that hold the question alike, the one that says its words nearest together comes first")
    void nearerWordsBreakTies() throws Exception {
        // GIVEN two sentences of the same words, "sat" and "Putin" apart in the one whose id sorts first, together in the other
        try (KnowledgeIndex nearness = Fixtures.index(Fixtures.load(Fixtures.fixture("nearness")))) {
            Retriever r = new Retriever(nearness);

            // WHEN who sat with Putin is asked
            List<Hit> hits = r.retrieve(Question.of("who sat with putin"), 10).hits();

            // THEN both cover it and score alike, and the one saying "sat with Putin" comes first
            assertThat(hits).extracting(Hit::id).containsExactly("zeta-notes#1", "alpha-notes#1");
            assertThat(hits.get(0).coverage()).isEqualTo(hits.get(1).coverage());
            assertThat(hits.get(0).score()).isEqualTo(hits.get(1).score());
            assertThat(hits).extracting(Hit::spread).containsExactly(1, 6);
        }
    }

    @ParameterizedTest(name = "{0} / {2}")
    @DisplayName("a plain English word a synonym rule replaced, or the one word of a phrasal verb it replaced (\"pushing for\"), is still the word the question wrote: when the knowledge uses none of the rule's words, a likely paraphrase, as a word no rule names is")
    @CsvSource(delimiter = '|', textBlock = """
            which town hosted the regatta      | host    | which town staged the regatta    | stage
            which town cheered on the regatta  | support | which town applauded the regatta | applaud
            """)
    void wordReplacedBySynonymsStaysPlain(String replacedAsked, String replacedTerm, String plainAsked, String plainTerm) throws Exception {
        // GIVEN a source that says neither word, and rules replacing "hosted" and "cheered on" by words it does not use either
        try (KnowledgeIndex replaced = Fixtures.index(Fixtures.load(Fixtures.fixture("replaced")))) {
            Retriever r = new Retriever(replaced);

            // WHEN asked with the word a rule replaced, and with a word no rule names
            Concept byRule = conceptOf(r.retrieve(Question.of(replacedAsked), 5), replacedTerm);
            Concept byNoRule = conceptOf(r.retrieve(Question.of(plainAsked), 5), plainTerm);

            // THEN both are plain English the knowledge never uses, and weigh alike
            assertThat(byNoRule.plain()).isTrue();
            assertThat(byRule.plain()).isTrue();
            assertThat(byRule.weight()).isEqualTo(byNoRule.weight());
        }
    }

    @Test
    @DisplayName("a name of several plain words that the synonyms name (\"truth social\") is one thing asked about: when the knowledge never uses it, a name it lacks, not a paraphrase")
    void phraseTheSynonymsNameIsOneName() throws Exception {
        // GIVEN a rule naming "harbour radio", which the source never says, and a source that says neither word
        try (KnowledgeIndex replaced = Fixtures.index(Fixtures.load(Fixtures.fixture("replaced")))) {
            Retriever r = new Retriever(replaced);

            // WHEN what harbour radio said is asked
            Retrieval retrieval = r.retrieve(Question.of("what did harbour radio say about the regatta"), 5);

            // THEN its two words are one concept, unknown and weighing as a name does, not as a paraphrase
            Concept radio = conceptOf(retrieval, "radio");
            assertThat(radio.terms()).contains("harbour");
            assertThat(radio.known()).isFalse();
            assertThat(radio.plain()).isFalse();
        }
    }

    private static Concept conceptOf(Retrieval retrieval, String term) {
        return retrieval.concepts().stream().filter(c -> c.terms().contains(term)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @DisplayName("a misspelled name is corrected to the nearest index term")
    @CsvSource(textBlock = """
            where did trump and putn meet,    putn,      putin
            was the summit in alsaka,         alsaka,    alaska
            security for ukriane,             ukrian,    ukrain
            what did rubioo say,              rubioo,    rubio
            who is witkoof,                   witkoof,   witkoff
            zelenskky reaction,               zelenskki, zelenskyi
            """)
    void correctsMisspellings(String question, String misspelled, String corrected) {
        // GIVEN a question with one misspelled name
        // WHEN it is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of(question), 5);

        // THEN the concept for that word is the corrected term, marked as a correction, and it is found
        assertThat(retrieval.concepts()).filteredOn(c -> misspelled.equals(c.correctedFrom()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.terms()).containsExactly(corrected);
                    assertThat(c.known()).isTrue();
                });
        assertThat(retrieval.hits()).isNotEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            which netwrok aired it                   | which network aired it
            any problms with the deal                | any problems with the deal
            is puting the guarantee into practice hard | is puting the guarantee into practice hard
            what did starmer say                     | what did starmer say
            what did rubbio say abt consequences     | what did rubio say about consequences
            whats witkofs job                        | whats witkoff's job
            did the artical say which areas          | did the artical say which areas
            whos the american emisary                | whos the american emissary
            what did rubio say about areas of agremeent | what did rubio say about areas of agreement
            what kind of garantee is it simillar to  | what kind of guarantee is it similar to
            """)
    @DisplayName("a question's misspelled names are written as the knowledge writes them, its misspelled English words respelled")
    void respelled(String typed, String read) {
        // GIVEN / WHEN
        Question respelled = retriever.respelled(Question.of(typed));

        // THEN "netwrok" asks for a network as "network" does; "puting" is the knowledge's "putin" (no word to respell), and
        // "artical" is one slip from the index's stem of "article", which is no name to write and no English word one slip
        // away; "emisary" is one slip from "emissary", a word the knowledge uses; "agremeent" is "agreement", though "agre"
        // is nearer in the index
        assertThat(respelled.text()).isEqualTo(read);
        assertThat(respelled.expects()).isEqualTo(Question.of(read).expects());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("question words and short words are never 'corrected' into content words")
    @CsvSource(textBlock = """
            did rubio think so,       think
            nao alaska,               nao
            """)
    void doesNotCorrectQuestionWords(String question, String word) {
        // GIVEN a question word absent from the index but one edit from an index term (think~thank, hold~held),
        // or a word too short to correct safely
        // WHEN the question is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of(question), 5);

        // THEN the word stays as it is, unknown, and nothing claims to be corrected
        assertThat(retrieval.concepts()).filteredOn(c -> c.terms().contains(word)).singleElement()
                .satisfies(c -> assertThat(c.known()).isFalse());
        assertThat(retrieval.concepts()).extracting(Concept::correctedFrom).containsOnlyNulls();
    }

    @Test
    @DisplayName("a light verb one edit from an index term (hold~held) is no misspelling: it is found as its irregular form, uncorrected")
    void lightVerbIsFoundAsItsIrregularForm() {
        // GIVEN "hold", absent from the index, whose past "held" the knowledge uses
        // WHEN the question is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of("where will they hold it"), 5);

        // THEN "hold" is found as "held", and nothing claims to be corrected
        assertThat(retrieval.concepts()).filteredOn(c -> c.terms().contains("hold")).singleElement()
                .satisfies(c -> assertThat(c.alternatives()).contains(List.of("held")));
        assertThat(retrieval.concepts()).extracting(Concept::correctedFrom).containsOnlyNulls();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("Lucene query syntax in a question is just text: it never throws")
    @ValueSource(strings = {
        "AND OR NOT ((( \"*:*\" ~2^3",
        "title:foo",
        "\\\"",
        "*:*",
        "summit AND alaska OR NOT putin",
        "+putin -trump",
        "putin~ alaska~0.5 \"summit alaska\"~3",
        "[a TO z] {1 TO 9}",
        "/regex.*/",
        "text:summit^100",
        "!!!???***",
        "\"unbalanced quote",
        "((((((((((putin",
        "\\",
        "&& || !",
    })
    void queryOperatorsAreText(String question) {
        // GIVEN text full of Lucene query operators
        // WHEN / THEN retrieval neither throws nor returns more than asked
        assertThatCode(() -> retriever.retrieve(Question.of(question), 5)).doesNotThrowAnyException();
        assertThat(retriever.retrieve(Question.of(question), 5).hits()).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    @DisplayName("field syntax finds nothing special: 'title:foo' is an unknown word, not a field query")
    void fieldSyntaxIsNotAField() {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of("title:foo"), 5);

        // THEN nothing is found and nothing is known
        assertThat(retrieval.hits()).isEmpty();
        assertThat(retrieval.nothingKnown()).isTrue();
    }

    @Test
    @DisplayName("a 10,000-character question is read up to a bounded number of concepts")
    void veryLongQuestion() {
        // GIVEN the article's own text, repeated to 10,000 characters
        String text = knowledge.sources().get(0).text().replace('\n', ' ');
        String question = text.repeat(10_000 / text.length() + 1).substring(0, 10_000);

        // WHEN it is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of(question), 20);

        // THEN it is read, but only up to the concept limit, and hits are found
        assertThat(retrieval.concepts()).isNotEmpty().hasSizeLessThanOrEqualTo(ConceptReader.MAX_CONCEPTS);
        assertThat(retrieval.concepts()).allSatisfy(c -> assertThat(c.alternatives()).hasSizeLessThanOrEqualTo(ConceptReader.MAX_ALTERNATIVES));
        assertThat(retrieval.hits()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
    }

    @Test
    @DisplayName("a shipped synonym rule of more than eight words keeps every one of them in the concept it makes")
    void largeSynonymRuleKeepsAllItsWords() {
        // GIVEN the shipped rule that takes "react" to nine words, the last of them "criticise"
        // WHEN a question says "react"
        Retrieval retrieval = retriever.retrieve(Question.of("how did zelensky react"), 5);

        // THEN the concept holds all nine, British spelling included
        assertThat(retrieval.concepts()).filteredOn(c -> c.terms().contains("react")).singleElement()
                .satisfies(c -> assertThat(c.alternatives()).hasSize(9).contains(List.of("criticis")));
    }

    @Test
    @DisplayName("10,000 characters of unknown words return no hits and no error")
    void veryLongUnknownQuestion() {
        // GIVEN 10,000 characters of made-up words (each worth a spelling lookup)
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 10_000; i++) {
            sb.append("qzx").append(Integer.toString(i, 26).replace('0', 'k')).append("vw ");
        }

        // WHEN / THEN
        Retrieval retrieval = retriever.retrieve(Question.of(sb.substring(0, 10_000)), 20);
        assertThat(retrieval.hits()).isEmpty();
        assertThat(retrieval.nothingKnown()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a question of only numbers covers nothing, even when the numbers occur in the text")
    @ValueSource(strings = {"2 3 1/2 2025", "3", "1/2", "2, 3 and 5", "2025-08-17"})
    void onlyNumbersCoverNothing(String question) {
        // GIVEN a question made of numbers (the article does contain "3 1/2")
        // WHEN it is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of(question), 10);

        // THEN every concept is generic and no hit covers any of the question
        assertThat(retrieval.concepts()).allSatisfy(c -> assertThat(c.light()).isTrue());
        assertThat(retrieval.hits()).allSatisfy(h -> assertThat(h.coverage()).isZero());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @DisplayName("a question with no readable word finds nothing")
    @ValueSource(strings = {"", "   ", "the of and", "what where who", "?!"})
    void nothingToRead(String question) {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of(question), 10);

        // THEN
        assertThat(retrieval.hits()).isEmpty();
        assertThat(retrieval.nothingKnown()).isTrue();
    }

    @Test
    @DisplayName("synonyms from synonyms.txt bring in documents that use the other word")
    void synonymsWidenTheSearch() {
        // GIVEN "emissary" and "envoy" are synonyms; the article says "emissary" once and "Envoy" once
        // WHEN each is asked
        List<String> viaEmissary = retriever.retrieve(Question.of("emissary"), 20).hits().stream().map(Hit::id).toList();
        List<String> viaEnvoy = retriever.retrieve(Question.of("envoy"), 20).hits().stream().map(Hit::id).toList();

        // THEN both find the same documents
        assertThat(viaEmissary).isNotEmpty().containsExactlyInAnyOrderElementsOf(viaEnvoy);
    }

    @Test
    @DisplayName("a repeated word counts once")
    void repeatedWordIsOneConcept() {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of("Putin Putin putin PUTIN"), 5);

        // THEN
        assertThat(retrieval.concepts()).singleElement().satisfies(c -> assertThat(c.terms()).contains("putin"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not found in \"{1} …\" by its word \"{2}\" alone")
    @CsvSource(delimiter = '|', value = {
            // "state" alone is no "united states"
            "did the us mention consequences | Secretary of State Rubio mentioned | state",
            // "agreement" alone is no "peace agreement"
            "were areas of a peace deal identified | Rubio also mentioned that potential areas of agreement | agreement"})
    @DisplayName("a synonym of several words is found only when all its words are: \"united states\" for \"us\", \"peace agreement\" for \"peace deal\"")
    void multiWordSynonymIsFoundWhole(String question, String opening, String word) {
        // GIVEN a question whose word has a synonym of several words, and a passage holding one of those words only
        String passage = knowledge.passages().stream().filter(p -> p.text().startsWith(opening)).findFirst().orElseThrow().id();
        assertThat(passageText(passage)).contains(word);

        // WHEN it is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of(question), 20);

        // THEN the several words are one alternative, and the passage covers the question no more than without the concept
        Concept concept = retrieval.concepts().stream().filter(c -> c.terms().stream().anyMatch(word::startsWith)).findFirst().orElseThrow();
        assertThat(concept.alternatives()).anySatisfy(a -> assertThat(a).hasSizeGreaterThan(1).anyMatch(word::startsWith));
        assertThat(concept.alternatives()).noneSatisfy(a -> assertThat(a).singleElement().matches(word::startsWith));
        double others = retrieval.concepts().stream().filter(c -> c != concept).mapToDouble(Concept::weight).sum();
        double all = others + concept.weight();
        assertThat(retrieval.hits()).filteredOn(h -> h.id().equals(passage)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.coverage()).isLessThanOrEqualTo(others / all + ROUNDING));
    }

    @Test
    @DisplayName("a word the knowledge never uses that only qualifies the kind asked for (\"tv\" of \"what tv show\") is no topic")
    void wordQualifyingTheKindAskedIsNoTopic() {
        // GIVEN "tv", which the knowledge never uses, before the focus "show"
        // WHEN the question is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of("what tv show was rubio on"), 20);

        // THEN "tv" is no concept, and the fact naming the programme covers the question fully
        assertThat(retrieval.concepts()).noneMatch(c -> c.terms().contains("tv"));
        assertThat(retrieval.hits()).filteredOn(h -> h.id().equals("rubio-abc-interview")).singleElement()
                .satisfies(h -> assertThat(h.coverage()).isGreaterThan(0.99));

        // AND a follow-up does not carry it either
        Conversation conversation = new Conversation(java.time.Clock.systemUTC());
        conversation.follow(Question.of("what tv show was rubio on"));
        Retrieval followUp = retriever.retrieve(conversation.follow(Question.of("what did he actually say during that interview")), 20);
        assertThat(followUp.concepts()).noneMatch(c -> c.terms().contains("tv"));
    }

    @Test
    @DisplayName("a word the knowledge uses before the focus stays a topic: \"european\" of \"which european leader\"")
    void knownWordBeforeTheFocusStays() {
        // GIVEN / WHEN
        Retrieval retrieval = retriever.retrieve(Question.of("which european leader welcomed the offer"), 20);

        // THEN
        assertThat(retrieval.concepts()).anyMatch(c -> c.terms().contains("european"));
    }

    @Test
    @DisplayName("\"like what?\" after a question searches the question before only: \"like\" is no word of its own")
    void askingForMoreHasNoWordsOfItsOwn() {
        // GIVEN a question before it
        Conversation conversation = new Conversation(java.time.Clock.systemUTC());
        conversation.answered(conversation.follow(Question.of("has any common ground been found in the talks")), "", Pronouns.NONE);

        // WHEN "like what?" follows it
        Question likeWhat = conversation.follow(Question.of("like what?"));
        Retrieval retrieval = retriever.retrieve(likeWhat, 20);

        // THEN only the question before's words are searched: none for "like" (a synonym of "style")
        assertThat(likeWhat.context()).isNotEmpty();
        assertThat(retrieval.concepts()).isNotEmpty().noneMatch(c -> c.terms().contains("like") || c.terms().contains("style"));
        assertThat(retrieval.concepts()).anyMatch(c -> c.terms().contains("ground"));
    }

    @Test
    @DisplayName("a plain word the knowledge never uses is searched through the words WordNet relates to it, found at less than full weight")
    void relatedWords() {
        // GIVEN "stand", which the knowledge never uses; WordNet relates it to "stance", which it does
        // WHEN a question with it is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of("where does moscow stand on the guarantees"), 5);

        // THEN the word is a known concept through its related term, and the statement about the stance leads
        Concept stand = retrieval.concepts().stream().filter(c -> c.terms().equals(List.of("stand"))).findFirst().orElseThrow();
        assertThat(stand.related()).contains("stanc");
        assertThat(stand.known()).isTrue();
        assertThat(stand.plain()).isTrue();
        assertThat(retrieval.hits().get(0).id()).isEqualTo("russia-stance-uncertain");
        assertThat(retrieval.hits().get(0).coverage()).as("a related word counts less than the word itself").isLessThan(1.0);
    }

    @Test
    @DisplayName("a plain word the knowledge uses is searched through its related words too, at its own weight")
    void relatedWordsOfAKnownWord() {
        // GIVEN "deal", which the knowledge uses, and "agreement", which WordNet relates to it and the article says elsewhere
        // WHEN a question with it is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of("what is the deal for kyiv called"), 20);

        // THEN the word keeps its own weight and is no paraphrase, and a passage saying only "agreement" covers it
        Concept deal = retrieval.concepts().stream().filter(c -> c.terms().contains("deal")).findFirst().orElseThrow();
        assertThat(deal.related()).contains("agreement");
        assertThat(deal.known()).isTrue();
        assertThat(deal.plain()).isFalse();
        assertThat(deal.light()).isFalse();
        assertThat(retrieval.hits()).filteredOn(h -> h.kind() == DocKind.PASSAGE)
                .filteredOn(h -> passageText(h).contains("agreement") && !passageText(h).contains("deal"))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.coverage()).isGreaterThan(0));
    }

    @Test
    @DisplayName("a word the synonyms expand is searched through its own related words too: \"agreed\" finds \"areas of agreement\"")
    void relatedWordsOfAWordWithSynonyms() {
        // GIVEN "agreed", which the synonyms expand (accept, consent), and "agreement", which WordNet derives from it
        // WHEN a question with it is retrieved
        Retrieval retrieval = retriever.retrieve(Question.of("did rubio say whether they agreed"), 20);

        // THEN the related word is searched beside the synonyms, and not repeated among them
        Concept agreed = retrieval.concepts().stream().filter(c -> c.terms().contains("agre")).findFirst().orElseThrow();
        assertThat(agreed.terms()).hasSizeGreaterThan(1);
        assertThat(agreed.related()).contains("agreement").doesNotContainAnyElementsOf(agreed.terms());
    }

    private static String passageText(Hit hit) {
        return passageText(hit.id());
    }

    private static String passageText(String id) {
        return knowledge.passagesById().get(id).text().toLowerCase(Locale.ROOT);
    }

    @Test
    @DisplayName("in a yes/no question a word found only through a related word weighs fully: it is what is asked")
    void relatedWordOfAYesNoQuestionWeighsFully() {
        // GIVEN "visit", which the knowledge never uses, related to "meet", which it does
        // WHEN asked as a yes/no question and as an open one
        Concept yesNo = concept("Did Witkoff visit Kyiv?", "visit");
        Concept open = concept("who did witkoff visit", "visit");

        // THEN both search the related word; the yes/no question's weighs as much as an unknown name
        assertThat(yesNo.related()).contains("meet");
        assertThat(open.related()).contains("meet");
        assertThat(yesNo.plain()).isFalse();
        assertThat(open.plain()).isTrue();
        assertThat(yesNo.weight()).isGreaterThan(open.weight());
    }

    @Test
    @DisplayName("in a yes/no question a quality the knowledge never names (\"weak\", \"fragile\") weighs as a paraphrase, not as what is asked")
    void qualityOfAYesNoQuestionIsAParaphrase() {
        // GIVEN "weak" and "fragile", adjectives only, which the article never uses ("strong" is a synonym of "robust")
        // WHEN asked in a yes/no question
        Retrieval retrieval = retriever.retrieve(Question.of("is the security assurance for ukraine weak or fragile"), 20);

        // THEN the choice between them weighs as a plain paraphrase, and the statement about the robust assurance covers the question
        assertThat(retrieval.concepts()).filteredOn(c -> c.terms().contains("weak") || c.terms().contains("fragil"))
                .singleElement().satisfies(c -> {
                    assertThat(c.terms()).contains("weak", "fragil");
                    assertThat(c.plain()).isTrue();
                });
        assertThat(retrieval.hits().get(0).coverage()).isGreaterThan(0.6);
    }

    @Test
    @DisplayName("the words a multi-word synonym spans are one concept: \"peace deal\" is found as \"peace agreement\"")
    void multiWordSynonymIsOneConcept() {
        // GIVEN the shipped rule "peace deal, peace agreement, …"
        // WHEN a question says "peace deal"
        Retrieval retrieval = retriever.retrieve(Question.of("what did rubio say about the peace deal"), 5);

        // THEN "peace" and "deal" are one concept with the rule's other words, and a statement saying "peace agreement" covers it
        assertThat(retrieval.concepts()).filteredOn(c -> c.terms().contains("deal")).singleElement()
                .satisfies(c -> assertThat(c.terms()).contains("peac", "agreement"));
        assertThat(retrieval.hits()).extracting(Hit::id).contains("rubio-peace-not-imminent");
    }

    private static Concept concept(String question, String term) {
        return retriever.retrieve(Question.of(question), 5).concepts().stream()
                .filter(c -> c.terms().contains(term)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("chat spellings of question words and chat fillers are not concepts")
    @ValueSource(strings = {"where'd trump n putn have their summit", "whats the name of the deal", "hows u guys, what did rubio say abt it tho",
        "was rubio there too", "did witkoff go either", "who's meeting trump 🤝", "where was it 🤔🤔 ??", "whos the nato guy"})
    void chatWordsAreIgnored(String question) {
        // GIVEN / WHEN
        List<Concept> concepts = retriever.retrieve(Question.of(question), 5).concepts();

        // THEN
        assertThat(concepts).flatExtracting(Concept::terms)
                .doesNotContain("where'd", "what", "whats", "n", "how", "hows", "u", "gui", "guy", "abt", "tho", "too", "either", "🤝", "🤔", "gui", "guy");
    }
}
