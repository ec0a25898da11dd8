package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * Per-value character counts (a–z, 0–9, space, other; saturating at 127, so a value longer than that has no bound
 * but 1) and first four characters, computed
 * once per distinct value, giving a cheap upper bound on Jaro–Winkler similarity: the Jaro matches of two
 * strings are at most the characters they have in common counted with multiplicity, C, so
 * Jaro ≤ (C/|a| + C/|b| + 1)/3, and Jaro–Winkler = Jaro + 0.1·p·(1 − Jaro) when Jaro ≥ 0.7, where p is the
 * common prefix (at most 4), which the first four characters give exactly. Pairs whose bound is under a
 * threshold skip the full computation without changing any level. One per vocabulary
 * ({@link Vocabulary#letterCounts()}), shared by every comparison that reads it.
 *
 * <p>Using the pair's own prefix rather than the largest (4) matters: two street lines or names that begin
 * differently, most random pairs, have a bound of at most Jaro, and four in five of the random pairs of
 * FEBRL4's street lines that the prefix-4 bound let through to the full computation now stop here.
 *
 * <p>The bound runs on nearly every pair of different names and street lines, so the counts are packed one
 * per byte into five {@code long}s per value, in one flat array, and C is summed eight symbols at a time with
 * bit operations instead of a loop over 38 symbols reading two arrays. Word 4 holds symbols 32–37 in its
 * bytes 0–5, nothing in byte 6, and in byte 7 the length plus one (at most 127), which is never zero once
 * the value's counts are in. Word 5 holds the first four characters, 16 bits each, the first in the low bits.
 */
public final class LetterCounts {
    private static final int WORDS = 6;
    private static final int COUNT_WORDS = 5;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;
    private static final long WITHOUT_LENGTH = 0x00FFFFFFFFFFFFFFL;
    private static final int LONG_VALUE = 126; // a length at or past this is read from the value itself
    /** A symbol's count saturates here; only a value longer than this can have a count that did. */
    private static final int MAX_COUNT = 127;
    private final Vocabulary vocabulary;
    private long[] words = new long[0];

    LetterCounts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private int offset(int code) {
        long[] w = words;
        int at = code * WORDS;
        if (at >= w.length || w[at + 4] == 0) {
            compute(code);
        }
        return at;
    }

    private synchronized void compute(int code) {
        int at = code * WORDS;
        if (at >= words.length) {
            words = Arrays.copyOf(words, Math.max(at + WORDS, Math.max(64 * WORDS, words.length * 2)));
        }
        if (words[at + 4] != 0) {
            return;
        }
        String s = vocabulary.value(code);
        byte[] x = new byte[COUNT_WORDS * 8];
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int k = ch >= 'a' && ch <= 'z' ? ch - 'a' : ch >= '0' && ch <= '9' ? 26 + ch - '0' : ch == ' ' ? 36 : 37;
            if (x[k] < MAX_COUNT) {
                x[k]++;
            }
        }
        x[COUNT_WORDS * 8 - 1] = (byte) (Math.min(LONG_VALUE, s.length()) + 1);
        long prefix = 0;
        for (int i = Math.min(4, s.length()) - 1; i >= 0; i--) {
            prefix = prefix << 16 | s.charAt(i);
        }
        words[at + 5] = prefix;
        for (int w = 0; w < COUNT_WORDS; w++) { // word 4, which marks the value as computed, last
            long v = 0;
            for (int b = 7; b >= 0; b--) {
                v = v << 8 | (x[w * 8 + b] & 0xFF);
            }
            words[at + w] = v;
        }
    }

    /** Computes the counts of every value interned so far; call before reading from several threads. */
    public synchronized void prime() {
        for (int c = 0; c < vocabulary.size(); c++) {
            offset(c);
        }
    }

    /** An upper bound on the Jaro–Winkler similarity of values {@code x} and {@code y}. */
    public double jaroWinklerBound(int x, int y) {
        int a = offset(x);
        int b = offset(y);
        long[] w = words;
        int common = sumOfBytes(minOfBytes(w[a], w[b])) + sumOfBytes(minOfBytes(w[a + 1], w[b + 1]))
                + sumOfBytes(minOfBytes(w[a + 2], w[b + 2])) + sumOfBytes(minOfBytes(w[a + 3], w[b + 3]))
                + sumOfBytes(minOfBytes(w[a + 4], w[b + 4]) & WITHOUT_LENGTH);
        int la = length(w[a + 4], x);
        int lb = length(w[b + 4], y);
        if (la > MAX_COUNT || lb > MAX_COUNT) {
            return 1; // a symbol's count may have saturated, and undercounted letters in common would bound too low
        }
        double c = Math.min(common, Math.min(la, lb));
        double j = (c / la + c / lb + 1) / 3;
        return j < 0.7 ? j : j + 0.1 * commonPrefix(w[a + 5], w[b + 5], Math.min(la, lb)) * (1 - j);
    }

    /** The common prefix of two values, at most 4 characters, from their first four characters packed by 16 bits. */
    static int commonPrefix(long first4, long otherFirst4, int shorter) {
        long d = first4 ^ otherFirst4;
        int p = d == 0 ? 4 : Long.numberOfTrailingZeros(d) >>> 4;
        return Math.min(p, Math.min(4, shorter));
    }

    private int length(long word4, int code) {
        int stored = (int) (word4 >>> 56) - 1;
        return stored < LONG_VALUE ? stored : vocabulary.value(code).length();
    }

    /**
     * The smaller of each pair of bytes, for bytes of at most 127: {@code (a | 0x80) - b} cannot borrow across
     * bytes, and its high bit is set where {@code a ≥ b}.
     */
    static long minOfBytes(long a, long b) {
        long aAtLeastB = (((a | HIGH_BITS) - b) & HIGH_BITS) >>> 7;
        long mask = aAtLeastB * 0xFF;
        return (b & mask) | (a & ~mask);
    }

    /** The sum of the eight bytes, each at most 127: pairs into 16-bit lanes, then the lanes by one multiply. */
    static int sumOfBytes(long v) {
        long pairs = (v & EVEN_BYTES) + ((v >>> 8) & EVEN_BYTES);
        return (int) ((pairs * 0x0001000100010001L) >>> 48);
    }
}
