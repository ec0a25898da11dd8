package org.vigil.alerts.state;

import java.util.Arrays;

/**
 * A growable list of ints, without boxing: the engine keeps millions of them, most of them empty for good (a person
 * never named as a child has an empty {@code asChild}), so an empty list shares one empty array and allocates its
 * own, of the capacity asked for, on the first add.
 */
public final class IntList {
    private static final int[] EMPTY = new int[0];
    /** The empty list that nothing may be added to, shared by every record whose list has never had an entry. */
    public static final IntList NONE = new IntList(0, 0);
    private int[] values = EMPTY;
    private int size;
    /**
     * Whether every value so far was larger than the one before: lists of reports are mostly added to in the order the
     * reports came, so {@link #contains} can search them by halves (a man in thousands of reports is asked about each
     * of them whenever he is named again).
     */
    private boolean ascending = true;
    /** The capacity of the first array. */
    private final int capacity;

    public IntList() {
        this(4);
    }

    public IntList(int capacity) {
        this(1, capacity);
    }

    private IntList(int least, int capacity) {
        this.capacity = Math.max(least, capacity);
    }

    public void add(int value) {
        if (size == values.length) {
            if (capacity == 0) {
                throw new UnsupportedOperationException("IntList.NONE is shared and stays empty");
            }
            values = Arrays.copyOf(values, size == 0 ? capacity : size * 2);
        }
        ascending &= size == 0 || value > values[size - 1];
        values[size++] = value;
    }

    public void addAll(IntList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public int get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i + " >= " + size);
        }
        return values[i];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(int value) {
        if (ascending) {
            return Arrays.binarySearch(values, 0, size, value) >= 0;
        }
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    public void clear() {
        size = 0;
        ascending = true;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
