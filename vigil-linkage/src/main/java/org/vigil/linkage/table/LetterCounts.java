package org.vigil.linkage.comparison;

import java.util.Arrays;
import org.vigil.linkage.table.Vocabulary;

/**
 * Per-value character counts (a–z, 0–9, space, other; saturating at 127), computed once per distinct
 * value, giving a cheap upper bound on Jaro–Winkler similarity: the Jaro matches of two strings are at
 * most the characters they have in common counted with multiplicity, C, so
 * Jaro ≤ (C/|a| + C/|b| + 1)/3 and Jaro–Winkler ≤ Jaro + 0.4(1 − Jaro) when Jaro ≥ 0.7. Pairs whose bound
 * is under a threshold skip the full computation without changing any level.
 */
final class LetterCounts {
    private static final int SYMBOLS = 38;
    private final Vocabulary vocabulary;
    private byte[][] counts = new byte[0][];

    LetterCounts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    byte[] of(int code) {
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
            byte[] x = new byte[SYMBOLS];
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                int k = ch >= 'a' && ch <= 'z' ? ch - 'a' : ch >= '0' && ch <= '9' ? 26 + ch - '0' : ch == ' ' ? 36 : 37;
                if (x[k] < 127) {
                    x[k]++;
                }
            }
            counts[code] = x;
        }
        return counts[code];
    }

    /** Computes the counts of every value interned so far. */
    synchronized void prime() {
        for (int c = 0; c < vocabulary.size(); c++) {
            of(c);
        }
    }

    /** An upper bound on the Jaro–Winkler similarity of values {@code x} and {@code y}. */
    double jaroWinklerBound(int x, int y) {
        byte[] a = of(x);
        byte[] b = of(y);
        int common = 0;
        for (int i = 0; i < SYMBOLS; i++) {
            common += Math.min(a[i], b[i]);
        }
        double la = vocabulary.value(x).length();
        double lb = vocabulary.value(y).length();
        double c = Math.min(common, Math.min(la, lb));
        double j = (c / la + c / lb + 1) / 3;
        return j < 0.7 ? j : j + 0.4 * (1 - j);
    }
}
