package org.vigil.spark;

import java.io.Serializable;

/**
 * The records, ascending, in one block of candidate rule {@code rule}: those with a key whose high bits are
 * {@code high} ({@link BlockingEngine#highMask}).
 */
record Block(int rule, long high, int[] records) implements Serializable {

    /** Pairs within the block: n(n−1)/2, or left × right in a linkage, where records below {@code leftSize} are left. */
    long pairs(boolean link, int leftSize) {
        int n = records.length;
        if (!link) {
            return (long) n * (n - 1) / 2;
        }
        int left = 0;
        while (left < n && records[left] < leftSize) {
            left++;
        }
        return (long) left * (n - left);
    }
}
