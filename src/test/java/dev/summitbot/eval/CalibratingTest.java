package dev.summitbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.summitbot.answer.Signals;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Calibrating: the calibration curve, the Brier score and cross-validation")
final class CalibratingTest {

    private static Calibrating.Example example(double coverage, double p, boolean right) {
        return new Calibrating.Example(new Signals(coverage, 0, 0, 0, 0, 0, 0), p, right);
    }

    @Test
    @DisplayName("the curve groups answers by tenths of probability; 1.0 falls in the last bin")
    void curve() {
        // GIVEN
        List<Calibrating.Example> examples = List.of(example(0.1, 0.05, false), example(0.2, 0.08, true), example(0.9, 0.95, true),
                example(1, 1.0, true), example(0.5, 0.5, false));

        // WHEN
        List<Calibrating.Bin> bins = Calibrating.curve(examples);

        // THEN
        assertThat(bins).hasSize(10);
        assertThat(bins.get(0).count()).isEqualTo(2);
        assertThat(bins.get(0).observed()).isEqualTo(0.5);
        assertThat(bins.get(0).meanProbability()).isCloseTo(0.065, within(1e-9));
        assertThat(bins.get(5).count()).isEqualTo(1);
        assertThat(bins.get(9).count()).isEqualTo(2);
        assertThat(bins.get(9).right()).isEqualTo(2);
        assertThat(Calibrating.render(examples)).first().asString().startsWith("calibration");
        assertThat(Calibrating.render(examples)).last().asString().contains("Brier score 0.2");
    }

    @Test
    @DisplayName("Brier: 0 for certain and right, 1 for certain and wrong, 0.25 for always one half")
    void brier() {
        // GIVEN / WHEN / THEN
        assertThat(Calibrating.brier(List.of(example(1, 1, true), example(0, 0, false)))).isZero();
        assertThat(Calibrating.brier(List.of(example(1, 1, false)))).isEqualTo(1.0);
        assertThat(Calibrating.brier(List.of(example(1, 0.5, false), example(1, 0.5, true)))).isEqualTo(0.25);
    }

    @Test
    @DisplayName("cross-validation decides held-out examples with models fitted without them")
    void crossValidation() {
        // GIVEN a separable set: high coverage right, low wrong
        List<Calibrating.Example> examples = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(example(0.8 + i % 3 * 0.05, 0, true));
            examples.add(example(0.1 + i % 3 * 0.05, 0, false));
        }

        // WHEN / THEN every held-out example is decided right
        assertThat(Calibrating.crossValidated(examples, List.of("coverage"), 5)).isEqualTo(40);
    }
}
