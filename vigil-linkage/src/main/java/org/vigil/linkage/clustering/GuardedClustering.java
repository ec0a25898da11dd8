package org.vigil.linkage.clustering;

import java.util.Arrays;
import org.vigil.linkage.model.MatchWeight;

/**
 * Clusters a table from its links, strongest first, each join subject to a {@link ClusterGuard}.
 * Union–find with member lists; a join costs at most {@code maxChecks} pair scorings.
 */
public final class GuardedClustering {
    private GuardedClustering() {
    }

    /**
     * Clusters {@code records} records given candidate links {@code (a[i], b[i])} with total weights
     * {@code weight[i]} (prior included); links under the guard's threshold are ignored. Ties in weight
     * are taken in input order.
     */
    public static Clusters cluster(int records, int[] a, int[] b, double[] weight, PairEvidence evidence, ClusterGuard guard) {
        double linkBits = MatchWeight.fromProbability(guard.threshold()).bits();
        long[] order = new long[weight.length];
        int n = 0;
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] >= linkBits) {
                int fb = Float.floatToIntBits((float) weight[i]);
                int sortable = fb ^ ((fb >> 31) & 0x7fffffff); // signed-int order = float order
                order[n++] = ((long) ~sortable << 32) | i;      // ascending key = descending weight
            }
        }
        order = Arrays.copyOf(order, n);
        Arrays.parallelSort(order);
        Partition p = new Partition(records);
        long contradicted = 0;
        long unsupported = 0;
        for (long o : order) {
            int i = (int) o;
            ClusterGuard.Verdict v = p.tryJoin(a[i], b[i], evidence, guard);
            if (v == ClusterGuard.Verdict.CONTRADICTED) {
                contradicted++;
            } else if (v == ClusterGuard.Verdict.UNSUPPORTED) {
                unsupported++;
            }
        }
        return p.toClusters(records, contradicted, unsupported);
    }
}
