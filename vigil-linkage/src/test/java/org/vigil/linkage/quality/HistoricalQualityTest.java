package org.vigil.linkage.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.clustering.ClusterGuard;
import org.vigil.linkage.clustering.Clusters;
import org.vigil.linkage.evaluation.PairwiseQuality;

/**
 * Splink's historical_50k: 50,578 records of historical figures with typos, nicknames, missing values
 * and wrong dates; the closest benchmark to Vigil's mentions. Unsupervised, default settings.
 */
class HistoricalQualityTest {
    private static Benchmark run;

    @BeforeAll
    static void link() {
        run = Benchmark.run("historical_50k", "unique_id", id -> id.substring(0, id.lastIndexOf('-')),
                "splink/historical_figures_with_errors_50k.csv", null);
        run.report();
    }

    @Test
    void pairwiseQualityAndBlockingRecall() {
        assertThat(run.blockingRecall().recall()).isGreaterThanOrEqualTo(0.86);
        PairwiseQuality q = run.quality();
        assertThat(q.precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(q.f1()).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void theGuardStopsChainingThatConnectedComponentsSuffer() {
        double t = run.predictions().threshold();
        Clusters unguarded = run.linker().cluster(run.predictions(), ClusterGuard.none(t));
        Clusters supported = run.linker().cluster(run.predictions(), new ClusterGuard(t, 0.5, 0.001, 400, Set.of()));
        Clusters guarded = run.linker().cluster(run.predictions(), ClusterGuard.defaults(t));
        PairwiseQuality u = PairwiseQuality.ofClusters(unguarded, run.entity(), run.leftSize());
        PairwiseQuality s = PairwiseQuality.ofClusters(supported, run.entity(), run.leftSize());
        PairwiseQuality g = PairwiseQuality.ofClusters(guarded, run.entity(), run.leftSize());
        System.out.printf("historical_50k clusters: connected components %s; support+veto %s; default guard %s%n", u, s, g);
        assertThat(u.precision()).as("connected components chain different people together").isLessThan(0.5);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.87);
        assertThat(g.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(g.recall()).isLessThanOrEqualTo(s.recall());
    }
}
