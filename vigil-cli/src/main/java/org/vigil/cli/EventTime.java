package org.vigil.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an {@code --as-of} time as a user writes it: an instant ({@code 2004-02-02T11:00:00Z}), a local time with an
 * offset ({@code 2004-02-02T12:00:00+01:00} or {@code +0100}), with a T or a space before the time, a time with
 * no zone, taken as UTC, or a date, taken as the end of that day in UTC, so that "as of 2004-02-02" includes
 * everything received on the 2nd.
 */
final class EventTime implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String text) {
        String t = text.strip();
        // As a record's times are read: a space may stand for the T, and an offset may be written without its colon.
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + "T" + t.substring(11);
        }
        t = t.replaceFirst("(T.*[+-]\\d\\d)(\\d\\d)$", "$1:$2");
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
            }
            if (t.endsWith("Z") || t.endsWith("z") || t.matches(".*T.*[+-]\\d\\d(:?\\d\\d)?$")) {
                return OffsetDateTime.parse(t.replace('z', 'Z')).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new TypeConversionException("\"" + text + "\" is not a time: give an instant such as"
                    + " 2004-02-02T11:00:00Z, a time with an offset such as 2004-02-02T12:00:00+01:00, or a date such as"
                    + " 2004-02-02 (the end of that day, UTC)");
        }
    }
}
