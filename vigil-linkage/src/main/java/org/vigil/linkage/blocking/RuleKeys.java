package org.vigil.linkage.blocking;

import java.util.Arrays;
import org.vigil.linkage.table.RecordTable;

/**
 * Every record's keys under one blocking rule, each record's sorted, in one flat array: whether the rule blocks two
 * records together, and in which of its blocks it first does. A block is a run of keys with equal high bits (the
 * bits above those a record number needs; see {@link BlockedPairs}). With a maximum block size
 * ({@link #skippingBlocksOver}) a block of more records is skipped: the rule pairs no records in it, so a pair that
 * only such blocks of the rule hold is left to a later rule. {@link BlockedPairs} and anything that must cut blocks
 * and choose a pair's first rule exactly as it does (the Spark module) share this one definition.
 */
public final class RuleKeys {
    /** What {@link #firstSharedBlock} returns when the records share no key: it has a low bit set, so it is never a block. */
    public static final long NO_BLOCK = 1;

    /** Record {@code i}'s keys are {@code keys[offsets[i] .. offsets[i + 1])}, ascending. */
    final long[] keys;
    final int[] offsets;
    /** Whether some record has several keys (otherwise a record's key is {@code keys[offsets[i]]}, if any). */
    final boolean multi;
    /** The high bits of the skipped blocks (under {@link #skipMask}), ascending; empty when none is skipped. */
    private final long[] skipped;
    private final long skipMask;

    private RuleKeys(long[] keys, int[] offsets, boolean multi, long[] skipped, long skipMask) {
        this.keys = keys;
        this.offsets = offsets;
        this.multi = multi;
        this.skipped = skipped;
        this.skipMask = skipMask;
    }

    /** The keys of every record of {@code table} under {@code rule}. */
    public static RuleKeys of(RecordTable table, BlockingRule rule) {
        int size = table.size();
        int[] off = new int[size + 1];
        long[] k = new long[Math.max(16, size)];
        int n = 0;
        boolean multi = false;
        for (int i = 0; i < size; i++) {
            long key = rule.singleKey(table, i);
            if (key != BlockingKey.SEVERAL) {
                if (key != BlockingKey.NO_VALUE) {
                    if (n == k.length) {
                        k = Arrays.copyOf(k, k.length * 2);
                    }
                    k[n++] = key;
                }
                off[i + 1] = n;
                continue;
            }
            long[] ki = rule.keys(table, i);
            if (ki.length > 1) {
                Arrays.sort(ki);
                multi = true;
            }
            if (n + ki.length > k.length) {
                k = Arrays.copyOf(k, Math.max(n + ki.length, k.length * 2));
            }
            System.arraycopy(ki, 0, k, n, ki.length);
            n += ki.length;
            off[i + 1] = n;
        }
        return new RuleKeys(Arrays.copyOf(k, n), off, multi, new long[0], 0);
    }

    /**
     * These keys with every block (under {@code highMask}) of more than {@code maxBlockSize} records skipped; these
     * keys themselves when {@code maxBlockSize} is 0 (no limit).
     */
    public RuleKeys skippingBlocksOver(int maxBlockSize, long highMask) {
        return maxBlockSize > 0 ? skipping(entries(highMask), highMask, maxBlockSize) : this;
    }

    /** As {@link #skippingBlocksOver}, given this rule's {@link #entries} under {@code highMask}. */
    RuleKeys skipping(long[] entries, long highMask, int maxBlockSize) {
        if (maxBlockSize <= 0) {
            return this;
        }
        long[] out = new long[8];
        int n = 0;
        int i = 0;
        while (i < entries.length) {
            int j = i + 1;
            long high = entries[i] & highMask;
            while (j < entries.length && (entries[j] & highMask) == high) {
                j++;
            }
            if (j - i > maxBlockSize) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = high; // ascending: masking off low bits keeps the entries' order
            }
            i = j;
        }
        return new RuleKeys(keys, offsets, multi, Arrays.copyOf(out, n), highMask);
    }

    /** Whether {@code key}'s block is skipped for being over the maximum block size. */
    boolean inSkippedBlock(long key) {
        return skipped.length > 0 && Arrays.binarySearch(skipped, key & skipMask) >= 0;
    }

    /**
     * One entry {@code (key's high bits | record)} for each block a record is in, ascending: a block is a run of
     * equal high bits, and its size (records) the length of the run. {@code highMask} must leave clear the bits a
     * record number needs.
     */
    long[] entries(long highMask) {
        long[] e = new long[keys.length];
        for (int i = 0; i < records(); i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                e[p] = (keys[p] & highMask) | i;
            }
        }
        RadixSort.sort(e);
        return distinct(e);
    }

    /** The sorted array without repeated entries (a record whose keys collide in their high bits). */
    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** Number of records. */
    public int records() {
        return offsets.length - 1;
    }

    /** Record {@code i}'s keys, ascending (a copy). */
    public long[] keysOf(int i) {
        return Arrays.copyOfRange(keys, offsets[i], offsets[i + 1]);
    }

    /**
     * Whether the rule blocks records {@code a} and {@code b} together in a block it does not skip, and so produces
     * the pair (unless an earlier rule does): they share a key whose block is not skipped.
     */
    public boolean blocksTogether(int a, int b) {
        return sharesKey(a, b, skipped.length > 0);
    }

    /** Whether the rule blocks records {@code a} and {@code b} together (whatever the size of the block). */
    public boolean shares(int a, int b) {
        return sharesKey(a, b, false);
    }

    /** Whether the records share a key, with {@code keptOnly} one whose block is not skipped. */
    private boolean sharesKey(int a, int b, boolean keptOnly) {
        int x = offsets[a];
        int xe = offsets[a + 1];
        int y = offsets[b];
        int ye = offsets[b + 1];
        while (x < xe && y < ye) {
            if (keys[x] == keys[y]) {
                if (!keptOnly || !inSkippedBlock(keys[x])) {
                    return true;
                }
                x++;
                y++;
            } else if (keys[x] < keys[y]) {
                x++;
            } else {
                y++;
            }
        }
        return false;
    }

    /**
     * The block in which the rule pairs {@code a} and {@code b}: the least, as unsigned, of the {@code highMask} bits
     * of the keys they share, leaving out skipped blocks; {@link #NO_BLOCK} if there is none. When blocks are
     * skipped, {@code highMask} must be the one they were cut with.
     */
    public long firstSharedBlock(int a, int b, long highMask) {
        if (skipped.length > 0 && highMask != skipMask) {
            throw new IllegalArgumentException("blocks were cut with high mask " + Long.toHexString(skipMask)
                    + ", not " + Long.toHexString(highMask));
        }
        int x = offsets[a];
        int xe = offsets[a + 1];
        int y = offsets[b];
        int ye = offsets[b + 1];
        long first = NO_BLOCK;
        while (x < xe && y < ye) {
            if (keys[x] == keys[y]) {
                long h = keys[x] & highMask;
                if ((first == NO_BLOCK || Long.compareUnsigned(h, first) < 0) && !inSkippedBlock(keys[x])) {
                    first = h;
                }
                x++;
                y++;
            } else if (keys[x] < keys[y]) {
                x++;
            } else {
                y++;
            }
        }
        return first;
    }
}
