package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * Each distinct value of up to 7 ASCII characters packed into one {@code long} (length in the top byte),
 * so that "one character apart" for two values of the same length is decided from two array slots
 * instead of two strings: one differing byte is a substitution, two adjacent bytes swapped is a
 * transposition. Other pairs (different lengths, longer values) are left undecided for a string test.
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

    static long pack(String s) {
        if (s.length() > 7) {
            return NOT_PACKED;
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
        int low = Long.numberOfTrailingZeros(diff) >>> 3;
        int high = (63 - Long.numberOfLeadingZeros(diff)) >>> 3;
        if (low == high) {
            return 1; // one substitution
        }
        if (high != low + 1) {
            return 0;
        }
        long ca = a >>> (8 * low) & 0xffff;
        long cb = b >>> (8 * low) & 0xffff;
        return (ca & 0xff) == (cb >>> 8) && (ca >>> 8) == (cb & 0xff) ? 1 : 0; // adjacent transposition
    }
}
