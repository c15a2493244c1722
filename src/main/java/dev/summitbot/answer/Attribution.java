package dev.summitbot.answer;

import dev.summitbot.knowledge.Fact;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dated claim said as the claim of whoever made it, and when: the fact "Trump | said after the
 * summit that | there was no firm deal" dated 2025-08-15 reads "According to Trump, speaking on
 * 2025-08-15 after the summit, there was no firm deal." The claim is the speaker's, not the
 * sources' word for what happened.
 *
 * <p>Only relations that open with a plain verb of saying are reworded ("said", "told", "wrote",
 * "stressed", …); one that colours the claim ("warned", "promised", "denied") is said as written,
 * as the rewording would drop what the verb says.
 */
final class Attribution {

    /** The verb, then what follows it in the relation. */
    private static final Pattern SAYING = Pattern.compile(
            "^(said|stated|told|added|noted|claimed|insisted|argued|maintained|asserted|stressed|emphasi[sz]ed|wrote)\\b\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A setting opens with a preposition: "in an interview …", "on Thursday", "after the summit", "at the news conference". */
    private static final Pattern SETTING = Pattern.compile("(?:in|on|at|after|before|during|while|from|with|again|later|earlier)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "… that …": the words before may be the setting (whom he told, where, when), those after begin the claim. */
    private static final Pattern THAT = Pattern.compile("^(.*?)\\s*\\bthat\\b\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Attribution() {}

    /**
     * "According to {subject}, speaking on {date} {setting}, {claim}." for a dated fact whose relation
     * opens with a verb of saying; empty for any other fact.
     */
    static Optional<String> of(Fact fact) {
        if (fact.date().isEmpty()) {
            return Optional.empty();
        }
        Matcher saying = SAYING.matcher(fact.relation().strip());
        if (!saying.matches()) {
            return Optional.empty();
        }
        String verb = saying.group(1).toLowerCase(Locale.ROOT);
        String rest = saying.group(2);
        Matcher that = THAT.matcher(rest);
        // Words before "that" are the setting when they say where, when or to whom ("in an interview
        // with CNN", "on Thursday, …", "Bret Baier" after "told"); otherwise they begin the claim
        // ("said he agreed that …"). The setting's own closing comma is the sentence's.
        boolean setting = that.matches()
                && (that.group(1).isBlank() || verb.equals("told") || SETTING.matcher(that.group(1)).lookingAt());
        String where = setting ? that.group(1).replaceAll("[,;:\\s]+$", "") : "";
        String claimStart = setting ? that.group(2) : rest;
        if (verb.equals("told")) {
            if (where.isEmpty()) {
                return Optional.empty(); // "told him to …" says no claim of its own
            }
            where = "to " + where;
        }
        String claim = (claimStart + " " + fact.object()).strip();
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        String ending = claim.endsWith(".") ? "" : ".";
        return Optional.of("According to " + Evidence.lowerDeterminer(fact.subject().strip()) + ", "
                + (verb.equals("wrote") ? "writing" : "speaking") + " on " + fact.date().map(LocalDate::toString).orElseThrow()
                + (where.isEmpty() ? "" : " " + where) + ", " + claim + ending);
    }
}
