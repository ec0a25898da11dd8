package org.vigil.linkage.evaluation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.vigil.linkage.clustering.Clusters;

/**
 * Pairwise quality against ground truth: a predicted pair is a true positive when both records have the
 * same entity key. In a linkage only pairs across the two tables count.
 *
 * @param truePositives predicted pairs that are true
 * @param falsePositives predicted pairs that are not
 * @param falseNegatives true pairs not predicted
 */
public record PairwiseQuality(long truePositives, long falsePositives, long falseNegatives) {

    public double precision() {
        long p = truePositives + falsePositives;
        return p == 0 ? 1 : (double) truePositives / p;
    }

    public double recall() {
        long t = truePositives + falseNegatives;
        return t == 0 ? 1 : (double) truePositives / t;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Quality of predicted pairs {@code (a[i], b[i])}, {@code i < n}, given each record's entity key
     * ({@code null}: no known match) and, for a linkage, the number of left records ({@code leftSize}
     * records first; pass the table size for a deduplication).
     */
    public static PairwiseQuality of(int[] a, int[] b, int n, String[] entity, int leftSize) {
        long tp = 0;
        for (int i = 0; i < n; i++) {
            String x = entity[a[i]];
            if (x != null && x.equals(entity[b[i]])) {
                tp++;
            }
        }
        long truth = truePairs(entity, leftSize);
        return new PairwiseQuality(tp, n - tp, truth - tp);
    }

    /** Quality of the pairs implied by {@code clusters} (every two records in one cluster). */
    public static PairwiseQuality ofClusters(Clusters clusters, String[] entity, int leftSize) {
        int[][] members = clusters.members();
        long tp = 0;
        long predicted = 0;
        for (int[] m : members) {
            Map<String, long[]> byEntity = new HashMap<>();
            long left = 0;
            for (int r : m) {
                if (r < leftSize) {
                    left++;
                }
                if (entity[r] != null) {
                    long[] c = byEntity.computeIfAbsent(entity[r], k -> new long[2]);
                    c[r < leftSize ? 0 : 1]++;
                }
            }
            boolean link = leftSize < entity.length;
            if (link) {
                predicted += left * (m.length - left);
                for (long[] c : byEntity.values()) {
                    tp += c[0] * c[1];
                }
            } else {
                predicted += (long) m.length * (m.length - 1) / 2;
                for (long[] c : byEntity.values()) {
                    tp += c[0] * (c[0] - 1) / 2;
                }
            }
        }
        long truth = truePairs(entity, leftSize);
        return new PairwiseQuality(tp, predicted - tp, truth - tp);
    }

    /** Number of true pairs: within the table, or across when {@code leftSize < entity.length}. */
    public static long truePairs(String[] entity, int leftSize) {
        Map<String, long[]> counts = new HashMap<>();
        for (int i = 0; i < entity.length; i++) {
            if (entity[i] != null) {
                counts.computeIfAbsent(entity[i], k -> new long[2])[i < leftSize ? 0 : 1]++;
            }
        }
        long t = 0;
        boolean link = leftSize < entity.length;
        for (long[] c : counts.values()) {
            t += link ? c[0] * c[1] : c[0] * (c[0] - 1) / 2;
        }
        return t;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f (tp %d, fp %d, fn %d)", precision(), recall(), f1(), truePositives,
                falsePositives, falseNegatives);
    }
}
