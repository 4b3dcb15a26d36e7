package dev.passerelle.contracttests.golden;

import dev.passerelle.contract.v1.DateRange;
import dev.passerelle.contract.v1.PageInfo;
import dev.passerelle.contract.v1.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Terse constructors for the values the fixtures repeat. */
final class Values {

    /** The instant the golden exchanges happen at, on the ERP's Paris clock. */
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:15:02.118+01:00");

    private Values() {
    }

    /** An amount written the way the golden files write it (the scale is kept). */
    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    static DateRange period(String from, String to) {
        DateRange range = new DateRange();
        range.setFrom(from == null ? null : date(from));
        range.setTo(to == null ? null : date(to));
        return range;
    }

    static PageRequest page(int number, int size) {
        PageRequest page = new PageRequest();
        page.setPageNumber(number);
        page.setPageSize(size);
        return page;
    }

    static PageInfo pageInfo(int number, int size, long total) {
        PageInfo info = new PageInfo();
        info.setPageNumber(number);
        info.setPageSize(size);
        info.setTotalCount(total);
        info.setMore((long) number * size < total);
        return info;
    }
}
