package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * Each distinct vehicle registration of a vocabulary (normal form: 2–10 of {@code A–Z}, {@code 0–9} and the
 * wildcard {@code ?}) packed into two {@code long}s, so that "could be the same registration" is decided from
 * two array slots: six bits per character, and a mask of the wildcard positions with the length in its top four
 * bits. Two marks match when they have the same length and differ only where either has a wildcard, the rule of
 * {@link org.vigil.linkage.value.Vrm#matches}. One per vocabulary ({@link Vocabulary#vrmMarks()}).
 */
public final class VrmMarks extends PerValue {
    private static final long LANES = (1L << 60) - 1;
    private static final String SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private long[] characters = new long[0];
    private long[] wildcards = new long[0];

    VrmMarks(Vocabulary vocabulary) {
        super(vocabulary);
    }

    @Override
    int capacity() {
        return characters.length;
    }

    @Override
    void grow(int length) {
        characters = Arrays.copyOf(characters, length);
        wildcards = Arrays.copyOf(wildcards, length);
    }

    @Override
    void derive(int code, String mark) {
        if (mark.length() > 10) {
            throw new IllegalArgumentException("not a normalised registration: " + mark);
        }
        long chars = 0;
        long wild = (long) mark.length() << 60;
        for (int i = 0; i < mark.length(); i++) {
            char ch = mark.charAt(i);
            if (ch == '?') {
                wild |= 63L << (6 * i);
            } else {
                int s = SYMBOLS.indexOf(ch);
                if (s < 0) {
                    throw new IllegalArgumentException("not a normalised registration: " + mark);
                }
                chars |= (long) (s + 1) << (6 * i);
            }
        }
        characters[code] = chars;
        wildcards[code] = wild;
    }

    /** Whether the registrations with codes {@code x} and {@code y} could be the same. Symmetric. */
    public boolean matches(int x, int y) {
        ensure(Math.max(x, y));
        long wx = wildcards[x];
        long wy = wildcards[y];
        return (wx >>> 60) == (wy >>> 60) && ((characters[x] ^ characters[y]) & ~(wx | wy) & LANES) == 0;
    }

    /**
     * How many characters the registrations with codes {@code x} and {@code y} both give, as
     * {@link org.vigil.linkage.value.Vrm#knownInCommon}: 0 for two lengths.
     */
    public int knownInCommon(int x, int y) {
        ensure(Math.max(x, y));
        long wx = wildcards[x];
        long wy = wildcards[y];
        int length = (int) (wx >>> 60);
        // Six mask bits per wildcard position.
        return length != (wy >>> 60) ? 0 : length - Long.bitCount((wx | wy) & LANES) / 6;
    }

    /** Whether the registration with code {@code x} has a wildcard. */
    public boolean hasWildcards(int x) {
        ensure(x);
        return (wildcards[x] & LANES) != 0;
    }
}
