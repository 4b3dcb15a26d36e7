package dev.passerelle.bench.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmTuningTest {

    @Test
    void keepsTheCollectorInliningAndCounterOptionsInTheirOrder() {
        List<String> arguments = List.of("-XX:+UseParallelGC", "-XX:FreqInlineSize=100", "-Xmx2g",
                "-XX:InlineSmallCode=1000", "-XX:-UsePerfData", "-Dpasserelle.home=/opt/passerelle");

        assertThat(JvmTuning.of(arguments)).containsExactly("-XX:+UseParallelGC", "-XX:FreqInlineSize=100",
                "-XX:InlineSmallCode=1000", "-XX:-UsePerfData");
    }

    @Test
    void leavesOutWhatAChildJvmMustNotRepeat() {
        // A flight recording would write to the parent's file; heap limits are the memory run's to set.
        List<String> arguments = List.of("-XX:StartFlightRecording=filename=/tmp/run.jfr", "-Xmx256m",
                "-XX:+UseCompressedOops", "-XX:MaxInlineLevel=9");

        assertThat(JvmTuning.of(arguments)).isEmpty();
    }

    @Test
    void keepsTheHeapOptionsForTheRunsOfARepeatedBenchmark() {
        List<String> arguments = List.of("-XX:+UseParallelGC", "-Xms1g", "-Xmx4g", "-XX:MaxRAMPercentage=50.0",
                "-Dpasserelle.home=/opt/passerelle", "-XX:+UseCompressedOops");

        assertThat(JvmTuning.heapOf(arguments)).containsExactly("-Xms1g", "-Xmx4g", "-XX:MaxRAMPercentage=50.0");
    }
}
