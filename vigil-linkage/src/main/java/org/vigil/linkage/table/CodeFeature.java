package org.vigil.linkage.table;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * An integer feature derived from each code of a vocabulary (a phonetic code, an outward postcode),
 * computed once per distinct value on first use. {@link #prime()} computes it for every code interned
 * so far; call it before reading from several threads.
 */
public final class CodeFeature {
    private static final int UNSET = Integer.MIN_VALUE;

    private final Vocabulary vocabulary;
    private final IntUnaryOperator derive;
    private int[] values = new int[0];

    CodeFeature(Vocabulary vocabulary, IntUnaryOperator derive) {
        this.vocabulary = vocabulary;
        this.derive = derive;
    }

    /** The feature of {@code code}. */
    public int get(int code) {
        int[] v = values;
        if (code < v.length) {
            int x = v[code];
            if (x != UNSET) {
                return x;
            }
        }
        return compute(code);
    }

    private synchronized int compute(int code) {
        if (code >= values.length) {
            int[] grown = Arrays.copyOf(values, Math.max(code + 1, Math.max(16, values.length * 2)));
            Arrays.fill(grown, values.length, grown.length, UNSET);
            values = grown;
        }
        if (values[code] == UNSET) {
            values[code] = derive.applyAsInt(code);
        }
        return values[code];
    }

    /** Computes the feature for every code interned so far. */
    public synchronized void prime() {
        for (int c = 0; c < vocabulary.size(); c++) {
            get(c);
        }
    }
}
