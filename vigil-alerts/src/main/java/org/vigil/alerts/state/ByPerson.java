package org.vigil.alerts.state;

import java.util.Arrays;

/**
 * A value per person index, in an array indexed by it: person indices are dense ({@link PersonBook#intern} numbers
 * them from 0), so this costs 4 bytes a person where a {@code HashMap<Integer, T>} costs about 50 an entry (a node
 * and a boxed key), and the patterns keep one per child or suspect they have assessed. Not thread-safe.
 */
public final class ByPerson<T> {
    private Object[] values = new Object[64];

    /** The value of person {@code p}, or null. */
    @SuppressWarnings("unchecked")
    public T get(int p) {
        return p < values.length ? (T) values[p] : null;
    }

    /** Sets the value of person {@code p}; returns the one it replaces, or null. */
    public T put(int p, T value) {
        if (p >= values.length) {
            values = Arrays.copyOf(values, Math.max(p + 1, values.length + (values.length >> 1)));
        }
        T old = get(p);
        values[p] = value;
        return old;
    }
}
