package org.vigil.linkage.table;


/**
 * Dates of birth (packed {@code yyyymmdd}, unknown parts 0, see
 * {@link org.vigil.linkage.value.PartialDate#packed()}), stated ages and the dates they were stated.
 */
public final class BirthColumn {
    public static final int NO_AGE = -1;
    /** In place of an age: known only to be 18 or over on the reference day ({@code PersonRecord.adult()}). */
    public static final int ADULT = -2;
    /** The age {@link #ADULT} stands for at least. */
    public static final int ADULT_AGE = 18;
    public static final int NO_DAY = Integer.MIN_VALUE;

    private final CodeColumn dateCodes;
    private final Rows rows;
    private final int slot;

    /** Slots {@code slot} to {@code slot + 3}: packed date, age, reference day, date code. */
    BirthColumn(Rows rows, int slot) {
        this.rows = rows;
        this.slot = slot;
        this.dateCodes = new CodeColumn(new Vocabulary(), rows, slot + 3);
    }

    /** Packed date of birth, 0 when unknown. */
    public int date(int record) {
        return rows.data[record * rows.stride + slot];
    }

    /** The dates of birth as codes, for exact-match term frequencies. */
    public CodeColumn dateCodes() {
        return dateCodes;
    }

    /** Stated or estimated age, or {@link #NO_AGE}, or {@link #ADULT}. */
    public int age(int record) {
        return rows.data[record * rows.stride + slot + 1];
    }

    /** Epoch day of the date the record was made (when its age was true), or {@link #NO_DAY}. */
    public int referenceDay(int record) {
        return rows.data[record * rows.stride + slot + 2];
    }

    void set(int record, int packedDate, int age, int referenceDay) {
        rows.ensure(record);
        int at = record * rows.stride + slot;
        rows.data[at] = packedDate;
        rows.data[at + 1] = age;
        rows.data[at + 2] = referenceDay;
        dateCodes.set(record, packedDate > 0 ? Integer.toString(packedDate) : null);
    }
}
