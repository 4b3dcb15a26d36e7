package dev.passerelle.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Converts the contract's {@code xs:date} and {@code xs:dateTime} values to and from {@code java.time}.
 * Called by the adapters JAXB generates from {@code bindings.xjb}. Stateless and thread-safe.
 *
 * <p>An {@code xs:dateTime} without an offset is read as UTC; one is always printed with its offset.
 * An {@code xs:date} with an offset ({@code 2026-11-23+01:00}) keeps its local date.
 */
public final class XmlTime {

    private XmlTime() {
    }

    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE.parse(trimmed);
        return LocalDate.from(parsed);
    }

    public static String printDate(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    public static OffsetDateTime parseDateTime(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
        }
    }

    public static String printDateTime(OffsetDateTime dateTime) {
        return dateTime == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
}
