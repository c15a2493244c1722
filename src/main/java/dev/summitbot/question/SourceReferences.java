package dev.summitbot.question;

import java.util.regex.Pattern;

/**
 * Words by which a question points at the bot's own sources rather than at a topic: "what shift
 * does <b>the article</b> mention", "what's <b>the source</b> for putin accepting the deal",
 * "according to <b>your sources</b>". They name no topic, and "article" would match "Article 5"
 * in the sources, so they are left out of what is searched, with the verb that says what they say ("the
 * emissary the headline talks about" asks about no talks); "Article 5" itself (a number follows) stays.
 */
public final class SourceReferences {

    private static final Pattern REFERENCE = Pattern.compile(
            "(?:\\b(?:the|this|that|these|those|your|ur|our|ya)\\s+(?:artic(?:le|al|el)s?|stor(?:y|ies)|pieces?|texts?|sources?|write-?ups?|posts?|headlines?)"
                    // "headline says american emissary": a headline opening the question needs no determiner, nor does
                    // "according to article", "in article" (English learned late drops it)
                    + "|^headlines?|(?<=\\b(?:to|in|from|by|per)\\s)artic(?:le|al|el))\\b(?!\\s*\\d)"
                    // and its verb of saying: "the emissary the headline talks about" asks about no talks
                    + "(?:\\s+(?:talks|is talking|talking|mentions|says|refers to)\\b)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SourceReferences() {}

    /** The question without the words that point at the sources themselves. */
    public static String removedFrom(String question) {
        return REFERENCE.matcher(question).replaceAll(" ");
    }
}
