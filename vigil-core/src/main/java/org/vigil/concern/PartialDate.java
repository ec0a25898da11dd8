package org.vigil.concern;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth known to the year, the month or the day: {@code 1987}, {@code 1987-05} or {@code 1987-05-02}.
 * Month and day are 0 when unknown.
 */
public record PartialDate(int year, int month, int day) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a partial date: " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            LocalDate.of(year, month, day);
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; rejects impossible dates such as 1987-02-30. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date of birth of the form 1987-05-02, 1987-05 or 1987");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month > 12 || (m.group(2) != null && month == 0)) {
            throw new IllegalArgumentException("\"" + text + "\" has no month " + m.group(2));
        }
        if (m.group(3) != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not a date that exists");
            }
        }
        return new PartialDate(year, month, day);
    }

    /** The earliest day this date could be. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    @Override
    public String toString() {
        // By hand, not String.format: it is written for every mention, and a format's digits follow the default locale.
        StringBuilder b = new StringBuilder(10);
        padded(b, year, 4);
        if (month != 0) {
            padded(b.append('-'), month, 2);
        }
        if (day != 0) {
            padded(b.append('-'), day, 2);
        }
        return b.toString();
    }

    /** Appends {@code value} (not negative) with at least {@code width} digits. */
    private static StringBuilder padded(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }
}
