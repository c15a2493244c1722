package dev.summitbot.generate;

/**
 * What to generate.
 *
 * @param sources number of source files
 * @param passages number of passages (sentences, as the knowledge loader cuts them) in all sources,
 *     each source's headline included
 * @param facts number of facts, each backed by a quote of one sentence
 * @param seed the same seed writes the same folder, byte for byte
 */
public record GeneratorSettings(int sources, int passages, int facts, long seed) {

    public static final GeneratorSettings BENCHMARK = new GeneratorSettings(1_000, 100_000, 10_000, 42);

    public GeneratorSettings {
        if (sources < 1 || sources > 9_999) {
            throw new IllegalArgumentException("sources must be between 1 and 9999, was " + sources);
        }
        if (passages < 2 * sources) {
            throw new IllegalArgumentException("passages must be at least twice the sources (a headline and a sentence each), was "
                    + passages + " for " + sources + " sources");
        }
        if (facts < 0 || facts > passages - sources) {
            throw new IllegalArgumentException("facts must be between 0 and passages - sources (" + (passages - sources)
                    + "): one fact per sentence at most, was " + facts);
        }
    }
}
