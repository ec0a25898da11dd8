package org.vigil.linkage.model;

import java.util.Locale;

/**
 * A match weight: log₂ of a Bayes factor (or of prior odds). Weights add; {@link #probability()} turns
 * a total weight into a probability.
 */
public record MatchWeight(double bits) {

    public MatchWeight {
        if (Double.isNaN(bits)) {
            throw new IllegalArgumentException("a match weight cannot be NaN");
        }
    }

    /** The weight whose probability is {@code p}: log₂(p / (1 − p)). */
    public static MatchWeight fromProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + p);
        }
        return new MatchWeight(log2(p / (1 - p)));
    }

    /** The weight of a Bayes factor: log₂(bf). */
    public static MatchWeight fromBayesFactor(double bf) {
        if (!(bf > 0)) {
            throw new IllegalArgumentException("Bayes factor must be positive: " + bf);
        }
        return new MatchWeight(log2(bf));
    }

    public double bayesFactor() {
        return Math.pow(2, bits);
    }

    /** 2<sup>w</sup> / (1 + 2<sup>w</sup>), computed without overflow. */
    public double probability() {
        return probabilityOf(bits);
    }

    public MatchWeight plus(MatchWeight other) {
        return new MatchWeight(bits + other.bits);
    }

    /** 2<sup>w</sup> / (1 + 2<sup>w</sup>) for a weight in bits. */
    public static double probabilityOf(double bits) {
        return 1 / (1 + Math.pow(2, -bits));
    }

    /** ln 2, computed once: the JIT does not fold {@code Math.log(2)}, so writing it inline costs a second logarithm. */
    private static final double LN_2 = Math.log(2);

    public static double log2(double x) {
        return Math.log(x) / LN_2;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%+.2f", bits);
    }
}
