package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureLinesTest {

    @Test
    void aFigureReadsBackExactlyWithItsTarget() {
        List<Figure> figures = List.of(
                Figure.atMost("1. First sync", "ratio sync / copy", 6.123456789012345, "x", 3),
                Figure.atLeast("5. RTDV", "GetInvoices, 16 callers, SOAP throughput", 1_705.25, "calls/s", 3_000),
                Figure.info("3. Delta", "idle run right after the delta (median of 7)", 25.8, "ms"),
                Figure.info("5. RTDV", "GetInvoices, 1 caller, SOAP, CPU of the whole process per call", Double.NaN, "µs"));

        for (Figure figure : figures) {
            Figure read = FigureLines.parse(FigureLines.line(figure)).orElseThrow();

            assertThat(read).isEqualTo(figure);
            assertThat(read.target()).isEqualTo(figure.target());
            assertThat(read.verdict()).isEqualTo(figure.verdict());
        }
    }

    @Test
    void theChildsOtherOutputIsNotAFigure() {
        assertThat(FigureLines.parse("2026-12-05 15:27:00.999 WARN  o.f.c.i.d.base.Database  - Using H2 2.5.252")).isEmpty();
        assertThat(FigureLines.parse("BENCH-FIGURES are coming")).isEmpty();
    }

    @Test
    void aDamagedFigureLineFailsTheBenchmark() {
        assertThatThrownBy(() -> FigureLines.parse("BENCH-FIGURE\t1. First sync\tratio\tsix\tx\tAT_MOST\t3.0"))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("does not read");
        assertThatThrownBy(() -> FigureLines.parse("BENCH-FIGURE\t1. First sync\tratio\t6.0"))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("4 fields");
    }

    @Test
    void refusesANameThatWouldBreakTheLine() {
        assertThatThrownBy(() -> FigureLines.line(Figure.info("1. First sync", "two\tparts", 1, "s")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
