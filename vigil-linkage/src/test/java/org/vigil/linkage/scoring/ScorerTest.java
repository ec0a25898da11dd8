package org.vigil.linkage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.InventedMentions;
import org.vigil.linkage.incremental.LinkageIndex;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.table.Field;
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

    /**
     * Scored with frequencies among others, a pair weighs exactly its weight when the entity has no other records, and
     * at least its weight when it has; more when those records hold the values the pair agrees on.
     */
    @Test
    void aPairWeighsAtLeastItsWeightWithTheEntitysOwnRecordsNotCounted() {
        RecordTable t = mentions(11, 300);
        Scorer s = new Scorer(model(), t);
        long more = 0;
        for (int a = 0; a < t.size(); a += 2) {
            for (int b = 1; b < t.size(); b += 5) {
                double w = s.weight(a, b);
                assertThat(s.weightAmongOthers(a, b, null, false, 1)).as("pair %d, %d, no counts", a, b).isEqualTo(w);
                int[] alone = {b};
                assertThat(s.weightAmongOthers(a, b, s.levelCounts(a, alone, 0, 1), true, 1))
                        .as("pair %d, %d, b alone", a, b).isEqualTo(w);
                int[] entity = new int[11];
                entity[0] = b;
                for (int i = 1; i < entity.length; i++) {
                    entity[i] = (b + 7 * i + 3) % t.size();
                }
                double among = s.weightAmongOthers(a, b, s.levelCounts(a, entity, 0, entity.length), true, 1);
                assertThat(among).as("pair %d, %d among others", a, b).isGreaterThanOrEqualTo(w);
                assertThat(among).as("pair %d, %d at most its most", a, b).isLessThanOrEqualTo(s.mostAmongOthers(a, b));
                assertThat(s.mostAmongOthers(a, b)).as("pair %d, %d at most its reach", a, b)
                        .isLessThanOrEqualTo(s.reach(a, b) + 1e-9);
                if (among > w) {
                    more++;
                }
            }
        }
        assertThat(more).as("pairs whose entity's other records hold a value they agree on").isGreaterThan(20);
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

    /**
     * Traits (a few bits of sex, birth year and companions beside the presence bits) settle more candidates than
     * presence alone, and never one whose full weight reaches the floor: pairs that differ in those traits and still
     * reach a floor are many here, so a cut larger than the comparison's real loss would fail this test.
     */
    @Test
    void candidatesSettledByTheirTraitsNeverReachTheFloor() {
        RecordTable t = mentions(13, 400);
        Scorer s = new Scorer(model(), t);
        long settledByTraitsOnly = 0;
        long differingAndReaching = 0;
        for (int b = 0; b < t.size(); b += 3) {
            for (double floor : FLOORS) {
                Scorer.Candidates c = s.candidatesOf(b, floor);
                for (int a = 0; a < t.size(); a++) {
                    double w = s.weight(a, b);
                    boolean may = c.mayReachWith(s.traits(a));
                    if (!may) {
                        assertThat(w).as("pair %d, %d said not to reach %s", a, b, floor).isLessThan(floor);
                        if (c.mayReach(t.presence(a))) {
                            settledByTraitsOnly++;
                        }
                    } else if (w >= floor && differ(t, a, b)) {
                        differingAndReaching++;
                    }
                    if (c.mayReach(t.presence(a)) == false) {
                        assertThat(may).as("traits settle at least what presence does").isFalse();
                    }
                }
            }
        }
        assertThat(settledByTraitsOnly).as("candidates settled by their traits alone").isGreaterThan(1000);
        assertThat(differingAndReaching).as("pairs differing in a trait that still reach the floor").isGreaterThan(1000);
    }

    /** Whether the pair has different sexes, dates of birth in different years, or companions with none in common. */
    private static boolean differ(RecordTable t, int a, int b) {
        int sa = t.codes(Field.SEX).code(a);
        int sb = t.codes(Field.SEX).code(b);
        int da = t.birth().date(a);
        int db = t.birth().date(b);
        int[] ca = t.codeSets(Field.COMPANION).codes(a);
        int[] cb = t.codeSets(Field.COMPANION).codes(b);
        boolean shared = false;
        for (int x : ca) {
            for (int y : cb) {
                shared |= x == y;
            }
        }
        return sa >= 0 && sb >= 0 && sa != sb || da > 0 && db > 0 && da / 10000 != db / 10000
                || ca.length > 0 && cb.length > 0 && !shared;
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
