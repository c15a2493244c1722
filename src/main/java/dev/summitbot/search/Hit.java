package dev.summitbot.search;

import dev.summitbot.index.DocKind;

/**
 * One retrieved document.
 *
 * @param id the passage id ({@code source#n}) or the fact id (without the index's prefix)
 * @param score BM25 score of the query against the document
 * @param coverage share of the question's weighted concepts the document (or its context) holds, 0–1
 * @param ownCoverage the same share of a follow-up's own concepts, without those it carried from the
 *     question before; its coverage for a question that carries nothing, or whose own words have no topic
 * @param focus for a fact, the share of its subject's (or object's) words the question names (1: the
 *     fact is about what was asked); 0 for passages. Breaks ties in coverage.
 * @param spread how many other words lie between the question's topic words where the statement itself holds them
 *     nearest together: "sat with Putin" says its words more together than "sat with Trump in the meeting with Putin".
 *     Breaks ties in coverage and focus; 0 when it holds fewer than two of them, or when no other hit ties with it.
 * @param missing the share of the question's weight in the heaviest concept the document lacks
 *     (light words aside): a name the sources never mention, or the one thing asked
 */
public record Hit(String id, DocKind kind, float score, double coverage, double ownCoverage, double focus, int spread, double missing) {}
