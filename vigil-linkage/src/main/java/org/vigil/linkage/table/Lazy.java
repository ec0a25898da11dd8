package org.vigil.linkage.table;

import java.util.function.Supplier;

/**
 * A value made on first use, once, and then read without a lock from any thread (double-checked locking on a
 * volatile field).
 */
final class Lazy<T> {
    private final Supplier<T> make;
    private volatile T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    T get() {
        T x = value;
        if (x == null) {
            synchronized (this) {
                x = value;
                if (x == null) {
                    x = make.get();
                    value = x;
                }
            }
        }
        return x;
    }
}
