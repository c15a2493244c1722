package dev.summitbot.knowledge;

/**
 * Bounds that keep a hostile or mistaken knowledge folder from exhausting the bot. (YAML aliases
 * need no bound: the loader refuses every alias, see {@link LocatedYaml}.)
 *
 * @param maxFileBytes largest file accepted
 * @param maxFiles most files accepted in the whole folder
 * @param maxYamlDepth deepest nesting of YAML collections
 * @param maxTotalBytes most bytes accepted in all files together
 */
public record KnowledgeLimits(long maxFileBytes, int maxFiles, int maxYamlDepth, long maxTotalBytes) {

    public static final KnowledgeLimits DEFAULT = new KnowledgeLimits(8L << 20, 20_000, 16, 256L << 20);

    public KnowledgeLimits {
        if (maxFileBytes < 1 || maxFiles < 1 || maxYamlDepth < 2 || maxTotalBytes < maxFileBytes) {
            throw new IllegalArgumentException("knowledge limits must be positive, with maxTotalBytes ≥ maxFileBytes: maxFileBytes="
                    + maxFileBytes + ", maxFiles=" + maxFiles + ", maxYamlDepth=" + maxYamlDepth + ", maxTotalBytes=" + maxTotalBytes);
        }
    }
}
