package dev.summitbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("EnglishWords tells plain English from names, with WordNet 3.1")
final class EnglishWordsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("plain words (inflected too) and names")
    @CsvSource(textBlock = """
            counterpart, true
            hosted,      true
            countries,   true
            okay,        true
            seize,       true
            Putin,       false
            lavrov,      false
            paris,       false
            witkoff,     false
            """)
    void plainOrName(String word, boolean plain) {
        // GIVEN / WHEN / THEN
        assertThat(EnglishWords.get().isPlain(word)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a misspelled English word is respelled by a letter left out, two swapped or one too many; names, places, short words and English words are not")
    @CsvSource(textBlock = """
            mentiond,  mentioned
            considerd, considered
            problms,   problems
            netwrok,   network
            titel,     title
            mentionning, mentioning
            simillar,  similar
            paris,     ''
            excatly,   exactly
            starmer,   ''
            biden,     ''
            vance,     ''
            orban,     ''
            meloni,    ''
            putn,      ''
            senater,   ''
            summit,    ''
            """)
    void respelled(String typed, String word) {
        // GIVEN / WHEN / THEN
        assertThat(EnglishWords.get().respelled(typed).orElse("")).isEqualTo(word);
    }

    @Test
    @DisplayName("places are known by name, in any case, multi-word ones too")
    void places() {
        // GIVEN / WHEN / THEN
        EnglishWords english = EnglishWords.get();
        assertThat(english.isPlace("Alaska")).isTrue();
        assertThat(english.isPlace("moscow")).isTrue();
        assertThat(english.isPlace("United States")).isTrue();
        assertThat(english.isPlace("Witkoff")).isFalse();
        assertThat(english.isPlace("summit")).isFalse();
        assertThat(english.size()).isGreaterThan(50_000);
    }

    @Test
    @DisplayName("a quality — an adjective or adverb and nothing else — is told from words that are also nouns or verbs")
    void onlyAdjectives() {
        EnglishWords english = EnglishWords.get();
        assertThat(english.isQuality("happy")).isTrue();
        assertThat(english.isQuality("Weaker")).isTrue();
        assertThat(english.isQuality("bigger")).isTrue();
        assertThat(english.isQuality("fully")).isTrue();
        assertThat(english.isQuality("deal")).isFalse();
        assertThat(english.isQuality("weather")).isFalse();
        assertThat(english.isQuality("Witkoff")).isFalse();
    }

    @Test
    @DisplayName("a word that can be a verb, in any of its forms, is told from one that cannot")
    void verbs() {
        EnglishWords english = EnglishWords.get();
        assertThat(english.isVerb("provide")).isTrue();
        assertThat(english.isVerb("proposed")).isTrue();
        assertThat(english.isVerb("gave")).isTrue();
        assertThat(english.isVerb("happy")).isFalse();
        assertThat(english.isVerb("Witkoff")).isFalse();
    }

    @Test
    @DisplayName("a place's kind is what the first clause of each of its glosses calls it")
    void placeKinds() {
        // GIVEN / WHEN / THEN
        EnglishWords english = EnglishWords.get();
        assertThat(english.placeKind("Anchorage")).startsWith("a city in");
        assertThat(english.placeKind("alaska")).startsWith("a state in");
        assertThat(english.placeKind("Ukraine")).startsWith("a republic in");
        assertThat(english.placeKind("Washington")).contains("the capital of").contains("a state in");
        assertThat(english.placeKind("Witkoff")).isEmpty();
    }

    @Test
    @DisplayName("groups and things are known by name: what WordNet files under noun.group or noun.object")
    void groups() {
        // GIVEN / WHEN / THEN
        EnglishWords english = EnglishWords.get();
        assertThat(english.isGroup("NATO")).isTrue();
        assertThat(english.isGroup("european union")).isTrue();
        assertThat(english.isGroup("europe")).isTrue();
        assertThat(english.isGroup("witkoff")).isFalse();
        assertThat(english.isGroup("rubio")).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource({"European, true", "Ukrainian, true", "Russians, true", "American, true", "German, true", "British, true",
            "Chinese, true", "Rubio, false", "Putin, false", "Ushakov, false", "Macron, false"})
    @DisplayName("a people's name is told from a person's: the place or group it derives from is one WordNet knows")
    void demonyms(String word, boolean demonym) {
        assertThat(EnglishWords.get().isDemonym(word)).isEqualTo(demonym);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource({"interpreter, true", "interpreters, true", "pilots, true", "anchor, true", "envoy, true", "delegation, false",
            "summit, false", "Russians, false", "Putin, false"})
    @DisplayName("a word for a kind of person is one WordNet files under noun.person, in lower case")
    void personNouns(String word, boolean person) {
        assertThat(EnglishWords.get().isPersonNoun(word)).isEqualTo(person);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("WordNet relates a word, inflected too, to its synonyms, derived forms and broader terms")
    @CsvSource(delimiter = '|', textBlock = """
            visit     | meeting
            visited   | meeting
            stand     | stance
            agreement | agree
            accepted  | acceptance
            seize     | seizure
            """)
    void related(String word, String relatedWord) {
        // GIVEN / WHEN / THEN
        assertThat(EnglishWords.get().related(word)).contains(relatedWord);
    }

    @Test
    @DisplayName("related words are plain one-word lemmas, never the word itself, names or phrases; unknown words relate to nothing")
    void relatedWordsAreOfferedOnlyWhenPlain() {
        // GIVEN
        EnglishWords english = EnglishWords.get();

        // WHEN / THEN
        assertThat(english.related("land")).doesNotContain("land").allSatisfy(w -> {
            assertThat(w).doesNotContain(" ");
            assertThat(w).isLowerCase();
        });
        assertThat(english.related("capital")).isNotEmpty().noneMatch(w -> w.equalsIgnoreCase("washington"));
        assertThat(english.related("witkoff")).isEmpty();
        assertThat(english.related("")).isEmpty();
    }

    @Test
    @DisplayName("only a word's two commonest senses are followed: \"born\" (to bear a child) does not reach \"support\"")
    void rareSensesAreNotFollowed() {
        // GIVEN / WHEN / THEN
        assertThat(EnglishWords.get().related("born")).doesNotContain("support");
    }

    @Test
    @DisplayName("the kinds of a thing made or eaten are one level narrower (\"car\": \"limousine\"); those of an act or a statement are not followed, and related words hold none of them")
    void narrowerTermsOfThings() {
        // GIVEN
        EnglishWords english = EnglishWords.get();

        // WHEN / THEN
        assertThat(english.narrower("car")).contains("limousine", "sedan");
        assertThat(english.narrower("planes")).contains("bomber", "airliner");
        assertThat(english.narrower("meal")).contains("breakfast", "lunch");
        assertThat(english.narrower("help")).isEmpty();
        assertThat(english.narrower("statement")).isEmpty();
        assertThat(english.related("car")).doesNotContain("limousine");
        assertThat(english.narrower("witkoff")).isEmpty();
    }

    @Test
    @DisplayName("an irregular verb's other forms: \"lay\" → \"laid\", \"flew\" → \"fly\", \"flown\"; a regular verb and a name have none")
    void irregularForms() {
        // GIVEN
        EnglishWords english = EnglishWords.get();

        // WHEN / THEN
        assertThat(english.irregularForms("lay")).contains("laid");
        assertThat(english.irregularForms("Flew")).contains("fly", "flown");
        assertThat(english.irregularForms("stood")).contains("stand");
        assertThat(english.irregularForms("thank")).isEmpty();
        assertThat(english.irregularForms("putin")).isEmpty();
    }

    @Test
    @DisplayName("the quality of an adverb of manner: \"seriously\" → \"serious\", \"happily\" → \"happy\", \"fully\" → \"full\"; a word in \"-ly\" that is no adverb is none")
    void qualityOfManner() {
        // GIVEN
        EnglishWords english = EnglishWords.get();

        // WHEN / THEN
        assertThat(english.qualityOfManner("seriously")).contains("serious");
        assertThat(english.qualityOfManner("Happily")).contains("happy");
        assertThat(english.qualityOfManner("fully")).contains("full");
        assertThat(english.qualityOfManner("probably")).contains("probable");
        assertThat(english.qualityOfManner("basically")).contains("basic");
        assertThat(english.qualityOfManner("simply")).contains("simple");
        assertThat(english.qualityOfManner("rally")).isEmpty();
        assertThat(english.qualityOfManner("italy")).isEmpty();
        assertThat(english.qualityOfManner("serious")).isEmpty();
    }

    @Test
    @DisplayName("a quality compared: \"longer\" → \"long\", \"bigger\" → \"big\", \"sooner\" → \"soon\"; a verb or a noun ending the same way is none")
    void comparedQuality() {
        // GIVEN
        EnglishWords english = EnglishWords.get();

        // WHEN / THEN
        assertThat(english.comparedQuality("longer")).contains("long");
        assertThat(english.comparedQuality("Biggest")).contains("big");
        assertThat(english.comparedQuality("sooner")).contains("soon");
        assertThat(english.comparedQuality("offer")).isEmpty();
        assertThat(english.comparedQuality("lower")).isEmpty();
        assertThat(english.comparedQuality("leader")).isEmpty();
        assertThat(english.comparedQuality("long")).isEmpty();
        assertThat(english.isQuality("longer")).isTrue();
        // a noun in "-er" is no form of the verb before it: WordNet's "-er" rules are a comparative's
        assertThat(english.related("interpreter")).doesNotContain("consider", "understand");
        assertThat(english.related("interpreter")).contains("translator");
    }
}
