package org.vigil.town.world;

import java.time.LocalDate;

/**
 * The town's span: concerns are received from 1 January 1997 to 31 December 2013, the years the Jay report
 * examined. Days are epoch days; instants are epoch seconds, both UTC.
 */
public final class Calendar {
    public static final int FIRST_DAY = (int) LocalDate.of(1997, 1, 1).toEpochDay();
    public static final int LAST_DAY = (int) LocalDate.of(2013, 12, 31).toEpochDay();
    /** Decisions may come later than concerns: late charges and convictions run to the end of 2016. */
    public static final int LAST_DECISION_DAY = (int) LocalDate.of(2016, 12, 31).toEpochDay();
    public static final int DAY_SECONDS = 86_400;

    private Calendar() {
    }

    public static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    // Every day from 1880 to 2039 packed as year << 9 | month << 5 | day of month: age is asked millions of times.
    private static final int TABLE_FROM = (int) LocalDate.of(1880, 1, 1).toEpochDay();
    private static final int[] TABLE = table();

    public static int year(int day) {
        return packed(day) >>> 9;
    }

    /** The epoch second at this day and minute of the day. */
    public static long at(int day, int minuteOfDay) {
        return (long) day * DAY_SECONDS + minuteOfDay * 60L;
    }

    public static int dayOf(long instant) {
        return (int) Math.floorDiv(instant, DAY_SECONDS);
    }

    /** Whole years from {@code bornDay} to {@code day} (0 if not yet born). */
    public static int age(int bornDay, int day) {
        int born = packed(bornDay);
        int then = packed(day);
        int years = (then >>> 9) - (born >>> 9);
        if ((then & 0x1FF) < (born & 0x1FF)) {
            years--;
        }
        return Math.max(0, years);
    }

    /** {@code n} in decimal, zero-padded to at least {@code width} digits. */
    public static String padded(long n, int width) {
        String digits = Long.toString(n);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    /** The date as "yyyy-MM-dd". */
    public static void appendDate(StringBuilder out, int day) {
        int p = packed(day);
        out.append(p >>> 9).append('-');
        int month = p >>> 5 & 0xF;
        int dom = p & 0x1F;
        if (month < 10) {
            out.append('0');
        }
        out.append(month).append('-');
        if (dom < 10) {
            out.append('0');
        }
        out.append(dom);
    }

    private static int packed(int day) {
        int i = day - TABLE_FROM;
        if (i < 0 || i >= TABLE.length) {
            LocalDate date = LocalDate.ofEpochDay(day);
            return date.getYear() << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
        }
        return TABLE[i];
    }

    private static int[] table() {
        int to = (int) LocalDate.of(2040, 1, 1).toEpochDay();
        int[] table = new int[to - TABLE_FROM];
        LocalDate date = LocalDate.ofEpochDay(TABLE_FROM);
        for (int i = 0; i < table.length; i++) {
            table[i] = date.getYear() << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
            date = date.plusDays(1);
        }
        return table;
    }

    /** Monday = 1 … Sunday = 7. */
    public static int weekday(int day) {
        return (int) Math.floorMod(day + 3, 7L) + 1;
    }

    public static int clamp(int day) {
        return Math.max(FIRST_DAY, Math.min(LAST_DAY, day));
    }
}
