package dev.summitbot;

import dev.summitbot.answer.Answering;
import dev.summitbot.index.KnowledgeIndex;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.KnowledgeException;
import java.io.IOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The project's real knowledge, loaded and indexed: what tests of retrieval, answers and summaries
 * run against — the sources the evaluation sets were written from ({@code eval/sources.txt}, the
 * summit article), as those tests were; the whole folder is still checked. One instance is shared
 * by the whole test run, through {@link Shared}:
 *
 * <pre>{@code
 * @ExtendWith(RealKnowledge.Shared.class)
 * final class FooTest {
 *     @BeforeAll
 *     static void build(RealKnowledge real) { ... }
 * }
 * }</pre>
 *
 * A test that needs a second, independently built copy (to show that two builds agree) calls
 * {@link #loadAndIndex()} and closes what it gets.
 */
public record RealKnowledge(Knowledge knowledge, KnowledgeIndex index, Answering answering) implements AutoCloseable {

    /**
     * Loads and indexes the real knowledge folder anew: a bare index for retrieval tests, and the
     * engine and summarizer wired as the bot wires them ({@link Answering}, with an index of its own).
     */
    public static RealKnowledge loadAndIndex() {
        Knowledge knowledge;
        try {
            knowledge = Fixtures.evaluationLoader().load(Fixtures.realKnowledge());
        } catch (KnowledgeException e) {
            throw new IllegalStateException("the real knowledge does not load: " + e.getMessage(), e);
        }
        return new RealKnowledge(knowledge, Fixtures.index(knowledge), Fixtures.answering(knowledge));
    }

    @Override
    public void close() throws IOException {
        try (answering) {
            index.close();
        }
    }

    /**
     * Resolves a {@link RealKnowledge} parameter with the one instance of the test run, built on first
     * use and closed when the run ends (JUnit closes {@link AutoCloseable} values of the root store).
     */
    public static final class Shared implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealKnowledge.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == RealKnowledge.class;
        }

        @Override
        public RealKnowledge resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(RealKnowledge.class, key -> loadAndIndex(), RealKnowledge.class);
        }
    }
}
