package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * Per-value character counts (a–z, 0–9, space, other) and first four characters, computed once per distinct value,
 * giving a cheap upper bound on Jaro–Winkler similarity: the Jaro matches of two strings are at most the characters
 * they have in common counted with multiplicity, C, so Jaro ≤ (C/|a| + C/|b| + 1)/3, and Jaro–Winkler = Jaro +
 * 0.1·p·(1 − Jaro) when Jaro ≥ 0.7, where p is the common prefix (at most 4), which the first four characters bound.
 * Pairs whose bound is under a threshold skip the full computation without changing any level. One per vocabulary
 * ({@link Vocabulary#letterCounts()}), shared by every comparison that reads it.
 *
 * <p>Using the pair's own prefix rather than the largest (4) matters: two street lines or names that begin
 * differently, most random pairs, have a bound of at most Jaro, and four in five of the random pairs of
 * FEBRL4's street lines that the prefix-4 bound let through to the full computation now stop here.
 *
 * <p>The bound runs on nearly every pair of different names and street lines, and reading a value's counts is most of
 * its cost (a cache miss in a table of thousands of values), so each value takes four {@code long}s, 32 bytes, in one
 * flat array: words 0–2 hold the 38 counts, four bits each (symbols 0–15, 16–31 and 32–37 from the low bits); word 3
 * holds the first four characters, the low 8 bits of each (the first in the low bits), and in bits 32–39 the length
 * plus one (at most 127), which is never zero once the value's counts are in. C is summed sixteen symbols at a time with
 * bit operations. A count is kept only up to {@link #MAX_COUNT}; a value with a symbol more often than that, or longer
 * than 125 characters, has no bound but 1. Two different characters may share their low 8 bits, so the packed prefix
 * can only overstate the common prefix, which raises the bound: it stays an upper bound.
 */
public final class LetterCounts {
    private static final int WORDS = 4;
    private static final int COUNT_WORDS = 3;
    private static final long HIGH_NIBBLES = 0x8888888888888888L;
    private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;
    private static final int LONG_VALUE = 126; // a length at or past this, or a saturated count, has no bound but 1
    /** A symbol's count is kept up to this; one count past it stores the value as {@link #LONG_VALUE} long. */
    private static final int MAX_COUNT = 7;
    private final Vocabulary vocabulary;
    private long[] words = new long[0];

    LetterCounts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private int offset(int code) {
        long[] w = words;
        int at = code * WORDS;
        if (at >= w.length || w[at + 3] == 0) {
            compute(code);
        }
        return at;
    }

    private synchronized void compute(int code) {
        int at = code * WORDS;
        if (at >= words.length) {
            words = Arrays.copyOf(words, Math.max(at + WORDS, Math.max(64 * WORDS, words.length * 2)));
        }
        if (words[at + 3] != 0) {
            return;
        }
        String s = vocabulary.value(code);
        int[] x = new int[COUNT_WORDS * 16];
        boolean saturated = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int k = ch >= 'a' && ch <= 'z' ? ch - 'a' : ch >= '0' && ch <= '9' ? 26 + ch - '0' : ch == ' ' ? 36 : 37;
            if (x[k] < MAX_COUNT) {
                x[k]++;
            } else {
                saturated = true;
            }
        }
        long prefix = 0;
        for (int i = Math.min(4, s.length()) - 1; i >= 0; i--) {
            prefix = prefix << 8 | (s.charAt(i) & 0xFF);
        }
        int length = saturated ? LONG_VALUE : Math.min(LONG_VALUE, s.length());
        for (int w = 0; w < COUNT_WORDS; w++) {
            long v = 0;
            for (int n = 15; n >= 0; n--) {
                v = v << 4 | x[w * 16 + n];
            }
            words[at + w] = v;
        }
        words[at + 3] = prefix | (long) (length + 1) << 32; // last: it marks the value as computed
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
        long a3 = w[a + 3];
        long b3 = w[b + 3];
        int la = (int) (a3 >>> 32) - 1;
        int lb = (int) (b3 >>> 32) - 1;
        if (la >= LONG_VALUE || lb >= LONG_VALUE) {
            return 1; // a count may have saturated, and undercounted letters in common would bound too low
        }
        int common = sumOfNibbles(minOfNibbles(w[a], w[b])) + sumOfNibbles(minOfNibbles(w[a + 1], w[b + 1]))
                + sumOfNibbles(minOfNibbles(w[a + 2], w[b + 2]));
        double c = Math.min(common, Math.min(la, lb));
        double j = (c / la + c / lb + 1) / 3;
        return j < 0.7 ? j : j + 0.1 * commonPrefix(a3, b3, Math.min(la, lb)) * (1 - j);
    }

    /**
     * The common prefix of two values, at most 4 characters, from the low 8 bits of their first four characters
     * (bits 0–31 of {@code first4}; higher bits are ignored): never less than the true common prefix.
     */
    static int commonPrefix(long first4, long otherFirst4, int shorter) {
        long d = (first4 ^ otherFirst4) & 0xFFFFFFFFL;
        int p = d == 0 ? 4 : Long.numberOfTrailingZeros(d) >>> 3;
        return Math.min(p, Math.min(4, shorter));
    }

    /**
     * The smaller of each pair of nibbles, for nibbles of at most 7: {@code (a | 0x8) - b} cannot borrow across
     * nibbles, and its high bit is set where {@code a ≥ b}.
     */
    static long minOfNibbles(long a, long b) {
        long aAtLeastB = (((a | HIGH_NIBBLES) - b) & HIGH_NIBBLES) >>> 3;
        long mask = aAtLeastB * 0xF;
        return (b & mask) | (a & ~mask);
    }

    /** The sum of the sixteen nibbles, each at most 7: pairs into bytes, then the bytes by one multiply. */
    static int sumOfNibbles(long v) {
        long bytes = (v & LOW_NIBBLES) + ((v >>> 4) & LOW_NIBBLES);
        return (int) ((bytes * 0x0101010101010101L) >>> 56);
    }
}
