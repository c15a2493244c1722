package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Calibration: a logistic model over named signals, fitted, stored and read back")
final class CalibrationTest {

    private static Signals covering(double coverage, double paraphrased) {
        return new Signals(coverage, 0, 0, 0, 0, paraphrased, 0);
    }

    @Test
    @DisplayName("fitted on examples where high coverage is right, it gives high coverage a probability above one half, low below")
    void fitSeparates() {
        // GIVEN examples: coverage 0.9 right, 0.3 wrong, and a few the other way round (noise)
        List<Signals> examples = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            examples.add(covering(0.9, 0));
            right.add(i % 10 != 0);
            examples.add(covering(0.3, 0));
            right.add(i % 10 == 0);
        }

        // WHEN fitted on coverage
        Calibration model = Calibration.fit(examples, right, List.of("coverage"));

        // THEN probabilities match the examples' rates (nine in ten at each end; the small penalty on weights pulls them in a little)
        assertThat(model.probability(covering(0.9, 0))).isCloseTo(0.9, within(0.03));
        assertThat(model.probability(covering(0.3, 0))).isCloseTo(0.1, within(0.03));
        assertThat(model.probability(covering(0.6, 0))).isCloseTo(0.5, within(0.03));
        // a signal left out of the fit weighs nothing
        assertThat(model.probability(covering(0.9, 1))).isEqualTo(model.probability(covering(0.9, 0)));
    }

    @Test
    @DisplayName("a stored model reads back with the same probabilities, and lists only the signals it weighs")
    void storeAndRead() throws Exception {
        // GIVEN a model fitted on two signals
        List<Signals> examples = List.of(covering(0.9, 0), covering(0.8, 1), covering(0.2, 0), covering(0.7, 1), covering(0.3, 1));
        Calibration model = Calibration.fit(examples, List.of(true, false, false, true, false), List.of("coverage", "paraphrased"));

        // WHEN stored and read back
        StringWriter out = new StringWriter();
        model.store(out, "a test\nof two lines");
        Calibration read = Calibration.read(new StringReader(out.toString()), "test.properties");

        // THEN
        assertThat(out.toString()).startsWith("# a test\n# of two lines\n").contains("intercept=", "coverage=", "paraphrased=")
                .doesNotContain("lead=", "focus=");
        for (Signals s : examples) {
            assertThat(read.probability(s)).isCloseTo(model.probability(s), within(1e-5));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("a bad model file is refused, naming the file and the key")
    @ValueSource(strings = {"intercept=1\ncoverage=x", "intercept=1\ncoverag=2", "coverage=2", "intercept=NaN", "intercept=1\nfocus=Infinity"})
    void badFiles(String text) {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> Calibration.read(new StringReader(text), "bad.properties"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad.properties");
    }

    @Test
    @DisplayName("fitting on a signal nobody knows is refused, naming the known ones")
    void unknownSignal() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> Calibration.fit(List.of(covering(1, 0)), List.of(true), List.of("coverage", "vibes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown signal vibes").hasMessageContaining("paraphrased");
    }

    @Test
    @DisplayName("the shipped model answers when the evidence covers most of the question, and declines when it covers little")
    void shipped() {
        // GIVEN / WHEN / THEN
        Calibration shipped = Calibration.shipped();
        assertThat(shipped.probability(covering(1, 0))).isGreaterThan(Calibration.ANSWER_AT);
        assertThat(shipped.probability(covering(0.2, 0))).isLessThan(Calibration.ANSWER_AT);
    }
}
