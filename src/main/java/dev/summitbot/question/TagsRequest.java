package dev.summitbot.question;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question about the tags a source is filed under: "what are the tags on this article", "what is
 * the article tagged as", "which categories is this story in", "is this filed under sports or something else". The source's tags (its front matter)
 * are the answer, said with its headline, which the citation quotes.
 */
public final class TagsRequest {

    private static final Pattern ASKED = Pattern.compile("^(?:so |ok |and |hey |bot,? )*(?:"
            + "(?:what|which)(?:'s|s| is| are| were)? (?:the |its |this |that )?(?:article'?s? |story'?s? |piece'?s? )?(?:tags|tag|categories|category|labels|topics|sections)"
            // of the article, or asked alone: "what category of weapons" asks about weapons
            + "(?:[\\s?!.]*$|\\s+(?:on|of|for|in|is|are|does|do)\\s+(?:the |this |that )?(?:article|story|piece|it|this)\\b)"
            + "|(?:what|how)(?:'s|s| is| was)? (?:the |this |that )?(?:article|story|piece|it) (?:tagged|categori[sz]ed|labell?ed|filed)\\b"
            + "|(?:what|which) categor(?:y|ies) (?:is|does|was|are) (?:the |this |that )?(?:article|story|piece|it)\\b"
            // "is this filed under sports news or something else", "is the article categorized as politics"
            + "|(?:is|was) (?:the |this |that )?(?:article |story |piece )?(?:filed|tagged|categori[sz]ed|labell?ed|classified) (?:under|as|in)\\b"
            + "|(?:what|where) (?:is|was) (?:the |this |that )?(?:article |story |piece )?filed\\b)");

    private TagsRequest() {}

    /** True when the question asks how a source is tagged. */
    public static boolean asks(String text) {
        return ASKED.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'').strip()).find();
    }

    /** How the answer opens: "Tagged war-and-conflicts, policy-and-legislation and general-news: ", before the headline. */
    public static String opening(List<String> tags) {
        String listed = tags.size() == 1 ? tags.get(0)
                : String.join(", ", tags.subList(0, tags.size() - 1)) + " and " + tags.get(tags.size() - 1);
        return "Tagged " + listed + ": ";
    }
}
