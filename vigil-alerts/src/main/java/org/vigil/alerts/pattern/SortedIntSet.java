package org.vigil.alerts.pattern;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;

/**
 * A set of ints in ascending order, held in one sorted array: what a {@code TreeSet<Integer>} holds in a node and a
 * boxed int per value (56 bytes) and 64 bytes when empty, this holds in 4 bytes per value and 24 when empty. For the
 * reads a pattern keeps of each person (his reports, their children), a few values each, kept for the whole replay:
 * an insertion moves the larger values up, so it is for sets of tens or hundreds, not of millions. Not thread-safe.
 */
final class SortedIntSet extends AbstractSet<Integer> {
    private static final int[] NONE = new int[0];
    private int[] values = NONE;
    private int size;

    @Override
    public boolean add(Integer value) {
        return add(value.intValue());
    }

    /** Adds {@code value}; false if it was there already. */
    boolean add(int value) {
        int at = Arrays.binarySearch(values, 0, size, value);
        if (at >= 0) {
            return false;
        }
        at = -at - 1;
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(2, size + (size >> 1) + 1));
        }
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = value;
        size++;
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer i && contains(i.intValue());
    }

    boolean contains(int value) {
        return Arrays.binarySearch(values, 0, size, value) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Integer> iterator() {
        return SortedInts.ascending(values, size);
    }
}
