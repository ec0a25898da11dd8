package org.vigil.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigil.linkage.blocking.BlockingRule;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.RecordTable;

/**
 * A {@link ScoringJob} made usable on one executor: its table rebuilt from the broadcast rows (so term frequencies
 * are those of the whole table, as on one JVM), a {@link Scorer} of its model, and every record's keys under every
 * candidate rule, sorted. Thread-safe once built: tasks running at once share it.
 */
final class BlockingEngine {
    final RecordTable table;
    final Scorer scorer;
    final List<BlockingRule> rules;
    final boolean link;
    final int leftSize;
    final int maxBlockSize;
    /**
     * As in {@code BlockedPairs}: a block is a run of keys with equal high bits, above the bits a record number
     * needs. Keys that differ only below them share a block, and their records are paired only if some key agrees
     * in full. Keeping this rule, block sizes (and so skipped blocks and dropped rules) are the same as on one JVM.
     */
    final long highMask;
    static final long NO_BLOCK = 1;
    /** Per rule, record {@code i}'s keys are {@code keys[rule][offsets[rule][i] .. offsets[rule][i + 1])}, ascending. */
    private final long[][] keys;
    private final int[][] offsets;

    BlockingEngine(ScoringJob job) {
        table = job.table().toTable();
        scorer = new Scorer(LinkageModel.fromJson(job.modelJson()), table);
        List<BlockingRule> rs = new ArrayList<>();
        job.rules().forEach(name -> rs.add(BlockingRule.parse(name)));
        rules = List.copyOf(rs);
        link = job.link();
        maxBlockSize = job.maxBlockSize();
        int n = table.size();
        int left = 0;
        while (link && left < n && table.source(left) == 0) {
            left++;
        }
        leftSize = link ? left : n;
        int recordBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        highMask = -1L << recordBits;
        keys = new long[rules.size()][];
        offsets = new int[rules.size()][];
        for (int q = 0; q < rules.size(); q++) {
            int[] off = new int[n + 1];
            long[] k = new long[Math.max(16, n)];
            int m = 0;
            for (int i = 0; i < n; i++) {
                long[] ki = rules.get(q).keys(table, i);
                Arrays.sort(ki);
                if (m + ki.length > k.length) {
                    k = Arrays.copyOf(k, Math.max(m + ki.length, k.length * 2));
                }
                System.arraycopy(ki, 0, k, m, ki.length);
                m += ki.length;
                off[i + 1] = m;
            }
            keys[q] = Arrays.copyOf(k, m);
            offsets[q] = off;
        }
    }

    int records() {
        return table.size();
    }

    /** The blocks of rule {@code q} that record {@code i} is in: its keys' high bits, each once. */
    long[] blocks(int q, int i) {
        int from = offsets[q][i];
        int to = offsets[q][i + 1];
        long[] out = new long[to - from];
        int n = 0;
        for (int p = from; p < to; p++) {
            long h = keys[q][p] & highMask;
            boolean seen = false;
            for (int j = 0; j < n && !seen; j++) {
                seen = out[j] == h;
            }
            if (!seen) {
                out[n++] = h;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Whether rule {@code q} blocks records {@code a} and {@code b} together (whatever the size of the block). */
    boolean shares(int q, int a, int b) {
        long[] k = keys[q];
        int x = offsets[q][a];
        int xe = offsets[q][a + 1];
        int y = offsets[q][b];
        int ye = offsets[q][b + 1];
        while (x < xe && y < ye) {
            if (k[x] == k[y]) {
                return true;
            }
            if (k[x] < k[y]) {
                x++;
            } else {
                y++;
            }
        }
        return false;
    }

    /**
     * The block of rule {@code q} in which the pair is produced: the least, as unsigned, of the {@link #highMask}
     * bits of the keys the two records share, as {@code BlockedPairs} chooses it; {@link #NO_BLOCK} if they share
     * none. A value with bits under the mask is never a block, so {@link #NO_BLOCK} is never one.
     */
    long firstSharedBlock(int q, int a, int b) {
        long[] k = keys[q];
        int x = offsets[q][a];
        int xe = offsets[q][a + 1];
        int y = offsets[q][b];
        int ye = offsets[q][b + 1];
        long first = NO_BLOCK;
        while (x < xe && y < ye) {
            if (k[x] == k[y]) {
                long h = k[x] & highMask;
                if (first == NO_BLOCK || Long.compareUnsigned(h, first) < 0) {
                    first = h;
                }
                x++;
                y++;
            } else if (k[x] < k[y]) {
                x++;
            } else {
                y++;
            }
        }
        return first;
    }
}
