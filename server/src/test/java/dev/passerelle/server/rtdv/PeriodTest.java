package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.error.InvalidRequestException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

    static Stream<Arguments> totalsPeriods() {
        return Stream.of(
                Arguments.argumentSet("no period: the current calendar year", null, null, "2026-01-01", "2026-12-31"),
                Arguments.argumentSet("start only: up to the end of the current year", "2025-03-01", null, "2025-03-01", "2026-12-31"),
                Arguments.argumentSet("start only, in a later year: up to the end of that year", "2027-02-01", null, "2027-02-01", "2027-12-31"),
                Arguments.argumentSet("end only: from the start of the end's year", null, "2025-06-30", "2025-01-01", "2025-06-30"),
                Arguments.argumentSet("both ends: as asked", "2024-12-20", "2025-11-10", "2024-12-20", "2025-11-10"),
                Arguments.argumentSet("one day", "2026-03-01", "2026-03-01", "2026-03-01", "2026-03-01"));
    }

    @ParameterizedTest
    @MethodSource("totalsPeriods")
    void totalsCloseAnOpenPeriodAroundTheCalendarYear(String from, String to, String expectedFrom, String expectedTo) {
        Period period = Period.closedForTotals(RtdvFixture.range(from, to), TODAY);

        assertThat(period).isEqualTo(new Period(LocalDate.parse(expectedFrom), LocalDate.parse(expectedTo)));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsAnInvalidRequestNamingThePeriod() {
        assertThatThrownBy(() -> Period.of(RtdvFixture.range("2026-02-01", "2026-01-31")))
                .isInstanceOfSatisfying(InvalidRequestException.class, invalid -> {
                    assertThat(invalid.fieldErrors()).singleElement().satisfies(error -> {
                        assertThat(error.getField()).isEqualTo("period");
                        assertThat(error.getCode()).isEqualTo(FieldErrorCode.OUT_OF_RANGE);
                    });
                });
    }
}
