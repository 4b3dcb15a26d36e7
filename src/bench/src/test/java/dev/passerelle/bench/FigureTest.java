package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTest {

    @ParameterizedTest
    @CsvSource({
            "0, PASS", "19.9, PASS", "20, PASS", "-20, PASS", "-12.5, PASS",
            "20.1, MISS", "-20.1, MISS", "-49.65, MISS", "NaN, MISS"
    })
    void aChangeHeldWithinALimitMissesItInEitherDirection(double change, Figure.Verdict verdict) {
        Figure figure = Figure.within("2. Memory", "time per account, change", change, "%", 20);

        assertThat(figure.verdict()).isEqualTo(verdict);
        assertThat(figure.target()).isEqualTo("within +/- 20 %");
    }
}
