package org.vigil.linkage.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.linkage.clustering.GuardedClusteringTest.key;
import static org.vigil.linkage.clustering.GuardedClusteringTest.matrix;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * A record equally close to two clusters that contradict each other where it says nothing joins neither
 * ({@link IncrementalClustering#IncrementalClustering(ClusterGuard, PairEvidence, double)}).
 */
class AmbiguousJoinTest {
    private static final double MARGIN = 3;
    /** Records 0 and 2: the father, born 1961; 1: the son, born 1986; 3: a new mention of the name and address. */
    private static final int FATHER = 0;
    private static final int SON = 1;
    private static final int MENTION = 3;

    /**
     * The father's two records and the son's, kept apart by their dates of birth, then the mention with links of
     * {@code toFather} and {@code toSon} bits; {@code dated}: the mention's date of birth contradicts the father's.
     */
    private static IncrementalClustering.Change mention(double margin, double toFather, double toSon, boolean dated) {
        double[][] w = new double[4][4];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 10);
        }
        w[MENTION][FATHER] = w[FATHER][MENTION] = toFather;
        w[MENTION][2] = w[2][MENTION] = toFather;
        w[MENTION][SON] = w[SON][MENTION] = toSon;
        Set<Long> contradicting = new HashSet<>(Set.of(key(FATHER, SON), key(2, SON)));
        if (dated) {
            contradicting.addAll(Set.of(key(FATHER, MENTION), key(2, MENTION)));
        }
        IncrementalClustering ic = new IncrementalClustering(ClusterGuard.defaults(0.5), matrix(w, contradicting), margin);
        ic.add(FATHER, new int[0], new double[0]);
        ic.add(SON, new int[] {FATHER}, new double[] {10});
        ic.add(2, new int[] {FATHER, SON}, new double[] {10, 10});
        assertThat(ic.clusterOf(2)).isEqualTo(FATHER);
        assertThat(ic.clusterOf(SON)).isEqualTo(SON);
        return ic.add(MENTION, new int[] {SON, 2, FATHER}, new double[] {toSon, toFather, toFather});
    }

    @Property(tries = 500)
    void joinsNeitherWhenTheLinksAreWithinTheMarginAndElseTheStrongerOne(
            @ForAll @DoubleRange(min = 0.5, max = 30) double toFather, @ForAll @DoubleRange(min = 0.5, max = 30) double toSon) {
        IncrementalClustering.Change c = mention(MARGIN, toFather, toSon, false);
        if (Math.abs(toFather - toSon) <= MARGIN) {
            assertThat(c.isNewCluster()).isTrue();
            assertThat(c.merged()).isEmpty();
        } else {
            assertThat(c.cluster()).isEqualTo(toFather > toSon ? FATHER : SON);
        }
    }

    @Property(tries = 200)
    void aDateOfBirthThatContradictsOneJoinsTheOtherWhateverTheWeights(
            @ForAll @DoubleRange(min = 0.5, max = 30) double toFather, @ForAll @DoubleRange(min = 0.5, max = 30) double toSon) {
        assertThat(mention(MARGIN, toFather, toSon, true).cluster()).isEqualTo(SON);
    }

    @Test
    void withoutTheRuleTheStrongerLinkJoinsHoweverSlightly() {
        assertThat(mention(0, 10.5, 10, false).cluster()).isEqualTo(FATHER);
        assertThat(mention(0, 10, 10.5, false).cluster()).isEqualTo(SON);
        assertThat(mention(MARGIN, 10.5, 10, false).isNewCluster()).isTrue();
    }

    @Test
    void linksExactlyTheMarginApartAreWithinIt() {
        // 3.7 - 3 is 0.7000000000000002 in doubles, above 0.7, though 3.7 - 0.7 is 3.0: the rule reads the difference.
        assertThat(mention(MARGIN, 3.7, 0.7, false).isNewCluster()).isTrue();
        assertThat(mention(MARGIN, 0.7, 3.7, false).isNewCluster()).isTrue();
    }

    @Test
    void aRecordAskedToStayApartFromOneCanJoinTheOther() {
        double[][] w = new double[3][3];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 10);
        }
        IncrementalClustering ic = new IncrementalClustering(ClusterGuard.defaults(0.5), matrix(w, Set.of(key(0, 1))), MARGIN);
        ic.add(0, new int[0], new double[0]);
        ic.add(1, new int[0], new double[0]);
        // Named beside record 0 in its report: 0 is no rival, and the record joins 1.
        assertThat(ic.add(2, new int[] {0, 1}, new double[] {10, 10}, new int[] {0}).cluster()).isEqualTo(1);
    }

    @Test
    void clustersKeptApartOnlyByBeingNamedTogetherAreNoRivals() {
        // Two men named side by side in one report, sharing a phone; a later mention of the phone joins the stronger.
        double[][] w = new double[3][3];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 10);
        }
        IncrementalClustering ic = new IncrementalClustering(ClusterGuard.defaults(0.5), matrix(w, Set.of()), MARGIN);
        ic.add(0, new int[0], new double[0]);
        ic.add(1, new int[] {0}, new double[] {10}, new int[] {0});
        assertThat(ic.add(2, new int[] {0, 1}, new double[] {10.5, 10}).cluster()).isEqualTo(0);
    }

    @Test
    void aContradictionTheRecordSpeaksToIsNoTie() {
        // The record has a value where the two contradict (an age that fits both): it joins the stronger.
        double[][] w = new double[3][3];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 10);
        }
        PairEvidence base = matrix(w, Set.of(key(0, 1)));
        PairEvidence resolvedByTwo = new PairEvidence() {
            @Override
            public double weight(int a, int b) {
                return base.weight(a, b);
            }

            @Override
            public boolean contradicts(int a, int b) {
                return base.contradicts(a, b);
            }

            @Override
            public PairEvidence unresolvedBy(int r) {
                return r == 2 ? matrix(w, Set.of()) : this;
            }
        };
        IncrementalClustering ic = new IncrementalClustering(ClusterGuard.defaults(0.5), resolvedByTwo, MARGIN);
        ic.add(0, new int[0], new double[0]);
        ic.add(1, new int[] {0}, new double[] {10});
        assertThat(ic.add(2, new int[] {1, 0}, new double[] {10, 10.5}).cluster()).isEqualTo(0);
    }
}
