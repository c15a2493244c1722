package dev.summitbot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("QuietPeriod: the watcher's debounce, on a ticker the test moves")
final class QuietPeriodTest {

    private static final Duration QUIET = Duration.ofMillis(300);

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final QuietPeriod quiet = new QuietPeriod(QUIET, nanos::get);

    private void advance(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    @Test
    @DisplayName("nothing is due before any change, however much time passes")
    void idle() {
        // GIVEN / WHEN no change, and an hour
        advance(3_600_000);

        // THEN
        assertThat(quiet.pending()).isFalse();
        assertThat(quiet.takeDue()).isFalse();
        assertThat(quiet.left()).isZero();
    }

    @Test
    @DisplayName("one change: due exactly one quiet period later, and only once")
    void oneChange() {
        // GIVEN
        quiet.changed();

        // WHEN / THEN not due 1 ms before the period ends, due when it ends, then not again
        advance(299);
        assertThat(quiet.left()).isEqualTo(Duration.ofMillis(1));
        assertThat(quiet.takeDue()).isFalse();
        advance(1);
        assertThat(quiet.left()).isZero();
        assertThat(quiet.takeDue()).isTrue();
        assertThat(quiet.takeDue()).isFalse();
        assertThat(quiet.pending()).isFalse();
    }

    @Test
    @DisplayName("changes within the quiet period collapse into one reload, due a period after the last of them")
    void burstCollapses() {
        // GIVEN 15 changes 100 ms apart: 1.4 s in all, each within 300 ms of the one before
        int due = 0;
        for (int i = 0; i < 15; i++) {
            quiet.changed();
            advance(100);
            due += quiet.takeDue() ? 1 : 0;
        }

        // WHEN the last change is 300 ms old
        advance(199);
        boolean beforeTheEnd = quiet.takeDue();
        advance(1);

        // THEN nothing was due during the burst, one reload is due now, and no second one
        assertThat(due).isZero();
        assertThat(beforeTheEnd).isFalse();
        assertThat(quiet.takeDue()).isTrue();
        advance(10_000);
        assertThat(quiet.takeDue()).isFalse();
    }

    @Test
    @DisplayName("a change after the quiet period makes another reload")
    void laterChangeMakesAnother() {
        // GIVEN a change whose reload is done
        quiet.changed();
        advance(300);
        assertThat(quiet.takeDue()).isTrue();

        // WHEN another change comes later
        advance(5_000);
        quiet.changed();

        // THEN a second reload is due a quiet period after it
        assertThat(quiet.takeDue()).isFalse();
        advance(300);
        assertThat(quiet.takeDue()).isTrue();
    }
}
