package org.vigil.linkage.value;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as written: {@code 1987}, {@code 1987-05},
 * {@code 1987-05-02}; also {@code 19870502} (FEBRL), {@code 02/05/1987} (UK day first; {@code 12/13/1990}, which
 * cannot be day first, month first), and with the month in
 * words as people and spreadsheets write it: {@code 2 May 1987}, {@code 02-May-1987}, {@code 2nd May 1987},
 * {@code May 2, 1987}, {@code May 1987}; and {@code 05/1987}.
 *
 * <p>Components are kept as written even when they do not make a calendar date ({@code 19571233}
 * has day 33): a mistyped digit is evidence a comparison can use. {@link #isValid()} says whether the
 * date exists; only valid dates take part in age arithmetic. Unknown components are 0.
 */
public record PartialDate(int year, int month, int day) {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?(?:[T ].*)?");
    /**
     * Day first, and the midnight a spreadsheet exports a date cell with ({@code 03/04/1987 00:00}, or
     * {@code 4/3/1987 12:00:00 AM} from a machine set to the US: read day first too, which comparison forgives, as it
     * forgives a day and month swapped).
     */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[AaPp][Mm])?)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern DAY_MONTH_WORD = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[-/. ]+(\\p{L}+)\\.?[-/., ]+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_WORD_DAY = Pattern.compile("(\\p{L}+)\\.?[-/. ]+(\\d{1,2})(?:st|nd|rd|th)?,?[-/. ]+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_WORD = Pattern.compile("(\\p{L}+)\\.?[-/., ]+(\\d{4})");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 99 || day < 0 || day > 99) {
            throw new IllegalArgumentException("month or day out of range: " + month + ", " + day);
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day without a month: " + year + "-??-" + day);
        }
    }

    /** The partial date in {@code text}, or {@code null} when it holds no recognisable date. */
    public static PartialDate parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        if (s.endsWith(".0") && allDigits(s.substring(0, s.length() - 2))) {
            s = s.substring(0, s.length() - 2); // 19870403.0: a number cell a spreadsheet wrote as a decimal
        }
        try {
            int digits = allDigits(s) ? s.length() : 0;
            if (digits == 8) {
                return of(s.substring(0, 4), s.substring(4, 6), s.substring(6, 8));
            }
            if (digits == 6) {
                return of(s.substring(0, 4), s.substring(4, 6), "0");
            }
            if (digits == 4) {
                return of(s, "0", "0");
            }
            Matcher m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return of(m.group(1), m.group(2), m.group(3) == null ? "0" : m.group(3));
            }
            m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                // Day first, as the UK writes it, unless only month first can be a date: 12/13/1990.
                boolean monthFirst = Integer.parseInt(m.group(2)) > 12 && Integer.parseInt(m.group(1)) <= 12;
                return monthFirst ? of(m.group(3), m.group(1), m.group(2)) : of(m.group(3), m.group(2), m.group(1));
            }
            m = MONTH_YEAR.matcher(s);
            if (m.matches()) {
                return of(m.group(2), m.group(1), "0");
            }
            m = DAY_MONTH_WORD.matcher(s);
            if (m.matches() && month(m.group(2)) > 0) {
                return of(m.group(3), Integer.toString(month(m.group(2))), m.group(1));
            }
            m = MONTH_WORD_DAY.matcher(s);
            if (m.matches() && month(m.group(1)) > 0) {
                return of(m.group(3), Integer.toString(month(m.group(1))), m.group(2));
            }
            m = MONTH_WORD.matcher(s);
            if (m.matches() && month(m.group(1)) > 0) {
                return of(m.group(2), Integer.toString(month(m.group(1))), "0");
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** The number of the month named by {@code word} in full or by its first three letters ("Sept" too), else 0. */
    private static int month(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(w)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static PartialDate of(String y, String m, String d) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        if (year == 0) {
            return null;
        }
        if (month == 0) {
            day = 0;
        }
        return new PartialDate(year, month, day);
    }

    /** {@code year * 10000 + month * 100 + day}: one int per record, 0 parts unknown. */
    public int packed() {
        return year * 10000 + month * 100 + day;
    }

    public static PartialDate unpack(int packed) {
        return packed <= 0 ? null : new PartialDate(packed / 10000, packed / 100 % 100, packed % 100);
    }

    public boolean isFull() {
        return month != 0 && day != 0;
    }

    /** Whether the known components name a real calendar date (or month). */
    public boolean isValid() {
        return isValid(year, month, day);
    }

    /** The first day this partial date could be, as an epoch day; only for valid dates. */
    public long earliestEpochDay() {
        return earliestEpochDay(year, month, day);
    }

    /** The last day this partial date could be, as an epoch day; only for valid dates. */
    public long latestEpochDay() {
        return latestEpochDay(year, month, day);
    }

    /** {@link #isValid()} of the date {@link #packed()} as {@code packed} (positive), without unpacking it. */
    public static boolean isValidPacked(int packed) {
        return isValid(packed / 10000, packed / 100 % 100, packed % 100);
    }

    /** {@link #earliestEpochDay()} of the valid date {@link #packed()} as {@code packed}, without unpacking it. */
    public static long earliestEpochDayPacked(int packed) {
        return earliestEpochDay(packed / 10000, packed / 100 % 100, packed % 100);
    }

    /** {@link #latestEpochDay()} of the valid date {@link #packed()} as {@code packed}, without unpacking it. */
    public static long latestEpochDayPacked(int packed) {
        return latestEpochDay(packed / 10000, packed / 100 % 100, packed % 100);
    }

    private static boolean isValid(int year, int month, int day) {
        if (month == 0) {
            return true;
        }
        if (month > 12) {
            return false;
        }
        return day <= lengthOfMonth(year, month);
    }

    private static long earliestEpochDay(int year, int month, int day) {
        return epochDay(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    private static long latestEpochDay(int year, int month, int day) {
        if (month == 0) {
            return epochDay(year, 12, 31);
        }
        return epochDay(year, month, day == 0 ? lengthOfMonth(year, month) : day);
    }

    /**
     * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, as {@link LocalDate#toEpochDay()} counts them,
     * without making a {@code LocalDate}: birth comparisons ask for it on every pair (H. Hinnant, "days_from_civil").
     */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1; // from 1 March
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** Days in {@code month} (1–12) of {@code year}. */
    static int lengthOfMonth(int year, int month) {
        return Month.of(month).length(Year.isLeap(year));
    }

    /** Whether every component known on both sides agrees ({@code 1987-05} and {@code 1987-05-02} do). */
    public boolean isCompatibleWith(PartialDate other) {
        Objects.requireNonNull(other);
        return year == other.year
                && (month == 0 || other.month == 0 || month == other.month)
                && (day == 0 || other.day == 0 || day == other.day);
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
