package org.vigil.linkage.clustering;

import java.util.Arrays;

/**
 * A partition of records into clusters (people): {@code cluster(i)} for each record, dense from 0.
 *
 * @param rejectedByContradiction links not followed because a cross pair contradicted the join
 * @param rejectedForSupport links not followed for lack of support
 */
public record Clusters(int[] clusterOf, int count, long rejectedByContradiction, long rejectedForSupport) {

    public Clusters {
        clusterOf = clusterOf.clone();
    }

    public int cluster(int record) {
        return clusterOf[record];
    }

    public int size() {
        return clusterOf.length;
    }

    /** Members of each cluster, by cluster. */
    public int[][] members() {
        int[] sizes = new int[count];
        for (int c : clusterOf) {
            sizes[c]++;
        }
        int[][] out = new int[count][];
        for (int c = 0; c < count; c++) {
            out[c] = new int[sizes[c]];
        }
        int[] fill = new int[count];
        for (int i = 0; i < clusterOf.length; i++) {
            out[clusterOf[i]][fill[clusterOf[i]]++] = i;
        }
        return out;
    }

    @Override
    public int[] clusterOf() {
        return clusterOf.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clusters c && Arrays.equals(clusterOf, c.clusterOf);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(clusterOf);
    }

    @Override
    public String toString() {
        return "Clusters[" + count + " clusters of " + clusterOf.length + " records]";
    }
}
