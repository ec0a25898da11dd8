package org.vigil.alerts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkageScoreTest {

    @Test
    void countsPairsWorkedByHand() {
        // Truth: {a,b,c} are X, {d,e} are Y. Assigned: {a,b} P, {c,d,e} Q.
        Map<String, String> truth = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");
        Map<String, String> assigned = Map.of("a", "P", "b", "P", "c", "Q", "d", "Q", "e", "Q");
        LinkageScore s = LinkageScore.of(assigned, truth);
        // Predicted pairs: ab, cd, ce, de = 4. True pairs: ab, ac, bc, de = 4. Correct: ab, de = 2.
        assertThat(s.predictedPairs()).isEqualTo(4);
        assertThat(s.truePairs()).isEqualTo(4);
        assertThat(s.correctPairs()).isEqualTo(2);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void leavingEverythingUnlinkedIsPreciseButRecallsNothing() {
        Map<String, String> truth = Map.of("a", "X", "b", "X");
        LinkageScore s = LinkageScore.of(Map.of("a", "1", "b", "2"), truth);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.0);
        assertThat(s.f1()).isEqualTo(0.0);
    }
}
