package org.vigil.linkage.table;

import java.util.Arrays;

/** A column with at most one code per record; -1 where the record has no value. */
public final class CodeColumn {
    public static final int MISSING = -1;

    private final Vocabulary vocabulary;
    private final Rows rows;
    private final int slot;
    private int[] counts = new int[16];
    private int present;

    CodeColumn(Vocabulary vocabulary, Rows rows, int slot) {
        this.vocabulary = vocabulary;
        this.rows = rows;
        this.slot = slot;
    }

    /** The code of {@code record}'s value, or {@link #MISSING}. */
    public int code(int record) {
        return rows.data[record * rows.stride + slot];
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The normalised value of {@code record}, or {@code null}. */
    public String value(int record) {
        int c = code(record);
        return c < 0 ? null : vocabulary.value(c);
    }

    /** Share of records with a value in this column whose value has {@code code}. */
    public double termFrequency(int code) {
        return present == 0 ? 0 : (double) counts[code] / present;
    }

    /** The term frequency of {@code record}'s own value, or 0 if it has none. */
    public double termFrequencyOf(int record) {
        int c = code(record);
        return c < 0 ? 0 : termFrequency(c);
    }

    /** Number of records with the value {@code code}. */
    public int count(int code) {
        return code < counts.length ? counts[code] : 0;
    }

    /** Number of records with any value. */
    public int present() {
        return present;
    }

    void set(int record, String normalised) {
        rows.ensure(record);
        int at = record * rows.stride + slot;
        if (normalised == null) {
            rows.data[at] = MISSING;
            return;
        }
        int c = vocabulary.intern(normalised);
        if (c >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(c + 1, counts.length * 2));
        }
        rows.data[at] = c;
        counts[c]++;
        present++;
    }
}
