package dev.summitbot.service;

import dev.summitbot.answer.Summary;

/** A summary with the knowledge version it came from. */
public record Summarized(Summary summary, KnowledgeVersion version) {}
