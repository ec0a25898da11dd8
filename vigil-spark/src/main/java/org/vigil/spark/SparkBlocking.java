package org.vigil.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The Spark stages of a prediction, each a function of RDDs with no driver state captured: every record's blocks
 * under every candidate rule, grouped into {@link Block}s by a shuffle; pairs per rule (for the budget); and the
 * pairs of the kept rules, each produced once and scored where it is produced.
 *
 * <p>A pair is produced as {@code BlockedPairs} produces it: by the first kept rule that blocks it together in a
 * block within the maximum block size, in that rule's first such block holding both (the least high bits,
 * unsigned). Earlier rules are checked on the executor's copy of every record's keys ({@code RuleKeys}, which knows
 * the skipped blocks), so no pair is shuffled and no distinct() is needed.
 */
final class SparkBlocking {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private SparkBlocking() {
    }

    /** Every block of every candidate rule that can hold a pair, from {@code slices} tasks over the records. */
    static JavaRDD<Block> blocks(JavaSparkContext sc, Broadcast<byte[]> job, int records, int slices, int partitions) {
        List<Integer> ids = IntStream.range(0, slices).boxed().toList();
        return sc.parallelize(ids, slices).flatMapToPair(s -> {
            BlockingEngine e = ExecutorState.engine(job);
            int from = (int) ((long) s * records / slices);
            int to = (int) ((long) (s + 1) * records / slices);
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (int i = from; i < to; i++) {
                for (int q = 0; q < e.rules.size(); q++) {
                    for (long h : e.blocks(q, i)) {
                        out.add(new Tuple2<>(blockId(h, q), ((long) q << 32) | i));
                    }
                }
            }
            return out.iterator();
        }).groupByKey(partitions).flatMap(group -> {
            long[] v = new long[8];
            int n = 0;
            for (long x : group._2()) {
                if (n == v.length) {
                    v = Arrays.copyOf(v, n * 2);
                }
                v[n++] = x;
            }
            if (n < 2) {
                return java.util.Collections.emptyIterator(); // most keys: one record, no pair
            }
            // Sorted, (rule, record) entries come rule by rule, records ascending. One id can stand for blocks of
            // several rules, never for two blocks of one rule (blockId is one-to-one for each rule).
            Arrays.sort(v, 0, n);
            BlockingEngine e = ExecutorState.engine(job);
            List<Block> out = new ArrayList<>(1);
            int i = 0;
            while (i < n) {
                int q = (int) (v[i] >>> 32);
                int j = i;
                while (j < n && (int) (v[j] >>> 32) == q) {
                    j++;
                }
                int[] recs = new int[j - i];
                for (int k = i; k < j; k++) {
                    recs[k - i] = (int) v[k];
                }
                Block b = new Block(q, group._1() ^ ruleMask(q), recs);
                if (b.pairs(e.link, e.leftSize) > 0) {
                    out.add(b);
                }
                i = j;
            }
            return out.iterator();
        });
    }

    /**
     * Scores the pairs of the blocks of kept rules: {@code before[q]} lists the kept rules ahead of candidate rule
     * {@code q}, in order. Pairs whose weight without the prior is under 0 bits are counted but not returned, as
     * {@code PairScoring} drops them with a floor of 0.
     */
    static JavaRDD<ScoredChunk> score(JavaRDD<Block> blocks, Broadcast<byte[]> job, int[][] before) {
        return blocks.filter(b -> before[b.rule()] != null).mapPartitions(it -> {
            BlockingEngine e = ExecutorState.engine(job);
            ScoredChunk chunk = new ScoredChunk();
            while (it.hasNext()) {
                Block b = it.next();
                int[] r = b.records();
                if (e.maxBlockSize > 0 && r.length > e.maxBlockSize) {
                    continue;
                }
                int[] earlier = before[b.rule()];
                if (e.link) {
                    int split = 0;
                    while (split < r.length && r[split] < e.leftSize) {
                        split++;
                    }
                    for (int x = 0; x < split; x++) {
                        for (int y = split; y < r.length; y++) {
                            consider(e, earlier, b, r[x], r[y], chunk);
                        }
                    }
                } else {
                    for (int x = 0; x < r.length; x++) {
                        for (int y = x + 1; y < r.length; y++) {
                            consider(e, earlier, b, r[x], r[y], chunk);
                        }
                    }
                }
            }
            chunk.pairs = Arrays.copyOf(chunk.pairs, chunk.size);
            chunk.weights = Arrays.copyOf(chunk.weights, chunk.size);
            return List.of(chunk).iterator();
        });
    }

    private static void consider(BlockingEngine e, int[] earlier, Block block, int a, int b, ScoredChunk chunk) {
        for (int p : earlier) {
            if (e.blocksTogether(p, a, b)) {
                return;
            }
        }
        if (e.firstSharedBlock(block.rule(), a, b) != block.high()) {
            return;
        }
        chunk.candidates++;
        double w = e.scorer.weightWithoutPrior(a, b);
        if (w >= 0) {
            chunk.add(a, b, (float) w);
        }
    }

    /** A shuffle key for block {@code high} of rule {@code q}: one-to-one for each rule. */
    private static long blockId(long high, int q) {
        return high ^ ruleMask(q);
    }

    private static long ruleMask(int q) {
        return (q + 1) * GOLDEN;
    }
}
