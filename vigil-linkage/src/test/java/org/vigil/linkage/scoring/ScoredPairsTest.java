package org.vigil.linkage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoredPairsTest {

    private static long pair(int a, int b) {
        return ((long) a << 32) | b;
    }

    @Test
    void pairsGivenInAnyOrderAreSortedWithTheirOwnWeights() {
        ScoredPairs p = ScoredPairs.ofPacked(new long[] {pair(3, 9), pair(0, 7), pair(3, 4)}, new float[] {1.5f, 2.5f, 0.25f}, 5);

        assertThat(p.size()).isEqualTo(3);
        assertThat(new int[] {p.left(0), p.right(0), p.left(1), p.right(1), p.left(2), p.right(2)})
                .containsExactly(0, 7, 3, 4, 3, 9);
        assertThat(new double[] {p.weightWithoutPrior(0), p.weightWithoutPrior(1), p.weightWithoutPrior(2)})
                .containsExactly(2.5, 0.25, 1.5);
        assertThat(p.candidates()).isEqualTo(5);
    }

    @Test
    void rejectsAPairGivenTwice() {
        assertThatThrownBy(() -> ScoredPairs.ofPacked(new long[] {pair(1, 2), pair(1, 2)}, new float[] {1, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1, 2");
    }
}
