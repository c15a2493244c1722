package dev.summitbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a source's text into passages: one sentence each, verbatim, with its neighbours in the
 * same paragraph as context, and in notes the other lines of its paragraph around it ({@link Passage#around}).
 * Abbreviations such as "U.S." or "Sen." do not end a sentence.
 */
final class SentenceSplitter {

    /** Longer sentences are cut at a word boundary, so one passage always fits in a reply. */
    static final int MAX_PASSAGE_CHARS = 600;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gen", "gov", "lt", "col", "sgt", "capt", "jr", "sr",
            "prof", "pres", "no", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "dept", "approx", "ft", "mt");

    private record Sentence(String text, int line) {}

    List<Passage> split(Source source) {
        List<Passage> passages = new ArrayList<>();
        String[] lines = source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<Sentence> paragraph = new ArrayList<>();
            String around = source.isNotes() ? otherLinesOfParagraph(lines, i) : "";
            for (String sentence : sentences(lines[i])) {
                for (String piece : capped(sentence)) {
                    paragraph.add(new Sentence(piece, source.textLine() + i));
                }
            }
            for (int s = 0; s < paragraph.size(); s++) {
                String context = (s > 0 ? paragraph.get(s - 1).text() : "") + " "
                        + (s + 1 < paragraph.size() ? paragraph.get(s + 1).text() : "");
                int ordinal = passages.size() + 1;
                passages.add(new Passage(source.id() + "#" + ordinal, source.id(), ordinal,
                        paragraph.get(s).text(), context.strip(), around, paragraph.get(s).line()));
            }
        }
        return passages;
    }

    /** The lines next to line {@code at} up to a blank line either way, without it. */
    private static String otherLinesOfParagraph(String[] lines, int at) {
        int first = at;
        while (first > 0 && !lines[first - 1].isBlank()) {
            first--;
        }
        StringBuilder out = new StringBuilder();
        for (int l = first; l < lines.length && !lines[l].isBlank(); l++) {
            if (l != at) {
                out.append(out.isEmpty() ? "" : " ").append(lines[l].strip());
            }
        }
        return out.toString();
    }

    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && "\"')]”’".indexOf(paragraph.charAt(end)) >= 0) {
                end++;
            }
            if (end < n && !Character.isWhitespace(paragraph.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            boolean atEnd = next >= n;
            if (!atEnd && !startsSentence(paragraph.charAt(next))) {
                continue;
            }
            if (!atEnd && c == '.' && isAbbreviation(paragraph, start, i)) {
                continue;
            }
            addIfText(out, paragraph.substring(start, end));
            start = next;
            i = next - 1;
        }
        if (start < n) {
            addIfText(out, paragraph.substring(start));
        }
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(".indexOf(c) >= 0;
    }

    /** True for "U.S." style initialisms and the common abbreviations above. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).replaceAll("^[\"'(“‘]+", "").toLowerCase();
        return word.contains(".") || (word.length() == 1 && Character.isLetter(word.charAt(0)))
                || ABBREVIATIONS.contains(word);
    }

    private static void addIfText(List<String> out, String sentence) {
        String s = sentence.strip();
        if (s.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(s);
        }
    }

    private static List<String> capped(String sentence) {
        if (sentence.length() <= MAX_PASSAGE_CHARS) {
            return List.of(sentence);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (sentence.length() - start > MAX_PASSAGE_CHARS) {
            // The last space within this piece; lastIndexOf would scan back to the text's start each time.
            int cut = start + MAX_PASSAGE_CHARS;
            while (cut > start && sentence.charAt(cut) != ' ') {
                cut--;
            }
            if (cut == start) {
                cut = start + MAX_PASSAGE_CHARS;
                if (Character.isHighSurrogate(sentence.charAt(cut - 1)) && Character.isLowSurrogate(sentence.charAt(cut))) {
                    cut--; // never split one character (an emoji, say) in two
                }
            }
            pieces.add(sentence.substring(start, cut).strip());
            start = cut;
        }
        pieces.add(sentence.substring(start).strip());
        pieces.removeIf(String::isEmpty);
        return pieces;
    }
}
