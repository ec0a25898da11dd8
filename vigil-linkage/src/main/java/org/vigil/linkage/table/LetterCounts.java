package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * Per-value character counts (a–z, 0–9, space, other; saturating at 127), computed once per distinct
 * value, giving a cheap upper bound on Jaro–Winkler similarity: the Jaro matches of two strings are at
 * most the characters they have in common counted with multiplicity, C, so
 * Jaro ≤ (C/|a| + C/|b| + 1)/3 and Jaro–Winkler ≤ Jaro + 0.4(1 − Jaro) when Jaro ≥ 0.7. Pairs whose bound
 * is under a threshold skip the full computation without changing any level. One per vocabulary
 * ({@link Vocabulary#letterCounts()}), shared by every comparison that reads it.
 */
public final class LetterCounts {
    private static final int SYMBOLS = 38;
    private final Vocabulary vocabulary;
    private byte[][] counts = new byte[0][];

    LetterCounts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private byte[] of(int code) {
        byte[][] c = counts;
        if (code < c.length && c[code] != null) {
            return c[code];
        }
        return compute(code);
    }

    private synchronized byte[] compute(int code) {
        if (code >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(code + 1, Math.max(64, counts.length * 2)));
        }
        if (counts[code] == null) {
            String s = vocabulary.value(code);
            byte[] x = new byte[SYMBOLS + 1];
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                int k = ch >= 'a' && ch <= 'z' ? ch - 'a' : ch >= '0' && ch <= '9' ? 26 + ch - '0' : ch == ' ' ? 36 : 37;
                if (x[k] < 127) {
                    x[k]++;
                }
            }
            x[SYMBOLS] = (byte) Math.min(127, s.length()); // length, for the bound
            counts[code] = x;
        }
        return counts[code];
    }

    /** Computes the counts of every value interned so far; call before reading from several threads. */
    public synchronized void prime() {
        for (int c = 0; c < vocabulary.size(); c++) {
            of(c);
        }
    }

    /** An upper bound on the Jaro–Winkler similarity of values {@code x} and {@code y}. */
    public double jaroWinklerBound(int x, int y) {
        byte[] a = of(x);
        byte[] b = of(y);
        int common = 0;
        for (int i = 0; i < SYMBOLS; i++) {
            common += Math.min(a[i], b[i]);
        }
        double la = a[SYMBOLS] < 127 ? a[SYMBOLS] : vocabulary.value(x).length();
        double lb = b[SYMBOLS] < 127 ? b[SYMBOLS] : vocabulary.value(y).length();
        double c = Math.min(common, Math.min(la, lb));
        double j = (c / la + c / lb + 1) / 3;
        return j < 0.7 ? j : j + 0.4 * (1 - j);
    }
}
