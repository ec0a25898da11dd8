package org.vigil.linkage.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.model.MatchWeight;

class GuardedClusteringTest {

    /** Evidence from a symmetric weight matrix and a set of contradicting pairs. */
    static PairEvidence matrix(double[][] w, Set<Long> contradicting) {
        return new PairEvidence() {
            @Override
            public double weight(int a, int b) {
                return w[a][b];
            }

            @Override
            public boolean contradicts(int a, int b) {
                return contradicting.contains(key(a, b));
            }
        };
    }

    static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** Records: 0, 1 = Daniel Smith born 1990 (twice); 2 = Daniel Smith born 1985; 3 = Daniel Smith, no date. */
    private static final double[][] SMITHS = {
            {0, 20, 3, 5},
            {20, 0, 3, 5},
            {3, 3, 0, 6},
            {5, 5, 6, 0}};
    private static final Set<Long> DIFFERENT_DATES = Set.of(key(0, 2), key(1, 2));

    @Test
    void aRecordWithoutADateDoesNotBridgeTwoPeopleWithDifferentDates() {
        int[] a = {0, 0, 0, 1, 1, 2};
        int[] b = {1, 2, 3, 2, 3, 3};
        double[] w = {20, 3, 5, 3, 5, 6};
        PairEvidence e = matrix(SMITHS, DIFFERENT_DATES);
        Clusters unguarded = GuardedClustering.cluster(4, a, b, w, e, ClusterGuard.none(0.5));
        assertThat(unguarded.count()).isEqualTo(1);
        Clusters guarded = GuardedClustering.cluster(4, a, b, w, e, ClusterGuard.defaults(0.5));
        assertThat(guarded.cluster(0)).isEqualTo(guarded.cluster(1));
        assertThat(guarded.cluster(0)).isNotEqualTo(guarded.cluster(2));
        assertThat(guarded.rejectedByContradiction()).isPositive();
    }

    @Test
    void aJoinNeedsSupportFromTheClustersMembers() {
        // A-B strong, B-C strong, A-C weak (not contradicting): C joins {A,B} with support 1/2.
        double[][] w = {{0, 10, -5}, {10, 0, 9}, {-5, 9, 0}};
        int[] a = {0, 1};
        int[] b = {1, 2};
        double[] ws = {10, 9};
        PairEvidence e = matrix(w, Set.of());
        assertThat(GuardedClustering.cluster(3, a, b, ws, e, new ClusterGuard(0.5, 0.5, 0.0001, 100, Set.of())).count())
                .isEqualTo(1);
        Clusters strict = GuardedClustering.cluster(3, a, b, ws, e, new ClusterGuard(0.5, 0.75, 0.0001, 100, Set.of()));
        assertThat(strict.count()).isEqualTo(2);
        assertThat(strict.rejectedForSupport()).isEqualTo(1);
    }

    @Test
    void aVeryImprobableCrossPairVetoesTheJoin() {
        double veto = MatchWeight.fromProbability(0.0001).bits();
        double[][] w = {{0, 10, veto}, {10, 0, 9}, {veto, 9, 0}};
        Clusters c = GuardedClustering.cluster(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {10, 9}, matrix(w, Set.of()),
                new ClusterGuard(0.5, 0, 0.001, 100, Set.of()));
        assertThat(c.count()).isEqualTo(2);
        assertThat(c.rejectedByContradiction()).isEqualTo(1);
    }

    @Test
    void incrementalClusterIdsAreTheOldestRecordAndMergesAreReported() {
        double[][] w = new double[5][5];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 10);
        }
        IncrementalClustering ic = new IncrementalClustering(ClusterGuard.defaults(0.5), matrix(w, Set.of()));
        assertThat(ic.add(0, new int[0], new double[0]).isNewCluster()).isTrue();
        assertThat(ic.add(1, new int[] {0}, new double[] {10}).cluster()).isEqualTo(0);
        assertThat(ic.add(2, new int[0], new double[0]).cluster()).isEqualTo(2);
        IncrementalClustering.Change bridge = ic.add(3, new int[] {2, 1}, new double[] {12, 11});
        assertThat(bridge.cluster()).isEqualTo(0);
        assertThat(bridge.merged()).containsExactly(2);
        assertThat(ic.members(2)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void incrementalClusteringRefusesAContradictedJoin() {
        double[][] w = new double[3][3];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 10);
        }
        IncrementalClustering ic = new IncrementalClustering(ClusterGuard.defaults(0.5), matrix(w, Set.of(key(0, 2))));
        ic.add(0, new int[0], new double[0]);
        ic.add(1, new int[] {0}, new double[] {10});
        IncrementalClustering.Change c = ic.add(2, new int[] {1}, new double[] {10});
        assertThat(c.isNewCluster()).isTrue();
        assertThat(c.rejected()).isEqualTo(1);
    }
}
