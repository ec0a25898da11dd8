package org.vigil.linkage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.incremental.LinkageIndex;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/**
 * Scoring against a floor gives the exact weight whenever it reaches the floor and says "below" otherwise, on
 * invented mentions drawn from small pools so that every level, null fields and common and rare values all occur.
 */
class ScorerTest {
    private static final String[] GIVEN = {"ashraf", "ash", "ashley", "chloe", "cloe", "mohammed", "mo", "jade", "j",
        "daniel", "danny", "zara", "kasia", "tomasz"};
    private static final String[] SURNAMES = {"khan", "kahn", "smith", "smyth", "jones", "kowalski", "begum", "hussain",
        "sutcliffe", "k", "okafor"};
    private static final double[] FLOORS = {-20, -6.6, 0, 3.17, 10, 25};

    private static RecordTable mentions(long seed, int n) {
        Random r = new Random(seed);
        RecordTable t = new RecordTable();
        for (int i = 0; i < n; i++) {
            PersonRecord.Builder b = PersonRecord.builder("m" + i);
            if (r.nextInt(10) > 0) {
                String given = GIVEN[r.nextInt(GIVEN.length)];
                b.name(r.nextInt(3) == 0 ? given : given + " " + SURNAMES[r.nextInt(SURNAMES.length)]);
            }
            if (r.nextInt(8) == 0) {
                b.alias(GIVEN[r.nextInt(GIVEN.length)] + " " + SURNAMES[r.nextInt(SURNAMES.length)]);
            }
            switch (r.nextInt(4)) {
                case 0 -> b.born(String.format("19%02d-%02d-%02d", 80 + r.nextInt(5), 1 + r.nextInt(3), 1 + r.nextInt(3)));
                case 1 -> b.age(20 + r.nextInt(6), LocalDate.of(2003, 7, 14));
                default -> { }
            }
            if (r.nextBoolean()) {
                b.sex(r.nextBoolean() ? "M" : "F");
            }
            if (r.nextInt(3) == 0) {
                b.phone(String.format("07700 9004%02d", r.nextInt(30)));
            }
            if (r.nextInt(4) == 0) {
                b.vrm(r.nextBoolean() ? "R762 KLT" : r.nextBoolean() ? "R7?2 KLT" : "YX51 ABC");
            }
            if (r.nextInt(3) == 0) {
                b.place(r.nextInt(4) == 0 ? "Star Pizza" : "place " + r.nextInt(5));
            }
            if (r.nextInt(3) == 0) {
                b.address((1 + r.nextInt(4)) + " Ferham Road, S60 " + (1 + r.nextInt(3)) + "AB");
            }
            if (r.nextInt(5) == 0) {
                b.companion("m" + r.nextInt(Math.max(1, i)));
            }
            if (r.nextInt(12) == 0) {
                b.email("ash" + r.nextInt(3) + "@example.com");
            }
            if (r.nextInt(12) == 0) {
                b.identifier("AB12345" + r.nextInt(3));
            }
            t.add(b.build(), 0);
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
