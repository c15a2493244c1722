package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("eval --fit and the calibration curve")
final class CalibrationCommandTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("--fit writes a model fitted on the development set, with its curve and a cross-validated count")
    void fit() throws Exception {
        // GIVEN
        Path model = folder.resolve("calibration.properties");

        // WHEN
        JsonContractTest.Run run = JsonContractTest.run("", "eval", "--fit", model.toString(), "--signals", "coverage,paraphrased");

        // THEN
        assertThat(run.exit()).as(run.err()).isZero();
        String written = Files.readString(model, StandardCharsets.UTF_8);
        assertThat(written).contains("on the development set").contains("intercept=", "coverage=", "paraphrased=").doesNotContain("focus=");
        assertThat(run.out()).contains("wrote " + model, "calibration (", "Brier score", "5-fold cross-validation on the development set: ");
    }

    @Test
    @DisplayName("--fit never learns from the sealed set or a single file, and refuses an unknown signal")
    void fitRefusals() {
        // GIVEN / WHEN
        JsonContractTest.Run sealed = JsonContractTest.run("", "eval", "--fit", folder.resolve("a").toString(), "--set", "sealed");
        JsonContractTest.Run unknown = JsonContractTest.run("", "eval", "--fit", folder.resolve("b").toString(), "--signals", "vibes");

        // THEN
        assertThat(sealed.exit()).isEqualTo(2);
        assertThat(sealed.err()).contains("development set only");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown signal vibes");
        assertThat(folder.resolve("a")).doesNotExist();
        assertThat(folder.resolve("b")).doesNotExist();
    }

    @Test
    @DisplayName("an evaluation prints the calibration curve of the shipped model after its totals")
    void curve() {
        // GIVEN / WHEN
        JsonContractTest.Run run = JsonContractTest.run("", "eval", "--file", Fixtures.evaluationSet().toString());

        // THEN
        assertThat(run.out()).contains("answerable:", "calibration (", "Brier score");
        assertThat(run.out().indexOf("calibration (")).isGreaterThan(run.out().indexOf("unanswerable:"));
    }
}
