package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    private static final long[] HUNDRED = java.util.stream.LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

    @ParameterizedTest
    @CsvSource({"50, 50", "99, 99", "100, 100", "1, 1", "0.5, 1"})
    void percentileIsTheNearestRankOfTheSortedSamples(double percentile, long expected) {
        assertThat(Numbers.percentile(HUNDRED, percentile)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1500 | 1,500", "0.25 | 0.250", "12.345 | 12.35", "1234.5 | 1,235"})
    void formatsFiguresForTheTable(double value, String text) {
        assertThat(Numbers.format(value)).isEqualTo(text);
    }
}
