package org.vigil.town.world;

import java.util.List;

/**
 * The town's only source of randomness: SplitMix64 (Steele, Lea and Flood 2014), written out here so that the same
 * seed gives the same town on every JDK. Not thread-safe; {@link #fork} derives an independent stream, so that one
 * story drawing more numbers never shifts what another story draws.
 */
public final class Dice {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    private Dice(long state) {
        this.state = state;
    }

    /** The stream for this seed. */
    public static Dice of(long seed) {
        return new Dice(mix(seed));
    }

    /** An independent stream named by {@code salt}; this stream is left unchanged. */
    public Dice fork(long salt) {
        return new Dice(mix(state ^ mix(salt + GAMMA)));
    }

    /** A stream for a named purpose, e.g. {@code fork("names")}. */
    public Dice fork(String purpose) {
        long h = 1125899906842597L;
        for (int i = 0; i < purpose.length(); i++) {
            h = 31 * h + purpose.charAt(i);
        }
        return fork(h);
    }

    public long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** Uniform in [0, bound); bound must be positive. */
    public int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        // Lemire's multiply-shift; the tiny bias (< 2^-32 per draw) does not matter for a synthetic town.
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [lo, hi], both inclusive. */
    public int between(int lo, int hi) {
        if (hi < lo) {
            throw new IllegalArgumentException("empty range: " + lo + ".." + hi);
        }
        return lo + below(hi - lo + 1);
    }

    /** Uniform in [0, 1). */
    public double unit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * unit();
    }

    /** True with probability p. */
    public boolean chance(double p) {
        return unit() < p;
    }

    /** Exponentially distributed with this mean. */
    public double exponential(double mean) {
        return -mean * Math.log(1.0 - unit());
    }

    /** A Poisson count with this mean (Knuth's method for small means, a rounded normal above 30). */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = unit();
        int count = 0;
        while (product > limit) {
            product *= unit();
            count++;
        }
        return count;
    }

    /** Standard normal, by Box–Muller. */
    public double gaussian() {
        double u = 1.0 - unit();
        double v = unit();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    public <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    public <T> T pick(T[] items) {
        return items[below(items.length)];
    }

    /** An index drawn in proportion to {@code weights}. */
    public int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = unit() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** An index in [0, n) favouring small indices (Zipf-like, weight 1 / (i + shift)). */
    public int skewed(int n, double shift) {
        // Inverse of the continuous approximation: integral of 1/(x+shift) from 0 to n.
        double x = shift * Math.pow((n + shift) / shift, unit()) - shift;
        return Math.min(n - 1, (int) x);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
