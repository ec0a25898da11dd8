package org.vigil.linkage.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.blocking.BlockingRule;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/** EM recovers m and lambda from comparison vectors drawn from a known model, u held at its true value. */
class ExpectationMaximisationTest {

    private static final double[][] TRUE_M = {{1, 0.85, 0.15}, {1, 0.90, 0.10}, {1, 0.70, 0.30}, {1, 0.95, 0.05}};
    private static final double[][] TRUE_U = {{1, 0.05, 0.95}, {1, 0.10, 0.90}, {1, 0.02, 0.98}, {1, 0.30, 0.70}};
    private static final double TRUE_LAMBDA = 0.15;

    @Test
    void recoversTheParametersThatGeneratedTheData() {
        List<Comparison> cs = List.of(Comparisons.exact(Field.REGION, false), Comparisons.exact(Field.SEX, false),
                Comparisons.exact(Field.LOCALITY, false), Comparisons.exact(Field.STREET_NUMBER, false));
        LinkageModel start = LinkageModel.withPriors(cs, 0.01);
        for (int k = 0; k < cs.size(); k++) {
            start = start.withU(k, TRUE_U[k]).withM(k, new double[] {1, 0.6, 0.4});
        }
        PatternCounts counts = new PatternCounts();
        SplittableRandom r = new SplittableRandom(11);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            boolean match = r.nextDouble() < TRUE_LAMBDA;
            long p = 0;
            for (int k = 0; k < cs.size(); k++) {
                double agree = match ? TRUE_M[k][1] : TRUE_U[k][1];
                int level = r.nextDouble() < 0.05 ? 0 : r.nextDouble() < agree ? 1 : 2; // 5% missing values
                p |= (long) level << (4 * k);
            }
            counts.add(p, 1);
        }
        long[][] pc = counts.toArrays();
        ExpectationMaximisation.SessionResult result = ExpectationMaximisation.run(start, pc[0], pc[1],
                new boolean[] {true, true, true, true}, new ExpectationMaximisation.Options(200, 1e-7, n, 1, 1));
        assertThat(result.converged()).isTrue();
        assertThat(result.lambda()).isCloseTo(TRUE_LAMBDA, within(0.01));
        for (int k = 0; k < cs.size(); k++) {
            assertThat(result.m()[k][1]).as("m of comparison " + k).isCloseTo(TRUE_M[k][1], within(0.02));
        }
    }

    @Test
    void aSwitchedOffComparisonIsNotEstimated() {
        List<Comparison> cs = List.of(Comparisons.exact(Field.REGION, false), Comparisons.exact(Field.SEX, false));
        LinkageModel start = LinkageModel.withPriors(cs, 0.01);
        long[] patterns = {1 | (1 << 4), 2 | (2 << 4), 1 | (2 << 4)};
        long[] counts = {100, 900, 50};
        ExpectationMaximisation.SessionResult result = ExpectationMaximisation.run(start, patterns, counts,
                new boolean[] {true, false}, ExpectationMaximisation.Options.defaults(1));
        assertThat(result.m()[0]).isNotNull();
        assertThat(result.m()[1]).isNull();
    }

    @Test
    void refusesPatternsCountedForOtherComparisons() {
        RecordTable table = new RecordTable();
        for (int i = 0; i < 20; i++) {
            table.add(PersonRecord.builder("r" + i).locality(i % 2 == 0 ? "ashford" : "brookley").build(), 0);
        }
        List<Comparison> counted = List.of(Comparisons.exact(Field.LOCALITY, false));
        ExpectationMaximisation.Patterns patterns = ExpectationMaximisation.Patterns.count(counted, table, false,
                List.of(BlockingRule.parse("locality")), ExpectationMaximisation.Options.defaults(1));
        LinkageModel other = LinkageModel.withPriors(List.of(Comparisons.exact(Field.REGION, false)), 0.01);
        assertThatThrownBy(() -> ExpectationMaximisation.estimateM(other, patterns, ExpectationMaximisation.Options.defaults(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not for the model's");
    }
}
