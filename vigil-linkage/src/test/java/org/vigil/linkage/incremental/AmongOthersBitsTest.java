package org.vigil.linkage.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.clustering.ClusterGuard;
import org.vigil.linkage.clustering.IncrementalClustering;
import org.vigil.linkage.clustering.PairEvidence;

/** AmongOthers' bit per record against the clusters' own sizes, as records join and clusters merge. */
class AmongOthersBitsTest {
    @Test
    void tellsTheRecordsOfLargeClustersAsClustersGrowAndMerge() {
        PairEvidence all = new PairEvidence() {
            @Override
            public double weight(int a, int b) {
                return 30;
            }

            @Override
            public boolean contradicts(int a, int b) {
                return false;
            }
        };
        IncrementalClustering ic = new IncrementalClustering(ClusterGuard.defaults(0.5), all);
        AmongOthers among = new AmongOthers(null, ic);
        Random random = new Random(7);
        int merges = 0;
        for (int r = 0; r < 3000; r++) {
            int links = r == 0 ? 0 : random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3);
            int[] others = new int[links];
            double[] weights = new double[links];
            for (int i = 0; i < links; i++) {
                others[i] = random.nextInt(r);
                weights[i] = 30;
            }
            IncrementalClustering.Change c = ic.add(r, others, weights);
            among.joined(r, c.cluster(), c.merged());
            merges += c.merged().isEmpty() ? 0 : 1;
            for (int x = 0; x <= r; x++) {
                assertThat(among.applies(x)).as("record %d after %d", x, r).isEqualTo(ic.sizeOf(x) >= AmongOthers.MIN_RECORDS);
            }
        }
        assertThat(merges).isPositive();
        assertThat(ic.sizeOf(0)).isGreaterThanOrEqualTo(AmongOthers.MIN_RECORDS);
    }
}
