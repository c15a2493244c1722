package dev.summitbot.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * WordNet's relations between plain words, for paraphrases: a word's synonyms (the other words of
 * its senses), the words derived from it or it from them ("agreement" – "agree"), similar adjectives,
 * verb groups and one level of broader terms ("visit" – "meeting", "stand" – "stance"). Only a
 * word's two commonest senses are followed: WordNet lists them most frequent first, and the rare
 * ones ("accept" as "be designed to fit", of a plug) bring noise. Read by {@link WordRelationsBuilder}.
 *
 * <p>Only one-word lemmas are kept — a question's unknown word is one word, and the knowledge is
 * searched for one-word terms — as ids, synsets as arrays of lemma ids and of pointers: it stays in
 * memory for every reload of the knowledge.
 */
final class WordRelations {

    /** Senses of a word followed, per part of speech. */
    static final int SENSES = 2;

    private final String[] lemmas;
    private final Map<String, Integer> lemmaIds;
    /** Synset s's lemma ids are {@code members[memberStart[s] .. memberStart[s + 1])}. */
    private final int[] members;
    private final int[] memberStart;
    /**
     * Synset s's pointers are {@code pointers[pointerStart[s] .. pointerStart[s + 1])}, four ints
     * each: target synset, source word (0 = all, -1 = a name), target word (the same), and 1 for a
     * narrower term (a noun's hyponym), else 0.
     */
    private final int[] pointers;
    private final int[] pointerStart;
    /** Lemma id → its synset ids, most frequent sense first, parts of speech in noun, verb, adj, adv order. */
    private final int[][] senses;
    /** The first synset of each part of speech, in noun, verb, adjective, adverb order. */
    private final int[] partStart;
    /** Lemma id → how often WordNet's sense-tagged texts use the lemma: how common a word it is. */
    private final int[] uses;

    WordRelations(String[] lemmas, Map<String, Integer> lemmaIds, int[] members, int[] memberStart, int[] pointers,
            int[] pointerStart, int[][] senses, int[] partStart, int[] uses) {
        this.lemmas = lemmas;
        this.lemmaIds = lemmaIds;
        this.members = members;
        this.memberStart = memberStart;
        this.pointers = pointers;
        this.pointerStart = pointerStart;
        this.senses = senses;
        this.partStart = partStart;
        this.uses = uses;
    }

    /** How often WordNet's sense-tagged texts use {@code lemma}: 0 for a rare word or one it lacks. */
    int uses(String lemma) {
        Integer id = lemmaIds.get(lemma);
        return id == null ? 0 : uses[id];
    }

    /** Whether WordNet writes {@code lemma}, one word, in lower case in some sense: a plain English word. */
    boolean knows(String lemma) {
        return lemmaIds.containsKey(lemma);
    }

    /**
     * The parts of speech of {@code lemma}'s followed senses, as indexes into noun, verb, adjective,
     * adverb: {0} for "weather", {2} for "happy", {0, 1} for "deal"; empty for a word WordNet lacks.
     */
    Set<Integer> parts(String lemma) {
        Set<Integer> out = new TreeSet<>();
        for (int synset : sensesOf(lemma)) {
            int part = partStart.length - 1;
            while (part > 0 && synset < partStart[part]) {
                part--;
            }
            out.add(part);
        }
        return out;
    }

    /** The synsets of {@code lemma}'s followed senses; none for a word WordNet lacks. */
    private int[] sensesOf(String lemma) {
        Integer id = lemmaIds.get(lemma);
        return id == null || senses[id] == null ? new int[0] : senses[id];
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
        return linked(lemma, false);
    }

    /**
     * The one-word lemmas one level narrower than {@code lemma}'s first {@link #SENSES} noun senses,
     * in WordNet's order: kinds of it ("limousine", "sedan" for "car").
     */
    Set<String> narrower(String lemma) {
        return linked(lemma, true);
    }

    /**
     * The one-word lemmas up to {@code levels} narrower than {@code lemma}'s followed noun senses: kinds of it, and kinds of
     * those ("bomber" and "fighter" for "aircraft", by way of "airplane" and "warplane").
     */
    Set<String> kinds(String lemma, int levels) {
        Set<Integer> reached = new LinkedHashSet<>();
        List<Integer> frontier = new ArrayList<>();
        for (int synset : sensesOf(lemma)) {
            frontier.add(synset);
        }
        for (int level = 0; level < levels && !frontier.isEmpty(); level++) {
            List<Integer> next = new ArrayList<>();
            for (int synset : frontier) {
                for (int p = pointerStart[synset]; p < pointerStart[synset + 1]; p += 4) {
                    if (pointers[p + 3] == 1 && pointers[p + 1] == 0 && reached.add(pointers[p])) {
                        next.add(pointers[p]);
                    }
                }
            }
            frontier = next;
        }
        Set<String> out = new LinkedHashSet<>();
        for (int synset : reached) {
            for (int m = memberStart[synset]; m < memberStart[synset + 1]; m++) {
                out.add(lemmas[members[m]]);
            }
        }
        out.remove(lemma);
        return out;
    }

    private Set<String> linked(String lemma, boolean narrower) {
        Integer id = lemmaIds.get(lemma);
        Set<String> out = new LinkedHashSet<>();
        for (int synset : sensesOf(lemma)) {
            int position = 0;
            for (int m = memberStart[synset]; m < memberStart[synset + 1]; m++) {
                if (!narrower) {
                    out.add(lemmas[members[m]]);
                }
                if (members[m] == id) {
                    position = m - memberStart[synset] + 1;
                }
            }
            for (int p = pointerStart[synset]; p < pointerStart[synset + 1]; p += 4) {
                int source = pointers[p + 1];
                if (source != 0 && source != position || (pointers[p + 3] == 1) != narrower) {
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
}
