package dev.summitbot.service;

import dev.summitbot.answer.Answer;
import dev.summitbot.question.Pronouns;

/**
 * An answer with the knowledge version it came from and how long it took.
 *
 * @param followUpOf for a question read as a follow-up, the question(s) it was read with; empty otherwise
 * @param pronouns whether that knowledge calls each person "he" or "she": whom a follow-up's "she" may stand for
 */
public record Asked(Answer answer, KnowledgeVersion version, double millis, String followUpOf, Pronouns pronouns) {}
