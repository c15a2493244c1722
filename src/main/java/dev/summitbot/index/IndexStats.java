package dev.summitbot.index;

/** Size of one built index. */
public record IndexStats(int documents, int passages, int facts, long bytes) {}
