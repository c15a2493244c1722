package dev.summitbot.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * WordNet's relations between plain words, for paraphrases: a word's synonyms (the other words of
 * its senses), the words derived from it or it from them ("agreement" – "agree"), similar adjectives,
 * verb groups and one level of broader terms ("visit" – "meeting", "stand" – "stance"). Only a word's two commonest senses
 * are followed: WordNet lists them most frequent first, and the rare ones ("accept" as "be
 * designed to fit", of a plug) bring noise.
 *
 * <p>Only one-word lemmas are kept — a question's unknown word is one word, and the knowledge is
 * searched for one-word terms — as ids, synsets as arrays of lemma ids and of pointers: it stays in
 * memory for every reload of the knowledge.
 */
final class WordRelations {

    /** Senses of a word followed, per part of speech. */
    static final int SENSES = 2;

    /**
     * WordNet pointer symbols followed, one character each: derivationally related form, similar to
     * (adjectives), verb group, pertainym / derived from, also see, hypernym (broader term).
     */
    private static final String FOLLOWED = "+&$\\^@";

    private final String[] lemmas;
    private final Map<String, Integer> lemmaIds;
    /** Synset s's lemma ids are {@code members[memberStart[s] .. memberStart[s + 1])}. */
    private final int[] members;
    private final int[] memberStart;
    /**
     * Synset s's pointers are {@code pointers[pointerStart[s] .. pointerStart[s + 1])}, three ints
     * each: target synset, source word (0 = all, -1 = a name), target word (the same).
     */
    private final int[] pointers;
    private final int[] pointerStart;
    /** Lemma id → its synset ids, most frequent sense first, parts of speech in noun, verb, adj, adv order. */
    private final int[][] senses;

    private WordRelations(String[] lemmas, Map<String, Integer> lemmaIds, int[] members, int[] memberStart, int[] pointers,
            int[] pointerStart, int[][] senses) {
        this.lemmas = lemmas;
        this.lemmaIds = lemmaIds;
        this.members = members;
        this.memberStart = memberStart;
        this.pointers = pointers;
        this.pointerStart = pointerStart;
        this.senses = senses;
    }

    /** Whether WordNet writes {@code lemma}, one word, in lower case in some sense: a plain English word. */
    boolean knows(String lemma) {
        return lemmaIds.containsKey(lemma);
    }

    /** How many plain one-word lemmas WordNet has. */
    int size() {
        return lemmas.length;
    }

    /**
     * The one-word lemmas related to {@code lemma} by its first {@link #SENSES} senses of each part
     * of speech, in WordNet's order, without the word itself.
     */
    Set<String> related(String lemma) {
        Integer id = lemmaIds.get(lemma);
        Set<String> out = new LinkedHashSet<>();
        if (id == null || senses[id] == null) {
            return out;
        }
        for (int synset : senses[id]) {
            int position = 0;
            for (int m = memberStart[synset]; m < memberStart[synset + 1]; m++) {
                out.add(lemmas[members[m]]);
                if (members[m] == id) {
                    position = m - memberStart[synset] + 1;
                }
            }
            for (int p = pointerStart[synset]; p < pointerStart[synset + 1]; p += 3) {
                int source = pointers[p + 1];
                if (source != 0 && source != position) {
                    continue;
                }
                int target = pointers[p];
                int word = pointers[p + 2];
                int from = memberStart[target];
                int to = memberStart[target + 1];
                if (word == 0) {
                    for (int m = from; m < to; m++) {
                        out.add(lemmas[members[m]]);
                    }
                } else if (word > 0 && word <= to - from) {
                    out.add(lemmas[members[from + word - 1]]);
                }
            }
        }
        out.remove(lemma);
        return out;
    }

    /**
     * Collects synsets from WordNet's {@code data.*} lines and senses from its {@code index.*} lines,
     * parsing each line in place (no splitting: the four data files hold 117,000 synsets with some
     * 400,000 pointers, read while the bot starts).
     */
    static final class Builder {
        private static final String PARTS = "nvar";

        private final List<String> lemmas = new ArrayList<>();
        private final Map<String, Integer> lemmaIds = new HashMap<>(100_000);
        /** Per part of speech, the synsets' byte offsets in file order (ascending), and the id of its first synset. */
        private final IntList[] offsets = {new IntList(), new IntList(), new IntList(), new IntList()};
        private final int[] firstId = new int[4];
        private int synsets;
        /** Members, flat: lemma id, or -1 for a name (it keeps its position); memberStart[s] .. memberStart[s + 1]. */
        private final IntList members = new IntList();
        private final IntList memberStart = new IntList();
        /** Followed pointers, flat, four ints each: target part, target offset, source word, target word. */
        private final IntList pointers = new IntList();
        private final IntList pointerStart = new IntList();
        private final Map<String, IntList> senses = new HashMap<>(100_000);
        /** Capitalised lemmas of noun.location, lower case, words joined by "_": "united_states". */
        private final Set<String> places = new HashSet<>();

        /** Lexicographer file 15: noun.location. */
        private static final int LOCATIONS = 15;

        Set<String> places() {
            return places;
        }

        /**
         * A data line, {@code offset lexfile pos count (word lexid)… pcount (symbol offset pos source/target)… | gloss};
         * the lines of one file come in ascending offset order, the files one after the other.
         */
        void addSynset(String line) {
            Cursor c = new Cursor(line);
            int offset = c.nextInt(10);
            boolean location = c.nextInt(10) == LOCATIONS;
            int part = part(c.nextChar());
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
                    places.add(raw.toLowerCase(Locale.ROOT));
                }
                // A name or a phrase keeps its place (pointers count words by position) but is never offered.
                members.add(word.indexOf(' ') < 0 && word.equals(word.toLowerCase(Locale.ROOT)) ? idOf(word) : -1);
            }
            pointerStart.add(pointers.size());
            int pointerCount = c.nextInt(10);
            for (int i = 0; i < pointerCount; i++) {
                boolean followed = c.nextIsOneOf(FOLLOWED);
                int targetOffset = c.nextInt(10);
                int targetPart = part(c.nextChar());
                int sourceTarget = c.nextInt(16);
                if (followed) {
                    pointers.add(targetPart);
                    pointers.add(targetOffset);
                    pointers.add(sourceTarget >> 8);
                    pointers.add(sourceTarget & 0xff);
                }
            }
        }

        /** An index line, {@code lemma pos synsetcount pcount symbol… sensecount tagsensecount offset…} (commonest sense first). */
        void addSenses(String line) {
            Cursor c = new Cursor(line);
            String lemma = lemma(c.next());
            if (!lemmaIds.containsKey(lemma)) {
                return; // a phrase, or a name: never a question's one plain word
            }
            int part = part(c.nextChar());
            int synsetCount = c.nextInt(10);
            int pointerCount = c.nextInt(10);
            for (int i = 0; i < pointerCount + 2; i++) {
                c.skip();
            }
            IntList list = senses.computeIfAbsent(lemma, k -> new IntList());
            for (int i = 0; i < Math.min(SENSES, synsetCount); i++) {
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
                    int target = idOf(pointers.get(p), pointers.get(p + 1));
                    if (target >= 0) {
                        resolved.add(target);
                        // Word positions count the names too: they become positions among the kept words (-1: a name).
                        resolved.add(keptPosition(s, pointers.get(p + 2)));
                        resolved.add(keptPosition(target, pointers.get(p + 3)));
                    }
                }
            }
            keptMemberStart.add(keptMembers.size());
            resolvedStart.add(resolved.size());
            int[][] senseArray = new int[lemmas.size()][];
            senses.forEach((lemma, ids) -> senseArray[lemmaIds.get(lemma)] = ids.toArray());
            return new WordRelations(lemmas.toArray(String[]::new), lemmaIds, keptMembers.toArray(), keptMemberStart.toArray(),
                    resolved.toArray(), resolvedStart.toArray(), senseArray);
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
            int at = Arrays.binarySearch(list.values, 0, list.size(), offset);
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

    /** Reads a line's space-separated fields in place. */
    private static final class Cursor {
        private final String line;
        private int at;

        Cursor(String line) {
            this.line = line;
        }

        private int end() {
            int end = line.indexOf(' ', at);
            return end < 0 ? line.length() : end;
        }

        String next() {
            int end = end();
            String field = line.substring(at, end);
            at = end + 1;
            return field;
        }

        int nextInt(int radix) {
            int end = end();
            int value = Integer.parseInt(line, at, end, radix);
            at = end + 1;
            return value;
        }

        char nextChar() {
            char c = line.charAt(at);
            at = end() + 1;
            return c;
        }

        void skip() {
            at = end() + 1;
        }

        /** Whether the next field is one character of {@code symbols}; skips it. */
        boolean nextIsOneOf(String symbols) {
            int end = end();
            boolean one = end == at + 1 && symbols.indexOf(line.charAt(at)) >= 0;
            at = end + 1;
            return one;
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return size == 0 ? EMPTY : Arrays.copyOf(values, size);
        }

        void clear() {
            size = 0;
        }

        private static final int[] EMPTY = {};
    }
}
