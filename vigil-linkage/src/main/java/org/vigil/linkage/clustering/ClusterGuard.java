package org.vigil.linkage.clustering;

import org.vigil.linkage.model.MatchWeight;

/**
 * The rule deciding whether a link may join two clusters (see the package documentation).
 *
 * @param threshold probability at or above which a pair is a link
 * @param minSupport share of cross pairs that must be links, in [0, 1]
 * @param vetoProbability a cross pair below this probability forbids the join
 * @param maxChecks most cross pairs scored per join; larger joins are checked on an even sample
 */
public record ClusterGuard(double threshold, double minSupport, double vetoProbability, int maxChecks) {

    public ClusterGuard {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        if (!(minSupport >= 0 && minSupport <= 1)) {
            throw new IllegalArgumentException("minSupport must be in [0, 1]: " + minSupport);
        }
        if (!(vetoProbability >= 0 && vetoProbability < threshold)) {
            throw new IllegalArgumentException("vetoProbability must be in [0, threshold): " + vetoProbability);
        }
        if (maxChecks < 1) {
            throw new IllegalArgumentException("maxChecks must be positive: " + maxChecks);
        }
    }

    /** Threshold {@code threshold}, support 0.5, veto 0.001, at most 400 checks. */
    public static ClusterGuard defaults(double threshold) {
        return new ClusterGuard(threshold, 0.5, Math.min(0.001, threshold / 2), 400);
    }

    /** No guard: connected components of the links. */
    public static ClusterGuard none(double threshold) {
        return new ClusterGuard(threshold, 0, 0, 1);
    }

    /** The outcome of a check. */
    public enum Verdict { JOIN, CONTRADICTED, UNSUPPORTED }

    /** Whether clusters with members {@code xs} and {@code ys} may join. */
    public Verdict check(int[] xs, int xn, int[] ys, int yn, PairWeigher weigher) {
        if (minSupport == 0 && vetoProbability == 0) {
            return Verdict.JOIN;
        }
        long cross = (long) xn * yn;
        long stride = Math.max(1, (cross + maxChecks - 1) / maxChecks);
        double linkBits = MatchWeight.fromProbability(threshold).bits();
        double vetoBits = vetoProbability > 0 ? MatchWeight.fromProbability(vetoProbability).bits() : Double.NEGATIVE_INFINITY;
        long checked = 0;
        long links = 0;
        for (long c = 0; c < cross; c += stride) {
            int x = xs[(int) (c / yn)];
            int y = ys[(int) (c % yn)];
            double w = weigher.weight(x, y);
            if (w < vetoBits) {
                return Verdict.CONTRADICTED;
            }
            checked++;
            if (w >= linkBits) {
                links++;
            }
        }
        return links >= minSupport * checked ? Verdict.JOIN : Verdict.UNSUPPORTED;
    }
}
