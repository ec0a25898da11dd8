package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * Dates of birth (packed {@code yyyymmdd}, unknown parts 0, see
 * {@link org.vigil.linkage.value.PartialDate#packed()}), stated ages and the dates they were stated.
 */
public final class BirthColumn {
    public static final int NO_AGE = -1;
    public static final int NO_DAY = Integer.MIN_VALUE;

    private final CodeColumn dateCodes = new CodeColumn(new Vocabulary());
    private int[] dates = new int[16];
    private int[] ages = new int[16];
    private int[] referenceDays = new int[16];

    BirthColumn() {
        dateCodes.init();
        Arrays.fill(ages, NO_AGE);
        Arrays.fill(referenceDays, NO_DAY);
    }

    /** Packed date of birth, 0 when unknown. */
    public int date(int record) {
        return dates[record];
    }

    /** The dates of birth as codes, for exact-match term frequencies. */
    public CodeColumn dateCodes() {
        return dateCodes;
    }

    /** Stated or estimated age, or {@link #NO_AGE}. */
    public int age(int record) {
        return ages[record];
    }

    /** Epoch day of the date the record was made (when its age was true), or {@link #NO_DAY}. */
    public int referenceDay(int record) {
        return referenceDays[record];
    }

    void set(int record, int packedDate, int age, int referenceDay) {
        if (record >= dates.length) {
            int old = dates.length;
            int n = Math.max(record + 1, old * 2);
            dates = Arrays.copyOf(dates, n);
            ages = Arrays.copyOf(ages, n);
            referenceDays = Arrays.copyOf(referenceDays, n);
            Arrays.fill(ages, old, n, NO_AGE);
            Arrays.fill(referenceDays, old, n, NO_DAY);
        }
        dates[record] = packedDate;
        ages[record] = age;
        referenceDays[record] = referenceDay;
        dateCodes.set(record, packedDate > 0 ? Integer.toString(packedDate) : null);
    }
}
