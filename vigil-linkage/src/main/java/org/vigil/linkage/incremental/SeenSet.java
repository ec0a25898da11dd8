package org.vigil.linkage.incremental;

import java.util.Arrays;

/**
 * A set of record numbers for one lookup, emptied in constant time by {@link #clear}: an open-addressing table sized
 * to what one lookup holds (hundreds of records), so that it stays in the processor's nearest cache, where an array
 * indexed by record number would be read at a random place in megabytes for every record tested. Not thread-safe.
 */
final class SeenSet {
    /** Per slot: the round in which it was filled (a slot of an earlier round is empty), then its record. */
    private int[] slots = new int[2 * 1024];
    private int round = 1;
    private int size;

    /** Empties the set. */
    void clear() {
        size = 0;
        if (++round == 0) {
            Arrays.fill(slots, 0);
            round = 1;
        }
    }

    /** Adds {@code record}; false if it was in the set already. */
    boolean add(int record) {
        if (4 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length / 2 - 1;
        for (int s = slot(record, mask); ; s = (s + 1) & mask) {
            if (slots[2 * s] != round) {
                slots[2 * s] = round;
                slots[2 * s + 1] = record;
                size++;
                return true;
            }
            if (slots[2 * s + 1] == record) {
                return false;
            }
        }
    }

    /** Doubles the table, keeping the records of this round. */
    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length / 2 - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] == round) {
                int s = slot(old[i + 1], mask);
                while (slots[2 * s] == round) {
                    s = (s + 1) & mask;
                }
                slots[2 * s] = round;
                slots[2 * s + 1] = old[i + 1];
            }
        }
    }

    private static int slot(int record, int mask) {
        int h = record * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }
}
