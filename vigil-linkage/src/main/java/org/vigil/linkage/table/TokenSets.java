package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * The word tokens of each distinct value as a sorted array of token numbers, computed once per value,
 * for token-set similarity of street lines ({@code 14 ferham road} and {@code flat 2 14 ferham road}
 * share three of five distinct tokens). One per vocabulary ({@link Vocabulary#tokenSets()}).
 */
public final class TokenSets {
    private static final int[] NONE = new int[0];
    private final Vocabulary vocabulary;
    private final Vocabulary tokens = new Vocabulary();
    private int[][] sets = new int[0][];

    TokenSets(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Computes the token sets of every value interned so far; call before reading from several threads. */
    public synchronized void prime() {
        int n = vocabulary.size();
        if (sets.length >= n) {
            return;
        }
        int old = sets.length;
        int[][] grown = Arrays.copyOf(sets, n);
        for (int c = old; c < n; c++) {
            String v = vocabulary.value(c);
            if (v.isEmpty()) {
                grown[c] = NONE;
                continue;
            }
            String[] words = v.split(" ");
            int[] ids = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                ids[i] = tokens.intern(words[i]);
            }
            grown[c] = Arrays.stream(ids).sorted().distinct().toArray();
        }
        sets = grown;
    }

    private int[] of(int code) {
        int[][] s = sets;
        if (code < s.length) {
            return s[code];
        }
        prime();
        return sets[code];
    }

    /** Jaccard similarity of the token sets of two values: shared tokens over all distinct tokens. */
    public double jaccard(int x, int y) {
        int[] a = of(x);
        int[] b = of(y);
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
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
