package dev.summitbot.service;

import dev.summitbot.answer.Answer;

/** An answer with the knowledge version it came from and how long it took. */
public record Asked(Answer answer, KnowledgeVersion version, double millis) {}
