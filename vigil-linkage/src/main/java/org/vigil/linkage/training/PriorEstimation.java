package org.vigil.linkage.training;

import org.vigil.linkage.model.MatchWeight;
import org.vigil.linkage.scoring.ScoredPairs;

/**
 * Estimates λ, the probability that two records drawn at random match, from scored candidate pairs.
 *
 * <p>With m and u fixed, the maximum-likelihood λ satisfies λ = (1/T) Σ P(match | γ<sub>i</sub>, λ) over
 * all T pairs. Pairs outside the candidates, and candidates under the scoring floor (weight without prior
 * below 0 bits, so posterior at most λ), contribute nothing appreciable and are counted as non-matches.
 * The fixed point is found by iteration from above, over a histogram of weights (bins of 1/64 bit).
 */
public final class PriorEstimation {
    private PriorEstimation() {
    }

    /** λ for {@code pairs} drawn from {@code totalPairs} possible pairs. */
    public static double estimate(ScoredPairs pairs, double totalPairs) {
        if (pairs.size() == 0) {
            return 1 / Math.max(2, totalPairs);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < pairs.size(); i++) {
            min = Math.min(min, pairs.weightWithoutPrior(i));
            max = Math.max(max, pairs.weightWithoutPrior(i));
        }
        int bins = (int) Math.ceil((max - min) * 64) + 1;
        double[] count = new double[bins];
        double[] sumW = new double[bins];
        for (int i = 0; i < pairs.size(); i++) {
            double w = pairs.weightWithoutPrior(i);
            int b = (int) ((w - min) * 64);
            count[b]++;
            sumW[b] += w;
        }
        double lambda = Math.min(0.5, pairs.size() / totalPairs);
        for (int it = 0; it < 1000; it++) {
            double logit = MatchWeight.log2(lambda / (1 - lambda));
            double s = 0;
            for (int b = 0; b < bins; b++) {
                if (count[b] > 0) {
                    double w = sumW[b] / count[b];
                    s += count[b] / (1 + Math.pow(2, -(w + logit)));
                }
            }
            double next = Math.max(1e-15, Math.min(0.5, s / totalPairs));
            if (Math.abs(next - lambda) <= 1e-9 * lambda) {
                return next;
            }
            lambda = next;
        }
        return lambda;
    }
}
