package dev.summitbot.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects synsets from WordNet's {@code data.*} lines and senses from its {@code index.*} lines,
 * parsing each line in place (no splitting: the four data files hold 117,000 synsets with some
 * 400,000 pointers, read while the bot starts).
 */
final class WordRelationsBuilder {

    /**
     * WordNet pointer symbols followed, one character each: derivationally related form, similar to
     * (adjectives), verb group, pertainym / derived from, also see, hypernym (broader term).
     */
    private static final String FOLLOWED = "+&$\\^@";
    /**
     * WordNet's pointer symbol for a hyponym (narrower term), followed only from things made or eaten ("car" – "limousine",
     * "meal" – "breakfast"): the kinds of an act, a statement or a help are too loose to stand for it ("help" – "thanks").
     */
    private static final char NARROWER = '~';
    private static final String PARTS = "nvar";
    /** Added to a pointer's target part to mark a narrower term. */
    private static final int NARROWER_PART = PARTS.length();

    private final List<String> lemmas = new ArrayList<>();
    private final Map<String, Integer> lemmaIds = new HashMap<>(100_000);
    /** Per part of speech, the synsets' byte offsets in file order (ascending), and the id of its first synset. */
    private final IntList[] offsets = {new IntList(), new IntList(), new IntList(), new IntList()};
    private final int[] firstId = new int[4];
    private int synsets;
    /** Members, flat: lemma id, or -1 for a name (it keeps its position); memberStart[s] .. memberStart[s + 1]. */
    private final IntList members = new IntList();
    private final IntList memberStart = new IntList();
    /**
     * Followed pointers, flat, four ints each: target part (plus {@link #NARROWER_PART} for a narrower term, so that the
     * list read from all four files grows no longer), target offset, source word, target word.
     */
    private final IntList pointers = new IntList();
    private final IntList pointerStart = new IntList();
    private final Map<String, IntList> senses = new HashMap<>(100_000);
    /** Lemma → how often WordNet's tagged texts use it, summed over its parts of speech. */
    private final Map<String, Integer> tagged = new HashMap<>(100_000);
    /** Capitalised lemmas of noun.location, lower case, words joined by "_": "united_states". */
    private final Set<String> places = new HashSet<>();
    /**
     * For each place, what its glosses call it, lower case, the first clause of each ("a city in south
     * central alaska", "a state in northwestern north america", "a republic in southeastern europe").
     */
    private final Map<String, String> placeKinds = new HashMap<>();
    /** Capitalised lemmas of noun.group and noun.object, the same way: "nato", "european_union", "europe". */
    private final Set<String> groups = new HashSet<>();
    /** Lower-case one-word lemmas of noun.person: words for a kind of person ("interpreter", "pilot", "anchor"). */
    private final Set<String> personNouns = new HashSet<>();

    /** Lexicographer files 6, 13, 14, 15, 17 and 18: noun.artifact, noun.food, noun.group, noun.location, noun.object, noun.person. */
    private static final int ARTIFACTS = 6;
    private static final int FOODS = 13;
    private static final int GROUPS = 14;
    private static final int LOCATIONS = 15;
    private static final int OBJECTS = 17;
    private static final int PERSONS = 18;

    Set<String> places() {
        return places;
    }

    Map<String, String> placeKinds() {
        return placeKinds;
    }

    Set<String> groups() {
        return groups;
    }

    Set<String> personNouns() {
        return personNouns;
    }

    /**
     * A data line, {@code offset lexfile pos count (word lexid)… pcount (symbol offset pos source/target)… | gloss};
     * the lines of one file come in ascending offset order, the files one after the other.
     */
    void addSynset(String line) {
        FieldCursor c = new FieldCursor(line);
        int offset = c.nextInt(10);
        int lexFile = c.nextInt(10);
        boolean location = lexFile == LOCATIONS;
        boolean group = lexFile == GROUPS || lexFile == OBJECTS;
        int part = part(c.nextChar());
        boolean person = lexFile == PERSONS && part == 0;
        if (offsets[part].size() == 0) {
            firstId[part] = synsets;
        }
        offsets[part].add(offset);
        synsets++;
        memberStart.add(members.size());
        int count = c.nextInt(16);
        for (int i = 0; i < count; i++) {
            String raw = c.next();
            String word = lemma(raw);
            c.skip(); // lex id
            if (location && Character.isUpperCase(raw.charAt(0))) {
                String place = raw.toLowerCase(Locale.ROOT);
                places.add(place);
                placeKinds.merge(place, glossHead(line), (a, b) -> a + "; " + b);
            }
            if (group && Character.isUpperCase(raw.charAt(0))) {
                groups.add(raw.toLowerCase(Locale.ROOT));
            }
            if (person && word.indexOf(' ') < 0 && word.equals(raw)) {
                personNouns.add(word);
            }
            // A name or a phrase keeps its place (pointers count words by position) but is never offered.
            members.add(word.indexOf(' ') < 0 && word.equals(word.toLowerCase(Locale.ROOT)) ? idOf(word) : -1);
        }
        pointerStart.add(pointers.size());
        int pointerCount = c.nextInt(10);
        for (int i = 0; i < pointerCount; i++) {
            char symbol = c.nextSymbol();
            boolean narrower = part == 0 && symbol == NARROWER && (lexFile == ARTIFACTS || lexFile == FOODS);
            int targetOffset = c.nextInt(10);
            int targetPart = part(c.nextChar());
            int sourceTarget = c.nextInt(16);
            if (narrower || symbol != 0 && FOLLOWED.indexOf(symbol) >= 0) {
                pointers.add(narrower ? targetPart + NARROWER_PART : targetPart);
                pointers.add(targetOffset);
                pointers.add(sourceTarget >> 8);
                pointers.add(sourceTarget & 0xff);
            }
        }
    }

    /** The first clause of a data line's gloss, lower case: "a city in south central alaska". */
    private static String glossHead(String line) {
        int bar = line.indexOf(" | ");
        if (bar < 0) {
            return "";
        }
        int end = line.indexOf(';', bar);
        return line.substring(bar + 3, end < 0 ? line.length() : end).strip().toLowerCase(Locale.ROOT);
    }

    /** An index line, {@code lemma pos synsetcount pcount symbol… sensecount tagsensecount offset…} (commonest sense first). */
    void addSenses(String line) {
        FieldCursor c = new FieldCursor(line);
        String lemma = lemma(c.next());
        if (!lemmaIds.containsKey(lemma)) {
            return; // a phrase, or a name: never a question's one plain word
        }
        int part = part(c.nextChar());
        int synsetCount = c.nextInt(10);
        int pointerCount = c.nextInt(10);
        for (int i = 0; i < pointerCount + 1; i++) {
            c.skip(); // the pointer symbols, then the sense count
        }
        tagged.merge(lemma, c.nextInt(10), Integer::sum);
        IntList list = senses.computeIfAbsent(lemma, k -> new IntList());
        for (int i = 0; i < Math.min(WordRelations.SENSES, synsetCount); i++) {
            int id = idOf(part, c.nextInt(10));
            if (id >= 0) {
                list.add(id);
            }
        }
    }

    WordRelations build() {
        memberStart.add(members.size());
        pointerStart.add(pointers.size());
        IntList keptMembers = new IntList();
        IntList keptMemberStart = new IntList();
        IntList resolved = new IntList();
        IntList resolvedStart = new IntList();
        for (int s = 0; s < synsets; s++) {
            keptMemberStart.add(keptMembers.size());
            for (int m = memberStart.get(s); m < memberStart.get(s + 1); m++) {
                if (members.get(m) >= 0) {
                    keptMembers.add(members.get(m));
                }
            }
            resolvedStart.add(resolved.size());
            for (int p = pointerStart.get(s); p < pointerStart.get(s + 1); p += 4) {
                int target = idOf(pointers.get(p) % NARROWER_PART, pointers.get(p + 1));
                if (target >= 0) {
                    resolved.add(target);
                    // Word positions count the names too: they become positions among the kept words (-1: a name).
                    resolved.add(keptPosition(s, pointers.get(p + 2)));
                    resolved.add(keptPosition(target, pointers.get(p + 3)));
                    resolved.add(pointers.get(p) >= NARROWER_PART ? 1 : 0);
                }
            }
        }
        keptMemberStart.add(keptMembers.size());
        resolvedStart.add(resolved.size());
        int[][] senseArray = new int[lemmas.size()][];
        senses.forEach((lemma, ids) -> senseArray[lemmaIds.get(lemma)] = ids.toArray());
        int[] uses = new int[lemmas.size()];
        tagged.forEach((lemma, count) -> uses[lemmaIds.get(lemma)] = count);
        return new WordRelations(lemmas.toArray(String[]::new), lemmaIds, keptMembers.toArray(), keptMemberStart.toArray(),
                resolved.toArray(), resolvedStart.toArray(), senseArray, firstId.clone(), uses);
    }

    private int keptPosition(int synset, int position) {
        if (position == 0) {
            return 0;
        }
        int from = memberStart.get(synset);
        if (position > memberStart.get(synset + 1) - from || members.get(from + position - 1) < 0) {
            return -1;
        }
        int kept = 0;
        for (int i = from; i < from + position; i++) {
            if (members.get(i) >= 0) {
                kept++;
            }
        }
        return kept;
    }

    /** The synset at {@code offset} of the part's data file, or -1. */
    private int idOf(int part, int offset) {
        IntList list = offsets[part];
        int at = list.binarySearch(offset);
        return at < 0 ? -1 : firstId[part] + at;
    }

    private int idOf(String word) {
        return lemmaIds.computeIfAbsent(word, w -> {
            lemmas.add(w);
            return lemmas.size() - 1;
        });
    }

    /** Adjective satellites ("s") live in the adjective file. */
    private static int part(char pos) {
        return PARTS.indexOf(pos == 's' ? 'a' : pos);
    }

    /** "go_for" → "go for"; an adjective's marker ("galore(ip)") dropped. */
    private static String lemma(String raw) {
        int paren = raw.indexOf('(');
        return (paren < 0 ? raw : raw.substring(0, paren)).replace('_', ' ');
    }
}
