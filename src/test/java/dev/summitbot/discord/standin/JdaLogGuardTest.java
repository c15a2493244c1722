package dev.summitbot.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DisplayName("JdaLogGuard")
final class JdaLogGuardTest {
    private static final Logger JDA_LIKE = LoggerFactory.getLogger("net.dv8tion.jda.internal.Example");
    private static final Logger OURS = LoggerFactory.getLogger("dev.summitbot.Example");

    private final JdaLogGuard guard = JdaLogGuard.failOnWarnings("always fine");

    @AfterEach
    void stop() {
        guard.stop();
    }

    @Test
    @DisplayName("fails on a JDA warning, naming it")
    void failsOnJdaWarning() {
        // GIVEN
        guard.start();

        // WHEN
        JDA_LIKE.warn("Got an unexpected Json-parse error {}", 42);

        // THEN
        assertThatThrownBy(guard::assertClean).isInstanceOf(AssertionError.class)
                .hasMessageContaining("WARN net.dv8tion.jda.internal.Example")
                .hasMessageContaining("Got an unexpected Json-parse error 42");
    }

    @Test
    @DisplayName("ignores INFO, other loggers and allowed messages")
    void ignoresTheRest() {
        // GIVEN
        guard.start();
        guard.allowInThisTest("expected close");

        // WHEN
        JDA_LIKE.info("Finished Loading!");
        OURS.error("not JDA's business");
        JDA_LIKE.error("an expected close 4000");
        JDA_LIKE.warn("this is always fine");

        // THEN
        assertThat(guard.offending()).isEmpty();
    }

    @Test
    @DisplayName("forgets a test's allowances when the next test starts")
    void resetsAllowances() {
        // GIVEN
        guard.start();
        guard.allowInThisTest("expected close");
        guard.stop();

        // WHEN
        guard.start();
        JDA_LIKE.error("an expected close 4000");

        // THEN
        assertThat(guard.offending()).hasSize(1);
    }
}
