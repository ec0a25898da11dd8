package org.vigil.alerts.pattern;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedSet;

/**
 * An unmodifiable set of ints in ascending order, held in one array: what a finding's evidence keeps of its persons.
 * An alert's evidence is compared with the next finding's at every assessment, and an alert about a takeaway named in
 * thousands of reports lists thousands of persons, so {@link #containsAll} and {@link #missingFrom} walk both arrays
 * once instead of looking every value up in a tree.
 */
public final class SortedInts extends AbstractSet<Integer> {
    public static final SortedInts EMPTY = new SortedInts(new int[0]);
    private final int[] values;

    private SortedInts(int[] values) {
        this.values = values;
    }

    /** The distinct values of {@code values}; a {@link SortedSet} in natural order is read as it is, once. */
    public static SortedInts of(Collection<Integer> values) {
        if (values instanceof SortedInts s) {
            return s;
        }
        int[] out = new int[values.size()];
        int n = 0;
        for (int v : values) {
            out[n++] = v;
        }
        if (!(values instanceof SortedSet<?> sorted && sorted.comparator() == null)) {
            return of(out);
        }
        return n == 0 ? EMPTY : new SortedInts(out);
    }

    /** The distinct values of {@code values}, which it sorts. */
    public static SortedInts of(int[] values) {
        Arrays.sort(values);
        int n = distinct(values);
        return n == 0 ? EMPTY : new SortedInts(n == values.length ? values : Arrays.copyOf(values, n));
    }

    private static int distinct(int[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer i && Arrays.binarySearch(values, i) >= 0;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return c instanceof SortedInts other ? other.missingFrom(this).length == 0 : super.containsAll(c);
    }

    /** The values of this set that {@code other} does not hold, ascending. */
    public int[] missingFrom(SortedInts other) {
        int[] out = null;
        int n = 0;
        int j = 0;
        for (int v : values) {
            while (j < other.values.length && other.values[j] < v) {
                j++;
            }
            if (j == other.values.length || other.values[j] != v) {
                if (out == null) {
                    out = new int[values.length];
                }
                out[n++] = v;
            }
        }
        return out == null ? new int[0] : Arrays.copyOf(out, n);
    }

    /** Whether any value satisfies {@code test}, read without boxing. */
    public boolean anyMatch(java.util.function.IntPredicate test) {
        for (int v : values) {
            if (test.test(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<Integer> iterator() {
        return ascending(values, values.length);
    }

    /** The first {@code size} of {@code values}, in order, each boxed as it is read: this set's and {@link SortedIntSet}'s. */
    static Iterator<Integer> ascending(int[] values, int size) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Integer next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return values[next++];
            }
        };
    }

    @Override
    public int size() {
        return values.length;
    }
}
