package org.vigil.linkage.training;

import java.util.Arrays;

/**
 * Counts of distinct comparison vectors (patterns, 4 bits per comparison) in an open-addressing table.
 */
final class PatternCounts {
    private static final long EMPTY = -1L;
    private long[] keys = new long[1024];
    private long[] counts = new long[1024];
    private int size;

    PatternCounts() {
        Arrays.fill(keys, EMPTY);
    }

    void add(long pattern, long count) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (mix(pattern) & mask);
        while (keys[i] != EMPTY && keys[i] != pattern) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = pattern;
            size++;
        }
        counts[i] += count;
    }

    void addAll(PatternCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    int size() {
        return size;
    }

    /** Distinct patterns and their counts, in parallel arrays. */
    long[][] toArrays() {
        long[] p = new long[size];
        long[] c = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                p[n] = keys[i];
                c[n] = counts[i];
                n++;
            }
        }
        return new long[][] {p, c};
    }

    private void grow() {
        long[] ok = keys;
        long[] oc = counts;
        keys = new long[ok.length * 2];
        counts = new long[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != EMPTY) {
                add(ok[i], oc[i]);
            }
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
