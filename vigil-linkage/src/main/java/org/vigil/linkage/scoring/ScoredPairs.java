package org.vigil.linkage.scoring;

import java.util.Arrays;
import org.vigil.linkage.model.MatchWeight;

/**
 * Scored record pairs as primitive arrays: records {@code a[i] < b[i]} and their weight without the prior.
 * Sorted by {@code (a, b)}.
 */
public final class ScoredPairs {
    private final int[] a;
    private final int[] b;
    private final float[] weights;
    private final long candidates;

    ScoredPairs(int[] a, int[] b, float[] weights, long candidates) {
        this.a = a;
        this.b = b;
        this.weights = weights;
        this.candidates = candidates;
    }

    /**
     * Pairs given as {@code (a << 32) | b} with {@code a < b}, in any order and each once, with their weights without
     * the prior; {@code candidates} is the number of candidate pairs scored to produce them. Sorted here by
     * {@code (a, b)}, so that pairs scored in any order, on any number of threads or machines, give the same result.
     */
    public static ScoredPairs ofPacked(long[] packed, float[] weights, long candidates) {
        int n = packed.length;
        if (weights.length != n) {
            throw new IllegalArgumentException("pairs and weights differ in number: " + n + " != " + weights.length);
        }
        // Sort the packed pairs, then place each weight by binary search.
        long[] sorted = packed.clone();
        Arrays.parallelSort(sorted);
        for (int p = 1; p < n; p++) {
            if (sorted[p] == sorted[p - 1]) {
                throw new IllegalArgumentException("pair given twice: " + (sorted[p] >>> 32) + ", " + (int) sorted[p]);
            }
        }
        int[] a = new int[n];
        int[] b = new int[n];
        float[] ws = new float[n];
        for (int p = 0; p < n; p++) {
            ws[Arrays.binarySearch(sorted, packed[p])] = weights[p];
        }
        for (int j = 0; j < n; j++) {
            a[j] = (int) (sorted[j] >>> 32);
            b[j] = (int) sorted[j];
        }
        return new ScoredPairs(a, b, ws, candidates);
    }

    /** Number of pairs held. */
    public int size() {
        return a.length;
    }

    /** Number of candidate pairs scored to produce these (those under the floor were dropped). */
    public long candidates() {
        return candidates;
    }

    public int left(int i) {
        return a[i];
    }

    public int right(int i) {
        return b[i];
    }

    /** Weight of pair {@code i} without the prior. */
    public double weightWithoutPrior(int i) {
        return weights[i];
    }

    /** Probability of pair {@code i} under prior weight {@code priorBits}. */
    public double probability(int i, double priorBits) {
        return 1 / (1 + Math.pow(2, -(weights[i] + priorBits)));
    }

    /** Indices of pairs whose probability under {@code priorBits} is at least {@code threshold}. */
    public int[] above(double threshold, double priorBits) {
        double minWeight = MatchWeight.log2(threshold / (1 - threshold)) - priorBits;
        int[] out = new int[a.length];
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (weights[i] >= minWeight) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
