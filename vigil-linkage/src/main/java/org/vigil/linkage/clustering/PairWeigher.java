package org.vigil.linkage.clustering;

/** The total match weight (prior included) of two records, e.g. {@code scorer::weight}. */
@FunctionalInterface
public interface PairWeigher {
    double weight(int a, int b);
}
