package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * The single-valued codes of every record in one row-major {@code int[]}: record {@code r}'s slot
 * {@code s} is {@code data[r * stride + s]}. Scoring reads two records at random positions; keeping a
 * record's codes in one or two cache lines instead of one array per field is what makes a pair cost a
 * couple of cache misses instead of thirty. Columns are views onto their slots.
 */
final class Rows {
    final int stride;
    int[] data;

    Rows(int stride) {
        this.stride = stride;
        this.data = new int[stride * 16];
    }

    /**
     * Makes room for {@code record}, growing by half: a table of two million mentions holds half a gigabyte of rows,
     * and doubling could leave nearly half of what it allocated unused.
     */
    void ensure(int record) {
        int need = (record + 1) * stride;
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, grown(data.length)));
        }
    }

    /** A per-record array's next length: half as long again, which bounds what stands empty to a third. */
    static int grown(int length) {
        return length + Math.max(16, length >> 1);
    }
}
