package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * Where each character occurs in each value, as a bit set of positions, for values of at most 64
 * characters drawn from a–z, 0–9 and space (the folded form of names and street lines). With them a
 * Jaro–Winkler match is found with a few bit operations per character instead of a scan of the search
 * window. Computed once per distinct value on first use, like {@link LetterCounts}; one per vocabulary
 * ({@link Vocabulary#charPositions()}).
 *
 * <p>Each value's entry is {@code [present, mask, mask, ...]}: bit {@code s} of {@code present} is set when
 * symbol {@code s} occurs, and the masks follow in symbol order, so symbol {@code s}'s mask is at
 * {@code 1 + bitCount(present & ((1 << s) - 1))}. Values that cannot be represented have no entry.
 */
public final class CharPositions {
    private static final long[] NOT_REPRESENTED = new long[0];
    private final Vocabulary vocabulary;
    private long[][] entries = new long[0][];

    CharPositions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The entry of {@code code}, or {@code null} if its value is longer than 64 or has other characters. */
    public long[] of(int code) {
        long[][] e = entries;
        long[] x = code < e.length ? e[code] : null;
        if (x == null) {
            x = compute(code);
        }
        return x == NOT_REPRESENTED ? null : x;
    }

    /** The positions of {@code c} in the value whose entry is {@code entry}, as bits; 0 if it does not occur. */
    public static long positions(long[] entry, char c) {
        int s = symbol(c);
        long present = entry[0];
        if (s < 0 || (present & 1L << s) == 0) {
            return 0;
        }
        return entry[1 + Long.bitCount(present & ((1L << s) - 1))];
    }

    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return c == ' ' ? 36 : -1;
    }

    private synchronized long[] compute(int code) {
        if (code >= entries.length) {
            entries = Arrays.copyOf(entries, Math.max(code + 1, Math.max(64, entries.length * 2)));
        }
        if (entries[code] == null) {
            entries[code] = entryOf(vocabulary.value(code));
        }
        return entries[code];
    }

    private static long[] entryOf(String value) {
        int n = value.length();
        if (n > 64) {
            return NOT_REPRESENTED;
        }
        long present = 0;
        for (int i = 0; i < n; i++) {
            int s = symbol(value.charAt(i));
            if (s < 0) {
                return NOT_REPRESENTED;
            }
            present |= 1L << s;
        }
        long[] entry = new long[1 + Long.bitCount(present)];
        entry[0] = present;
        for (int i = 0; i < n; i++) {
            entry[1 + Long.bitCount(present & ((1L << symbol(value.charAt(i))) - 1))] |= 1L << i;
        }
        return entry;
    }

    /** Computes the entries of every value interned so far; call before reading from several threads. */
    public synchronized void prime() {
        for (int c = 0; c < vocabulary.size(); c++) {
            of(c);
        }
    }
}
