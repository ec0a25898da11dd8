package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * The word tokens of each distinct value as a sorted array of token numbers, computed once per value,
 * for token-set similarity of street lines ({@code 14 ferham road} and {@code flat 2 14 ferham road}
 * share three of five distinct tokens). One per vocabulary ({@link Vocabulary#tokenSets()}).
 *
 * <p>Beside each set is a 64-bit signature, one bit per token number modulo 64. Two values whose
 * signatures have no bit in common share no token, which settles most pairs of different streets from one
 * dense array without reading either set.
 */
public final class TokenSets extends PerValue {
    private static final int[] NONE = new int[0];
    private final Vocabulary tokens = new Vocabulary();
    private int[][] sets = new int[0][];
    private long[] signatures = new long[0];

    TokenSets(Vocabulary vocabulary) {
        super(vocabulary);
    }

    @Override
    int capacity() {
        return sets.length;
    }

    @Override
    void grow(int length) {
        sets = Arrays.copyOf(sets, length);
        signatures = Arrays.copyOf(signatures, length);
    }

    @Override
    void derive(int code, String value) {
        int[] set = tokensOf(value);
        long bits = 0;
        for (int t : set) {
            bits |= 1L << t; // shifts use the low six bits: token number modulo 64
        }
        sets[code] = set;
        signatures[code] = bits;
    }

    /** The distinct token numbers of {@code value}, sorted. */
    private int[] tokensOf(String value) {
        if (value.isEmpty()) {
            return NONE;
        }
        int[] ids = new int[8];
        int n = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ' ') {
                if (i > start) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = tokens.intern(value.substring(start, i));
                }
                start = i + 1;
            }
        }
        Arrays.sort(ids, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    /** Jaccard similarity of the token sets of two values: shared tokens over all distinct tokens. */
    public double jaccard(int x, int y) {
        ensure(Math.max(x, y));
        if ((signatures[x] & signatures[y]) == 0) {
            return 0; // no token in common (or a value without tokens)
        }
        int[] a = sets[x];
        int[] b = sets[y];
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }
}
