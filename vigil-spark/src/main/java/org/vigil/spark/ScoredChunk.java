package org.vigil.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What one partition's scoring sends back: the pairs kept, packed {@code (a << 32) | b}, their weights without the
 * prior as {@link org.vigil.linkage.scoring.ScoredPairs} holds them (floats), and how many candidates were scored.
 * Returned as data rather than counted in an accumulator, which a retried task could count twice.
 */
final class ScoredChunk implements Serializable {
    private static final long serialVersionUID = 1L;
    long[] pairs = new long[1024];
    float[] weights = new float[1024];
    int size;
    long candidates;

    void add(int a, int b, float weight) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        pairs[size] = ((long) a << 32) | b;
        weights[size] = weight;
        size++;
    }
}
