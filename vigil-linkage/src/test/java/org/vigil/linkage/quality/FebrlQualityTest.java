package org.vigil.linkage.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vigil.linkage.evaluation.PairwiseQuality;

/**
 * Unsupervised quality on the four FEBRL benchmark sets (see linkage-data/README.md). Thresholds sit just
 * under what was measured (docs/benchmarks/linkage.md) so that a regression fails.
 */
class FebrlQualityTest {

    @Test
    void febrl1Deduplication() {
        Benchmark b = Benchmark.run("FEBRL1", "rec_id", Benchmark::febrlEntity, "febrl/dataset1.csv", null);
        b.report();
        assertThat(b.blockingRecall().recall()).isGreaterThanOrEqualTo(0.998);
        PairwiseQuality q = b.quality();
        assertThat(q.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(q.recall()).isGreaterThanOrEqualTo(0.995);
        assertThat(q.f1()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void febrl2Deduplication() {
        Benchmark b = Benchmark.run("FEBRL2", "rec_id", Benchmark::febrlEntity, "febrl/dataset2.csv", null);
        b.report();
        assertThat(b.blockingRecall().recall()).isGreaterThanOrEqualTo(0.998);
        assertThat(b.quality().f1()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void febrl3Deduplication() {
        Benchmark b = Benchmark.run("FEBRL3", "rec_id", Benchmark::febrlEntity, "febrl/dataset3.csv", null);
        b.report();
        assertThat(b.blockingRecall().recall()).isGreaterThanOrEqualTo(0.997);
        PairwiseQuality q = b.quality();
        assertThat(q.precision()).isGreaterThanOrEqualTo(0.998);
        assertThat(q.f1()).isGreaterThanOrEqualTo(0.997);
        // 6,538 true pairs among 5,000 x 4,999 / 2 = 12,497,500: lambda = 5.23e-4.
        assertThat(b.predictions().model().lambda()).isCloseTo(5.23e-4, within(0.5e-4));
    }

    @Test
    void febrl4LinkageReachesTheGoalOfF1AtLeast0995() {
        Benchmark b = Benchmark.run("FEBRL4", "rec_id", Benchmark::febrlEntity, "febrl/dataset4a.csv", "febrl/dataset4b.csv");
        b.report();
        assertThat(b.blockingRecall().recall()).isGreaterThanOrEqualTo(0.999);
        PairwiseQuality q = b.quality();
        assertThat(q.precision()).isGreaterThanOrEqualTo(0.998);
        assertThat(q.recall()).isGreaterThanOrEqualTo(0.998);
        assertThat(q.f1()).isGreaterThanOrEqualTo(0.995);
        // 5,000 true pairs among 5,000 x 5,000: lambda = 2e-4; the estimate comes from the scores alone.
        assertThat(b.predictions().model().lambda()).isCloseTo(2e-4, within(0.2e-4));
    }
}
