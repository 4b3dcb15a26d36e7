package dev.passerelle.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlTimeTest {

    @Test
    void readsAndPrintsEveryDayOfSeveralYearsAsTheIsoFormattersDo() {
        for (LocalDate date = LocalDate.of(1999, 1, 1); date.isBefore(LocalDate.of(2005, 1, 1)); date = date.plusDays(1)) {
            String iso = DateTimeFormatter.ISO_LOCAL_DATE.format(date);

            assertThat(XmlTime.printDate(date)).isEqualTo(iso);
            assertThat(XmlTime.parseDate(iso)).isEqualTo(date);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-9999, -1, 0, 1, 999, 1000, 9999, 10000, 123456})
    void printsYearsOutsideFourDigitsAsTheIsoFormatterDoes(int year) {
        LocalDate date = LocalDate.of(year, 3, 7);

        assertThat(XmlTime.printDate(date)).isEqualTo(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        assertThat(XmlTime.parseDate(XmlTime.printDate(date))).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23+01:00", "2026-11-23Z", "  2026-11-23  ", "2026-11-23-05:00"})
    void keepsTheLocalDateOfAnOffsetOrPaddedDate(String text) {
        assertThat(XmlTime.parseDate(text)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-00-10", "2026-1-01", "2026/01/01", "26-01-01", "2026-01-0x", ""})
    void refusesWhatIsNotADateWithTheGeneralParsersError(String text) {
        assertThatThrownBy(() -> XmlTime.parseDate(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void leavesAbsentValuesAbsent() {
        assertThat(XmlTime.parseDate(null)).isNull();
        assertThat(XmlTime.printDate(null)).isNull();
    }
}
