package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * Each distinct value of up to 7 ASCII characters packed into one {@code long} (length in the top byte),
 * and each of 8 to 14 digits (a phone number) packed four bits a digit (length and a flag in the top byte),
 * so that "one character apart" for two values of the same length is decided from two array slots
 * instead of two strings: one differing character is a substitution, two adjacent ones swapped is a
 * transposition. Other pairs (different lengths, other values) are left undecided for a string test.
 * One per vocabulary ({@link Vocabulary#packedValues()}).
 */
public final class PackedValues extends PerValue {
    private static final long NOT_PACKED = -1;

    private long[] packed = new long[0];

    PackedValues(Vocabulary vocabulary) {
        super(vocabulary);
    }

    @Override
    int capacity() {
        return packed.length;
    }

    @Override
    void grow(int length) {
        packed = Arrays.copyOf(packed, length);
    }

    @Override
    void derive(int code, String value) {
        packed[code] = pack(value);
    }

    private long get(int code) {
        ensure(code);
        return packed[code];
    }

    /** The top byte's flag of a value packed as digits. */
    private static final long DIGITS = 0x80L << 56;

    static long pack(String s) {
        if (s.length() > 7) {
            return packDigits(s);
        }
        long v = (long) s.length() << 56;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7f) {
                return NOT_PACKED;
            }
            v |= (long) c << (8 * i);
        }
        return v;
    }

    private static long packDigits(String s) {
        if (s.length() > 14) {
            return NOT_PACKED;
        }
        long v = DIGITS | (long) s.length() << 56;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_PACKED;
            }
            v |= (long) (c - '0') << (4 * i);
        }
        return v;
    }

    /**
     * For two codes of this vocabulary: 1 if their values are equal or one substitution or adjacent
     * transposition apart, 0 if they are the same length and further apart, -1 if undecided here.
     */
    public int withinOneEdit(int x, int y) {
        long a = get(x);
        long b = get(y);
        if (a == NOT_PACKED || b == NOT_PACKED || (a >>> 56) != (b >>> 56)) {
            return -1;
        }
        long diff = a ^ b;
        if (diff == 0) {
            return 1;
        }
        int bits = (a & DIGITS) != 0 ? 4 : 8; // per character
        long one = (1L << bits) - 1;
        int low = Long.numberOfTrailingZeros(diff) / bits;
        int high = (63 - Long.numberOfLeadingZeros(diff)) / bits;
        if (low == high) {
            return 1; // one substitution
        }
        if (high != low + 1) {
            return 0;
        }
        long ca = a >>> (bits * low) & (one << bits | one);
        long cb = b >>> (bits * low) & (one << bits | one);
        return (ca & one) == (cb >>> bits) && (ca >>> bits) == (cb & one) ? 1 : 0; // adjacent transposition
    }
}
