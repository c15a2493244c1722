package dev.summitbot.service;

import dev.summitbot.answer.Answer;

/**
 * An answer with the knowledge version it came from and how long it took.
 *
 * @param followUpOf for a question read as a follow-up, the question(s) it was read with; empty otherwise
 */
public record Asked(Answer answer, KnowledgeVersion version, double millis, String followUpOf) {}
