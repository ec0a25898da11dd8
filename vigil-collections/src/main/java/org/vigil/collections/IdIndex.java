package org.vigil.collections;

import java.util.function.IntFunction;

/**
 * Positions by id, for ids already held in a list by position: an open-addressing table of positions alone, which
 * reads the id back from the list to compare. It costs 8 to 16 bytes an id, where a {@code HashMap<String, Integer>}
 * costs about 50 (a node, a boxed position and a slot). A replay of a million concerns indexes over two million
 * mentions in the linkage index, and a million concerns and persons in the alert engine. Not thread-safe.
 */
public final class IdIndex {
    private final IntFunction<String> idAt;
    /** Position + 1 per slot; 0 is empty. At most half full. */
    private int[] slots = new int[16];
    private int shift = 32 - 4;
    private int size;

    /** {@code idAt} gives the id at a position; it must already give it when {@link #put} is called. */
    public IdIndex(IntFunction<String> idAt) {
        this.idAt = idAt;
    }

    /** The position of {@code id}, or -1. */
    public int get(String id) {
        int h = id.hashCode();
        int mask = slots.length - 1;
        for (int s = slot(h); ; s = (s + 1) & mask) {
            int p = slots[s] - 1;
            if (p < 0) {
                return -1;
            }
            String at = idAt.apply(p);
            if (at.hashCode() == h && at.equals(id)) {
                return p;
            }
        }
    }

    /** Indexes {@code position}, whose id must not be indexed yet. */
    public void put(String id, int position) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        insert(id.hashCode(), position);
        size++;
    }

    private void insert(int h, int position) {
        int mask = slots.length - 1;
        int s = slot(h);
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = position + 1;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        shift--;
        for (int v : old) {
            if (v != 0) {
                insert(idAt.apply(v - 1).hashCode(), v - 1);
            }
        }
    }

    /** Fibonacci hashing: the top bits of the hash times 2^32/φ, so ids that differ in their last digits spread out. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }
}
