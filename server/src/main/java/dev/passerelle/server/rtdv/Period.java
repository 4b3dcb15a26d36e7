package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.DateRange;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.error.InvalidRequestException;
import java.time.LocalDate;

/** An interval of dates, both ends included, either end open when null; never inverted. */
record Period(LocalDate from, LocalDate to) {

    static final Period ALL = new Period(null, null);

    Period {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidRequestException.of("period", FieldErrorCode.OUT_OF_RANGE,
                    "the period starts after it ends", from + ".." + to);
        }
    }

    static Period of(DateRange range) {
        return range == null ? ALL : new Period(range.getFrom(), range.getTo());
    }

    /**
     * The period of GetTotals: the calendar year of {@code today} when absent; an open start becomes
     * the 1st of January of the end's year, an open end the 31st of December of today's year (or of the
     * start's year when that is later).
     */
    static Period closedForTotals(DateRange range, LocalDate today) {
        Period asked = of(range);
        if (asked.from == null && asked.to == null) {
            return new Period(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
        }
        if (asked.from == null) {
            return new Period(asked.to.withDayOfYear(1), asked.to);
        }
        if (asked.to == null) {
            LocalDate end = asked.from.getYear() > today.getYear() ? asked.from : today;
            return new Period(asked.from, end.withDayOfYear(end.lengthOfYear()));
        }
        return asked;
    }

    DateRange toRange() {
        DateRange range = new DateRange();
        range.setFrom(from);
        range.setTo(to);
        return range;
    }
}
