package org.vigil.linkage.training;

import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigil.linkage.Parallel;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.RecordTable;

/**
 * Estimates u probabilities from random record pairs (Splink's {@code estimate_u_using_random_sampling}).
 * Random pairs are almost all non-matches, so the share of them at each level estimates P(level |
 * non-match). Each level's count gets a pseudo-count of 0.5 so that no u is zero.
 */
public final class RandomSampling {
    private static final int CHUNKS = 32;

    private RandomSampling() {
    }

    /**
     * The model with u estimated from {@code pairs} random pairs of {@code table} (within it, or across
     * sources when {@code link}). Deterministic for a given seed whatever the number of threads.
     */
    public static LinkageModel estimateU(LinkageModel model, RecordTable table, boolean link, int pairs, long seed,
                                         int threads) {
        Scorer scorer = new Scorer(model, table);
        int n = table.size();
        int left = link ? table.leftSize() : n;
        if (n < 2 || (link && (left == 0 || left == n))) {
            throw new IllegalArgumentException("too few records to sample pairs from: " + n);
        }
        int k = scorer.comparisons();
        ConcurrentLinkedQueue<long[][]> results = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            long[][] counts = new long[k][16];
            int c;
            while ((c = next.getAndIncrement()) < CHUNKS) {
                SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + c);
                int todo = pairs / CHUNKS + (c < pairs % CHUNKS ? 1 : 0);
                for (int i = 0; i < todo; i++) {
                    int a;
                    int b;
                    if (link) {
                        a = rnd.nextInt(left);
                        b = left + rnd.nextInt(n - left);
                    } else {
                        a = rnd.nextInt(n);
                        b = rnd.nextInt(n - 1);
                        if (b >= a) {
                            b++;
                        }
                    }
                    for (int q = 0; q < k; q++) {
                        counts[q][scorer.level(q, a, b)]++;
                    }
                }
            }
            results.add(counts);
        };
        Parallel.run(threads, work);
        long[][] total = new long[k][16];
        for (long[][] r : results) {
            for (int q = 0; q < k; q++) {
                for (int l = 0; l < 16; l++) {
                    total[q][l] += r[q][l];
                }
            }
        }
        LinkageModel out = model;
        for (int q = 0; q < k; q++) {
            int levels = model.comparisons().get(q).levels().size();
            double[] u = new double[levels];
            for (int l = 1; l < levels; l++) {
                u[l] = total[q][l] + 0.5;
            }
            long nonNull = 0;
            for (int l = 1; l < levels; l++) {
                nonNull += total[q][l];
            }
            if (nonNull == 0) {
                continue; // no evidence: keep the prior u
            }
            out = out.withU(q, u);
        }
        return out;
    }

}
