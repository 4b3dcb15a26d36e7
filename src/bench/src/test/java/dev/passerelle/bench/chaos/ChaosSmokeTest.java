package dev.passerelle.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.launcher.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The kill suite end to end in its short form, through the command line: one trial of each scenario
 * over 300 demo accounts, two scenarios at a time, each with real endpoint and engine child JVMs,
 * killed and restarted. The printed table has every scenario with its trial converged, nothing lost or
 * duplicated, no hand needed, and a clean calibration.
 */
class ChaosSmokeTest {

    @TempDir
    Path data;

    @Test
    void oneTrialOfEachScenarioConvergesWithNothingLostOrDuplicated() {
        StringWriter out = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out));

        // Two lanes: each runs one child JVM at a time most of the time, so two keep both cores of a small machine busy.
        // The seed draws every kill near the middle of its window (0.45 to 0.56 of it), so that each victim is alive.
        int exit = command.execute("chaos", "--trials", "5", "--accounts", "300", "--seed", "46162622", "--parallel", "2",
                "--data", data.toString());

        String report = out.toString();
        assertThat(exit).as(report).isZero();
        for (Scenario scenario : Scenario.values()) {
            List<String> cells = row(report, scenario.label());
            assertThat(cells).as(scenario.label() + " in\n" + report)
                    .startsWith(scenario.label(), "1", "1", "0", "0", "0");
            assertThat(cells.get(9)).as("its calibration").isEqualTo("clean");
        }
        assertThat(row(report, "total")).startsWith("total", "5", "5", "0", "0", "0");
    }

    /** The cells of the table's row for {@code label}: scenario, trials, converged, lost, duplicated, needing a hand... */
    private static List<String> row(String report, String label) {
        String line = report.lines().filter(candidate -> candidate.startsWith("| " + label + " |")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + label + " in\n" + report));
        return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::trim).toList();
    }
}
