package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTest {

    @ParameterizedTest
    @CsvSource({
            "0.5, PASS", "1.0, PASS", "1.2, PASS",
            "1.21, MISS", "2.0, MISS", "NaN, MISS"
    })
    void aRatioHeldToALimitMissesItAboveOnly(double ratio, Figure.Verdict verdict) {
        Figure figure = Figure.atMost("2. Memory", "time per account, N = 300,000 / N = 10,000", ratio, "x", 1.2);

        assertThat(figure.verdict()).isEqualTo(verdict);
        assertThat(figure.target()).isEqualTo("<= 1.20 x");
    }
}
