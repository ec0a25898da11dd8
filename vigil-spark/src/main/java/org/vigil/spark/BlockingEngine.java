package org.vigil.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigil.linkage.blocking.BlockingRule;
import org.vigil.linkage.blocking.RuleKeys;
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
    /** Every record's keys under each candidate rule, in the rules' order, with the blocks over the maximum size skipped. */
    private final RuleKeys[] keys;

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
        keys = new RuleKeys[rules.size()];
        for (int q = 0; q < rules.size(); q++) {
            keys[q] = RuleKeys.of(table, rules.get(q)).skippingBlocksOver(maxBlockSize, highMask);
        }
    }

    int records() {
        return table.size();
    }

    /** The blocks of rule {@code q} that record {@code i} is in: its keys' high bits, each once. */
    long[] blocks(int q, int i) {
        long[] own = keys[q].keysOf(i);
        long[] out = new long[own.length];
        int n = 0;
        for (long key : own) {
            long h = key & highMask;
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

    /** Whether rule {@code q} blocks records {@code a} and {@code b} together in a block within the maximum size. */
    boolean blocksTogether(int q, int a, int b) {
        return keys[q].blocksTogether(a, b);
    }

    /** The block of rule {@code q} in which the pair is produced, as {@code BlockedPairs} chooses it; see {@link RuleKeys}. */
    long firstSharedBlock(int q, int a, int b) {
        return keys[q].firstSharedBlock(a, b, highMask);
    }
}
