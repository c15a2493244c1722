package dev.summitbot.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Names one loaded knowledge set: a short hash of its files' content plus the time it was loaded.
 * The same files loaded twice have the same {@link #hash()} and different labels.
 */
public record KnowledgeVersion(String hash, Instant loadedAt) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public KnowledgeVersion {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(loadedAt, "loadedAt");
    }

    static KnowledgeVersion of(String contentHash, Instant loadedAt) {
        return new KnowledgeVersion(contentHash.substring(0, Math.min(10, contentHash.length())), loadedAt);
    }

    /** {@code 3f9a2c1d0b@20261126T121500Z}. */
    public String label() {
        return hash + "@" + STAMP.format(loadedAt);
    }

    @Override
    public String toString() {
        return label();
    }
}
