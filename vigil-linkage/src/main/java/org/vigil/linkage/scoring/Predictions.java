package org.vigil.linkage.scoring;

import org.vigil.linkage.explain.Waterfall;
import org.vigil.linkage.model.LinkageModel;

/**
 * The scored candidate pairs of a run under its final model (λ included), with a match threshold.
 * Pair {@code i} is records {@code left(i) < right(i)}; any pair can be explained.
 */
public final class Predictions {
    private final ScoredPairs pairs;
    private final Scorer scorer;
    private final double threshold;
    private final int[] matches;

    public Predictions(ScoredPairs pairs, Scorer scorer, double threshold) {
        this.pairs = pairs;
        this.scorer = scorer;
        this.threshold = threshold;
        this.matches = pairs.above(threshold, scorer.model().prior().bits());
    }

    public LinkageModel model() {
        return scorer.model();
    }

    public Scorer scorer() {
        return scorer;
    }

    public double threshold() {
        return threshold;
    }

    /** Pairs kept after scoring (weight without prior at least 0), matches or not. */
    public ScoredPairs pairs() {
        return pairs;
    }

    /** Number of candidate pairs scored. */
    public long candidates() {
        return pairs.candidates();
    }

    /** Indices (into {@link #pairs()}) of the pairs judged to match. */
    public int[] matches() {
        return matches.clone();
    }

    public int matchCount() {
        return matches.length;
    }

    /** Probability of pair {@code i} of {@link #pairs()}. */
    public double probability(int i) {
        return pairs.probability(i, scorer.model().prior().bits());
    }

    /** Total weight, prior included, of pair {@code i} of {@link #pairs()}. */
    public double weight(int i) {
        return pairs.weightWithoutPrior(i) + scorer.model().prior().bits();
    }

    /** The waterfall of pair {@code i} of {@link #pairs()}. */
    public Waterfall explain(int i) {
        return scorer.explain(pairs.left(i), pairs.right(i));
    }

    /** Left records of the matches, in order. */
    public int[] matchLefts() {
        int[] out = new int[matches.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = pairs.left(matches[i]);
        }
        return out;
    }

    /** Right records of the matches, in order. */
    public int[] matchRights() {
        int[] out = new int[matches.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = pairs.right(matches[i]);
        }
        return out;
    }
}
