package dev.summitbot.question;

import java.util.ArrayList;
import java.util.List;

/**
 * The one slip of the keyboard that turns a word into what was typed, in the order a reader tries
 * them: chat drops letters most ("wich" is "which", not "with"), swaps two less, adds one less
 * still, changes one least.
 */
enum Typo {
    /** A letter left out: "whre" of "where". */
    MISSING {
        @Override
        List<String> words(String typed) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i <= typed.length(); i++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    out.add(typed.substring(0, i) + c + typed.substring(i));
                }
            }
            return out;
        }
    },
    /** Two neighbours swapped: "teh" of "the". */
    SWAPPED {
        @Override
        List<String> words(String typed) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i + 1 < typed.length(); i++) {
                out.add(typed.substring(0, i) + typed.charAt(i + 1) + typed.charAt(i) + typed.substring(i + 2));
            }
            return out;
        }
    },
    /** A letter typed twice or one too many: "mentionning" of "mentioning"; not under five letters ("hes" is no "he"). */
    EXTRA {
        @Override
        List<String> words(String typed) {
            List<String> out = new ArrayList<>();
            if (typed.length() < 5) {
                return out;
            }
            for (int i = 0; i < typed.length(); i++) {
                out.add(typed.substring(0, i) + typed.substring(i + 1));
            }
            return out;
        }
    },
    /** One letter changed: "wgat" of "what"; not in three letters, where it makes "get" of "gmt". */
    CHANGED {
        @Override
        List<String> words(String typed) {
            List<String> out = new ArrayList<>();
            if (typed.length() < 4) {
                return out;
            }
            for (int i = 0; i < typed.length(); i++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    if (c != typed.charAt(i)) {
                        out.add(typed.substring(0, i) + c + typed.substring(i + 1));
                    }
                }
            }
            return out;
        }
    };

    /** Every lower-case word this slip could have turned into {@code typed}. */
    abstract List<String> words(String typed);
}
