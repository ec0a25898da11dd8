package org.vigil.alerts.state;

import java.util.Arrays;

/** A growable list of longs, without boxing; an empty list shares one empty array (see {@link IntList}). */
public final class LongList {
    private static final long[] EMPTY = new long[0];
    private long[] values = EMPTY;
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size == 0 ? 4 : size * 2);
        }
        values[size++] = value;
    }

    public void addAll(LongList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public long get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i + " >= " + size);
        }
        return values[i];
    }

    public int size() {
        return size;
    }
}
