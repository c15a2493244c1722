package dev.summitbot.knowledge;

/**
 * Bounds that keep a hostile or mistaken knowledge folder from exhausting the bot.
 *
 * @param maxFileBytes largest file accepted
 * @param maxFiles most files accepted in the whole folder
 * @param maxYamlDepth deepest nesting of YAML collections
 * @param maxYamlAliases most alias references SnakeYAML accepts in one document; the loader refuses
 *     every alias anyway (see {@link LocatedYaml}), so this is a second line of defence
 */
public record KnowledgeLimits(long maxFileBytes, int maxFiles, int maxYamlDepth, int maxYamlAliases) {

    public static final KnowledgeLimits DEFAULT = new KnowledgeLimits(8L << 20, 20_000, 16, 20);

    public KnowledgeLimits {
        if (maxFileBytes < 1 || maxFiles < 1 || maxYamlDepth < 2 || maxYamlAliases < 0) {
            throw new IllegalArgumentException("knowledge limits must be positive: maxFileBytes=" + maxFileBytes
                    + ", maxFiles=" + maxFiles + ", maxYamlDepth=" + maxYamlDepth + ", maxYamlAliases=" + maxYamlAliases);
        }
    }
}
