package org.vigil.linkage.incremental;

import java.util.Arrays;

/**
 * The records of each block of one blocking rule, oldest first, each with the fields it has and a few bits of
 * its sex, companions and birth year ({@link org.vigil.linkage.scoring.Scorer#traits}). An open-addressing map
 * from key to bucket: a lookup reads the key array and then the bucket, where a map of boxed keys reads a node,
 * a key and a bucket; and because each record's traits sit beside its number, a candidate that cannot link is
 * recognised without reading the record. Only the {@code keep} most recent records of a block are ever candidates,
 * so a block keeps at most about twice that many and then drops its oldest: a place every suspect visits or a
 * common name costs the index a bounded number of entries, not one per mention that names it. Not thread-safe.
 */
final class Blocks {
    /** A block longer than this is trimmed to {@link #keep} + 1 records, the one extra marking it as over the cap. */
    private final int longest;
    private final int keep;
    private long[] keys = new long[64];
    /** Per slot: null (empty), or {size, record, traits, record, traits, ...}. */
    private int[][] buckets = new int[64][];
    private int used;

    /** Blocks of which only the {@code keep} most recent records will be read. */
    Blocks(int keep) {
        this.keep = keep;
        this.longest = keep >= Integer.MAX_VALUE / 8 ? Integer.MAX_VALUE / 4 : 2 * keep + 1;
    }

    /**
     * The bucket of {@code key}, or null: entry {@code i} (0 oldest) is at {@code 1 + 2i}, its traits at
     * {@code 2 + 2i}. A block over the cap has more than {@code keep} entries, and its {@code keep} newest are exact.
     */
    int[] bucket(long key) {
        int mask = keys.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            int[] b = buckets[s];
            if (b == null) {
                return null;
            }
            if (keys[s] == key) {
                return b;
            }
        }
    }

    /** Adds a record, with its traits, as the newest of block {@code key}. */
    void append(long key, int record, int traits) {
        if (2 * (used + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int s = slot(key, mask);
        while (buckets[s] != null && keys[s] != key) {
            s = (s + 1) & mask;
        }
        int[] b = buckets[s];
        if (b == null) {
            b = new int[5];
            keys[s] = key;
            used++;
        } else if (2 * b[0] + 3 > b.length) {
            if (b[0] >= longest) {
                // Keep the newest keep + 1: the reader takes the newest keep, and sees the block is over the cap.
                int drop = b[0] - keep - 1;
                System.arraycopy(b, 1 + 2 * drop, b, 1, 2 * (keep + 1));
                b[0] = keep + 1;
            } else {
                b = Arrays.copyOf(b, Math.min(2 * b.length + 1, 2 * longest + 3));
            }
        }
        b[1 + 2 * b[0]] = record;
        b[2 + 2 * b[0]] = traits;
        b[0]++;
        buckets[s] = b;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[][] oldBuckets = buckets;
        keys = new long[oldKeys.length * 2];
        buckets = new int[oldKeys.length * 2][];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldBuckets[i] != null) {
                int s = slot(oldKeys[i], mask);
                while (buckets[s] != null) {
                    s = (s + 1) & mask;
                }
                keys[s] = oldKeys[i];
                buckets[s] = oldBuckets[i];
            }
        }
    }

    /** A well-mixed slot (the keys are hashes already, but of few bits for small values such as a year). */
    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
