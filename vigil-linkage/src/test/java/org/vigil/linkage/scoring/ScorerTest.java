package org.vigil.linkage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.InventedMentions;
import org.vigil.linkage.incremental.LinkageIndex;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/**
 * Scoring against a floor gives the exact weight whenever it reaches the floor and says "below" otherwise, on
 * invented mentions drawn from small pools so that every level, null fields and common and rare values all occur.
 */
class ScorerTest {
    private static final double[] FLOORS = {-20, -6.6, 0, 3.17, 10, 25};

    private static RecordTable mentions(long seed, int n) {
        Random r = new Random(seed);
        RecordTable t = new RecordTable();
        for (int i = 0; i < n; i++) {
            t.add(InventedMentions.mention(r, i), 0);
        }
        return t;
    }

    private static LinkageModel model() {
        return LinkageIndex.defaultMentionModel(2e-4).withTermFrequencyPrior(20_000);
    }

    @Test
    void aWeightAtOrAboveTheFloorIsExactAndOneBelowItIsReportedBelow() {
        RecordTable t = mentions(7, 400);
        Scorer s = new Scorer(model(), t);
        long above = 0;
        long below = 0;
        for (int a = 0; a < t.size(); a++) {
            for (int b = 0; b < t.size(); b += 3) {
                double w = s.weight(a, b);
                for (double floor : FLOORS) {
                    double bounded = s.weightAtLeast(a, b, floor);
                    if (w >= floor) {
                        assertThat(bounded).as("pair %d, %d at floor %s", a, b, floor).isEqualTo(w);
                        above++;
                    } else {
                        assertThat(bounded).as("pair %d, %d at floor %s", a, b, floor).isLessThan(floor);
                        below++;
                    }
                }
            }
        }
        assertThat(above).as("pairs at or above a floor").isGreaterThan(1000);
        assertThat(below).as("pairs below a floor").isGreaterThan(1000);
    }

    @Test
    void candidatesOfOneRecordAreScoredAsThePairsAre() {
        RecordTable t = mentions(11, 400);
        Scorer s = new Scorer(model(), t);
        for (int b = 0; b < t.size(); b += 7) {
            for (double floor : FLOORS) {
                Scorer.Candidates c = s.candidatesOf(b, floor);
                for (int a = 0; a < t.size(); a++) {
                    double w = s.weight(a, b);
                    double bounded = c.weight(a);
                    if (!c.mayReach(t.presence(a))) {
                        assertThat(w).as("pair %d, %d said not to reach %s", a, b, floor).isLessThan(floor);
                    }
                    if (w >= floor) {
                        assertThat(bounded).as("pair %d, %d at floor %s", a, b, floor).isEqualTo(w);
                    } else {
                        assertThat(bounded).as("pair %d, %d at floor %s", a, b, floor).isLessThan(floor);
                    }
                }
            }
        }
    }

    @Test
    void candidatesRefuseToScoreOnceTheTableHasGrown() {
        RecordTable t = mentions(3, 20);
        Scorer s = new Scorer(model(), t);
        Scorer.Candidates c = s.candidatesOf(0, 0);
        t.add(PersonRecord.builder("late").name("ash khan").build(), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.weight(1)).isInstanceOf(IllegalStateException.class);
    }
}
