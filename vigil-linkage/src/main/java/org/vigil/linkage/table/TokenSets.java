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
public final class TokenSets {
    private static final int[] NONE = new int[0];
    private final Vocabulary vocabulary;
    private final Vocabulary tokens = new Vocabulary();
    private int[][] sets = new int[0][];
    private long[] signatures = new long[0];
    private int computed;

    TokenSets(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Computes the token sets of every value interned so far; call before reading from several threads. The arrays
     * grow by doubling, so an index that interns one value at a time works out each value once.
     */
    public synchronized void prime() {
        int n = vocabulary.size();
        if (computed >= n) {
            return;
        }
        int[][] s = sets;
        long[] signature = signatures;
        if (s.length < n) {
            int capacity = Math.max(n, s.length * 2);
            s = Arrays.copyOf(s, capacity);
            signature = Arrays.copyOf(signature, capacity);
        }
        for (int c = computed; c < n; c++) {
            int[] set = tokensOf(vocabulary.value(c));
            long bits = 0;
            for (int t : set) {
                bits |= 1L << t; // shifts use the low six bits: token number modulo 64
            }
            s[c] = set;
            signature[c] = bits;
        }
        signatures = signature;
        sets = s;
        computed = n;
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
        if (Math.max(x, y) >= computed) {
            prime();
        }
        long[] signature = signatures;
        int[][] s = sets;
        if ((signature[x] & signature[y]) == 0) {
            return 0; // no token in common (or a value without tokens)
        }
        int[] a = s[x];
        int[] b = s[y];
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
