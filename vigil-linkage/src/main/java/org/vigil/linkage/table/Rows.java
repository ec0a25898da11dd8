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

    void ensure(int record) {
        int need = (record + 1) * stride;
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, data.length * 2));
        }
    }
}
