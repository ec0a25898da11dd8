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
    private int[][] codes = new int[16][];
    private int[] counts = new int[16];
    private int present;

    CodeSetColumn(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Arrays.fill(codes, NONE);
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

    public int count(int code) {
        return code < counts.length ? counts[code] : 0;
    }

    public int present() {
        return present;
    }

    void set(int record, List<String> normalised) {
        if (record >= codes.length) {
            int old = codes.length;
            codes = Arrays.copyOf(codes, Math.max(record + 1, old * 2));
            Arrays.fill(codes, old, codes.length, NONE);
        }
        if (normalised.isEmpty()) {
            codes[record] = NONE;
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
        codes[record] = n == cs.length ? cs : Arrays.copyOf(cs, n);
        present++;
    }
}
