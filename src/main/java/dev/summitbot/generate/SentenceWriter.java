package dev.summitbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes sentences of news-like text: lengths log-normally distributed around 22 words, words by
 * Zipf's law, a name in most sentences. Every sentence ends with ". ", "? " or "! " before a capital,
 * and never after an abbreviation, so the knowledge loader cuts the text exactly where it was built.
 */
final class SentenceWriter {

    /** Log-normal sentence length: median e^2.97 ≈ 19.5 words, mean ≈ 22. */
    static final double LENGTH_MU = 2.97;
    static final double LENGTH_SIGMA = 0.5;
    static final int MIN_WORDS = 4;
    static final int MAX_WORDS = 60;
    /** Far below the loader's 600-character passage cap, so no sentence is ever cut in two. */
    static final int MAX_CHARS = 480;

    private static final double MENTION = 0.05;
    private static final double NUMBER = 0.015;
    private static final double COMMA = 0.05;

    /** A sentence that states a fact: {@code quote} is "subject relation object", verbatim in {@code text}. */
    record FactSentence(String text, String subject, String relation, String object, String quote) {}

    private final Vocabulary vocabulary;
    private final RandomGenerator random;

    SentenceWriter(Vocabulary vocabulary, RandomGenerator random) {
        this.vocabulary = vocabulary;
        this.random = random;
    }

    /** A title: a name, what happened and a few words; no final punctuation. */
    String headline() {
        List<String> words = new ArrayList<>(List.of(vocabulary.actors.next(random), Vocabulary.pick(random, WordLists.RELATIONS)));
        int more = 2 + random.nextInt(5);
        for (int i = 0; i < more; i++) {
            words.add(vocabulary.word(random));
        }
        words.add(vocabulary.contentWord(random));
        return Vocabulary.capitalize(String.join(" ", words));
    }

    String sentence() {
        StringBuilder text = new StringBuilder();
        fill(text, 0, length());
        return Vocabulary.capitalize(text.toString());
    }

    FactSentence factSentence() {
        String subject = vocabulary.actors.next(random);
        String relation = Vocabulary.pick(random, WordLists.RELATIONS);
        StringBuilder object = new StringBuilder(Vocabulary.pick(random, WordLists.OBJECT_OPENERS));
        if (random.nextBoolean()) {
            object.append(' ').append(vocabulary.contentWord(random));
        }
        object.append(' ').append(vocabulary.contentWord(random));
        if (random.nextDouble() < 0.4) {
            object.append(" in ").append(vocabulary.places.next(random));
        }
        String quote = subject + " " + relation + " " + object;
        StringBuilder text = new StringBuilder();
        if (random.nextDouble() < 0.25) {
            text.append(Vocabulary.pick(random, WordLists.LEADS)).append(' ');
        }
        text.append(quote);
        int words = wordCount(text);
        if (random.nextDouble() < 0.3) {
            text.append(',');
        }
        fill(text, words, Math.max(words + 2, length()));
        return new FactSentence(text.toString(), subject, relation, object.toString(), quote);
    }

    /** Adds words to {@code text} (holding {@code words} words) until it has {@code target}, then the end. */
    private void fill(StringBuilder text, int words, int target) {
        String previous = "";
        while (words < target - 1 && text.length() < MAX_CHARS) {
            String token = token();
            if (token.equals(previous)) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(token);
            words += wordCount(token);
            previous = token;
            if (words > 2 && words < target - 1 && random.nextDouble() < COMMA) {
                text.append(',');
            }
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(random.nextDouble() < 0.1 ? vocabulary.mention(random) : vocabulary.contentWord(random));
        double end = random.nextDouble();
        text.append(end < 0.03 ? '?' : end < 0.05 ? '!' : '.');
    }

    private String token() {
        double u = random.nextDouble();
        if (u < MENTION) {
            return vocabulary.mention(random);
        }
        if (u < MENTION + NUMBER) {
            return number();
        }
        return vocabulary.word(random);
    }

    private String number() {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(1990 + random.nextInt(36));
            case 1 -> Integer.toString(2 + random.nextInt(98));
            case 2 -> String.format(Locale.ROOT, "%,d", 1_000 + random.nextInt(99_000));
            default -> (1 + random.nextInt(60)) + " percent";
        };
    }

    private int length() {
        double words = Math.exp(LENGTH_MU + LENGTH_SIGMA * random.nextGaussian());
        return (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS, Math.round(words)));
    }

    static int wordCount(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
