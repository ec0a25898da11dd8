package org.vigil.linkage.scoring;

import java.util.Arrays;
import java.util.List;
import org.vigil.linkage.blocking.BlockedPairs;

/** Scores every candidate pair of a blocking on several threads. */
public final class PairScoring {
    private PairScoring() {
    }

    /**
     * Scores all candidate pairs and keeps those whose weight without the prior is at least
     * {@code floorBits}. A floor of 0 loses nothing of use: such a pair's probability is at most λ.
     */
    public static ScoredPairs score(BlockedPairs pairs, Scorer scorer, double floorBits, int threads) {
        List<Collector> parts = pairs.forEachParallel(threads, () -> new Collector(scorer, floorBits));
        int n = 0;
        long candidates = 0;
        for (Collector c : parts) {
            n += c.n;
            candidates += c.seen;
        }
        long[] keys = new long[n];
        float[] w = new float[n];
        int i = 0;
        for (Collector c : parts) {
            for (int j = 0; j < c.n; j++) {
                keys[i] = ((long) c.a[j] << 32) | c.b[j];
                w[i] = c.w[j];
                i++;
            }
        }
        return ScoredPairs.ofPacked(keys, w, candidates);
    }

    private static final class Collector implements BlockedPairs.PairSink {
        private final Scorer scorer;
        private final double floor;
        int[] a = new int[1024];
        int[] b = new int[1024];
        float[] w = new float[1024];
        int n;
        long seen;

        Collector(Scorer scorer, double floor) {
            this.scorer = scorer;
            this.floor = floor;
        }

        @Override
        public void accept(int x, int y) {
            seen++;
            double weight = scorer.weightWithoutPrior(x, y);
            if (weight >= floor) {
                if (n == a.length) {
                    a = Arrays.copyOf(a, n * 2);
                    b = Arrays.copyOf(b, n * 2);
                    w = Arrays.copyOf(w, n * 2);
                }
                a[n] = x;
                b[n] = y;
                w[n] = (float) weight;
                n++;
            }
        }
    }
}
