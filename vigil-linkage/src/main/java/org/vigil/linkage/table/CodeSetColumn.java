package org.vigil.linkage.table;

import java.util.Arrays;
import java.util.List;

/**
 * A column with any number of codes per record (phones, VRMs, places; names with their aliases).
 * The order of a record's codes is as given, main value first, without repeats.
 */
public final class CodeSetColumn {
    static final int[] NONE = new int[0];

    private final Vocabulary vocabulary;
    private final Rows rows;
    private final int slot;
    private int[][] codes = new int[16][];
    private int[] counts = new int[16];
    /**
     * Per code, the one-code set {@code {code}} that every record with that value alone shares: most records have
     * one given name, one surname, one place, so a column of two million records holds a few thousand such sets
     * instead of two million.
     */
    private int[][] singles = new int[16][];
    private int present;
    /** Null, or what two codes that differ stand for: equal results are one value (see {@link #canonicalise}). */
    private java.util.function.IntUnaryOperator canonical;

    /** Slot {@code slot} of a row holds the first code (-1 if none), slot {@code slot + 1} the number of codes. */
    CodeSetColumn(Vocabulary vocabulary, Rows rows, int slot) {
        this.vocabulary = vocabulary;
        this.rows = rows;
        this.slot = slot;
        Arrays.fill(codes, NONE);
    }

    /** The first (main) code of {@code record}, or -1 when it has none; reads the record's row only. */
    public int first(int record) {
        return rows.data[record * rows.stride + slot];
    }

    /** How many codes {@code record} has; reads the record's row only. */
    public int sizeOf(int record) {
        return rows.data[record * rows.stride + slot + 1];
    }

    /** The codes of {@code record}'s values, main value first; empty when it has none. Do not modify. */
    public int[] codes(int record) {
        return codes[record];
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Share of records with any value in this column that have {@code code} among their values. */
    public double termFrequency(int code) {
        return present == 0 ? 0 : (double) counts[code] / present;
    }

    /** The least term frequency among {@code record}'s values (1 if it has none): a shared value is at least this common. */
    public double rarestTermFrequency(int record) {
        double least = 1;
        for (int x : codes(record)) {
            least = Math.min(least, termFrequency(x));
        }
        return least;
    }

    /**
     * Makes two different codes one value when {@code f} maps them to the same number: for companions, the ids
     * of two records are one person once the records are in one cluster. Comparisons of this column then see
     * such codes as a value in common ({@link #sameValue}).
     */
    public void canonicalise(java.util.function.IntUnaryOperator f) {
        this.canonical = f;
    }

    /** Whether this column's codes are compared through {@link #canonicalise}. */
    public boolean isCanonicalised() {
        return canonical != null;
    }

    /** Whether codes {@code x} and {@code y} are one value: equal or, when canonicalised, mapped to one number. */
    public boolean sameValue(int x, int y) {
        return x == y || canonical != null && canonical.applyAsInt(x) == canonical.applyAsInt(y);
    }

    public int count(int code) {
        return code < counts.length ? counts[code] : 0;
    }

    public int present() {
        return present;
    }

    private int[] single(int code) {
        if (code >= singles.length) {
            singles = Arrays.copyOf(singles, Math.max(code + 1, singles.length * 2));
        }
        int[] s = singles[code];
        if (s == null) {
            s = new int[] {code};
            singles[code] = s;
        }
        return s;
    }

    void set(int record, List<String> normalised) {
        if (record >= codes.length) {
            int old = codes.length;
            codes = Arrays.copyOf(codes, Math.max(record + 1, Rows.grown(old)));
            Arrays.fill(codes, old, codes.length, NONE);
        }
        rows.ensure(record);
        int at = record * rows.stride + slot;
        if (normalised.isEmpty()) {
            codes[record] = NONE;
            rows.data[at] = -1;
            rows.data[at + 1] = 0;
            return;
        }
        int[] cs = new int[normalised.size()];
        int n = 0;
        outer:
        for (String v : normalised) {
            int c = vocabulary.intern(v);
            for (int k = 0; k < n; k++) {
                if (cs[k] == c) {
                    continue outer;
                }
            }
            cs[n++] = c;
            if (c >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(c + 1, counts.length * 2));
            }
            counts[c]++;
        }
        codes[record] = n == 1 ? single(cs[0]) : n == cs.length ? cs : Arrays.copyOf(cs, n);
        rows.data[at] = cs[0];
        rows.data[at + 1] = n;
        present++;
    }
}
