package org.vigil.alerts.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.as;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.day;
import static org.vigil.alerts.Fixtures.suspect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.AlertEngine;

class PrioritiesTest {

    private static AlertEngine town() {
        AlertEngine engine = new AlertEngine();
        // A man exploiting a 12-year-old: one report, high harm, no volume-target offence.
        engine.observe(concern("PC-1", 0, "Police", child("K", 12), suspect("GROOMER")).withOffences("22B")
                .withIndicators("older_partner"));
        // A car thief: three reports of vehicle crime, little harm.
        for (int i = 0; i < 3; i++) {
            engine.observe(concern("PC-" + (10 + i), 1 + i, "Police", suspect("CAR-THIEF")).withOffences("48"));
        }
        // A burglar named later.
        engine.observe(concern("PC-20", 50, "Police", suspect("BURGLAR")).withOffences("28E"));
        return engine;
    }

    @Test
    void ranksPeopleByHarmAndSaysWhy() {
        List<PriorityLine> lines = new Priorities(town()).rank(day(100));

        assertThat(lines).extracting(PriorityLine::person).containsExactly("GROOMER", "BURGLAR", "CAR-THIEF");
        assertThat(lines).extracting(PriorityLine::rank).containsExactly(1, 2, 3);
        PriorityLine first = lines.get(0);
        // 22B: 182.25 × 0.56 (ungraded) × 2.0 (aged 12) = 204.12
        assertThat(first.harm()).isEqualTo(204.12);
        assertThat(first.mentions()).containsExactly("PC-1/s2");
        assertThat(first.reasons().get(0)).isEqualTo("named as a suspect in 1 report (1 of them exploitation evidence) "
                + "about 1 child");
        assertThat(first.reasons().get(1)).contains("HO 22B").contains("aged 12");
    }

    @Test
    void theVolumeRankingPutsTheCarThiefFirstAndShowsTheHarmRank() {
        List<PriorityLine> lines = new Priorities(town()).rankByVolume(day(100));

        assertThat(lines).extracting(PriorityLine::person).containsExactly("CAR-THIEF", "BURGLAR", "GROOMER");
        assertThat(lines.get(0).reasons().get(0)).startsWith("volume-target count 3");
        assertThat(lines.get(0).reasons().get(1)).startsWith("harm rank 3 of 3");
    }

    /**
     * A victim of no stated age counts as a child for her safety, but not when another report gives her an adult's age
     * and none a child's: the man's partner in a domestic incident, 37 in one report and of no age in the next, is not
     * one of "the children" his line counts.
     */
    @Test
    void aVictimOfNoStatedAgeWhomAnotherReportGivesAnAdultsAgeIsNotCountedAsAChild() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", as("victim", "PARTNER", 37), suspect("ABUSER")).withOffences("8N"));
        engine.observe(concern("PC-2", 10, "Police", as("victim", "PARTNER", null), child("SON", 9), suspect("ABUSER"))
                .withOffences("8N"));

        PriorityLine line = new Priorities(engine).rank(day(100)).get(0);

        assertThat(line.person()).isEqualTo("ABUSER");
        assertThat(line.reasons().get(0)).isEqualTo("named as a suspect in 2 reports (0 of them exploitation evidence)"
                + " about 1 child");
    }

    @Test
    void everyLineSaysThatRankingsAdviseAndPeopleDecide() {
        Priorities p = new Priorities(town());
        assertThat(p.rank(day(100))).allSatisfy(l ->
                assertThat(l.reasons().get(l.reasons().size() - 1)).isEqualTo(Priorities.ADVISORY));
        assertThat(p.rankByVolume(day(100))).allSatisfy(l ->
                assertThat(l.reasons().get(l.reasons().size() - 1)).isEqualTo(Priorities.VOLUME_ADVISORY));
    }

    @Test
    void aRankingAsOfAnEarlierTimeLeavesOutLaterReports() {
        List<PriorityLine> lines = new Priorities(town()).rank(day(10));
        assertThat(lines).extracting(PriorityLine::person).containsExactly("GROOMER", "CAR-THIEF");
    }

    @Test
    void writesExactlyTheFieldsOfTheSpec() {
        PriorityLine line = new Priorities(town()).rank(day(100)).get(0);
        List<String> names = new java.util.ArrayList<>();
        line.toJson().fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("rank", "person", "harm", "mentions", "reasons");
    }

    /**
     * A report counts for a man as its current version says: a correction that names him as a witness takes the report
     * off his list, and the one it names instead takes it on, whichever of the two was taken in first.
     */
    @Test
    void aReportCountsAsItsCurrentVersionSaysEvenWhenTheCorrectionCameFirst() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("C-1", 0, "Police", child("K", 14), suspect("LARRY")).withOffences("19E"));
        engine.observe(concern("C-2", 5, "Police", child("K", 14), org.vigil.alerts.Fixtures.as("witness", "LARRY", 35),
                suspect("MICK")).withOffences("19E").withAmends("C-1"));
        assertThat(new Priorities(engine).rank(day(10))).extracting(PriorityLine::person).containsExactly("MICK");
        assertThat(new Priorities(engine).rank(day(3))).as("before the correction").extracting(PriorityLine::person)
                .containsExactly("LARRY");

        AlertEngine early = new AlertEngine();
        early.observe(concern("AA-1", 0, "Police", child("K", 14), suspect("ASH")).withAmends("ZZ-1"));
        early.observe(concern("ZZ-1", 0, "Police", child("K", 14), suspect("ASH")).withOffences("22B"));
        assertThat(new Priorities(early).rank(day(10))).singleElement().satisfies(line -> {
            assertThat(line.harm()).as("the correction, with no offence, is the current version").isZero();
            assertThat(line.reasons().get(0)).startsWith("named as a suspect in 1 report");
        });
    }

    /**
     * A man named in three reports of exploitation about three girls that allege no offence code, only indicators, is
     * not ranked below a man who interfered with a car: each report is scored as the offence its indicators describe.
     */
    @Test
    void exploitationEvidenceAboutAChildWithNoOffenceCodeIsScoredAsTheOffenceItDescribes() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 3; i++) {
            engine.observe(concern("YP-" + i, i * 10, "Youth Project", child("GIRL-" + i, 13 + i), suspect("QUENTIN"))
                    .withIndicators("older_partner", "gifts", "vehicle_pickup"));
        }
        engine.observe(concern("PC-9", 40, "Police", suspect("CAR")).withOffences("126"));
        List<PriorityLine> lines = new Priorities(engine).rank(day(100));
        assertThat(lines).extracting(PriorityLine::person).containsExactly("QUENTIN", "CAR");
        PriorityLine first = lines.get(0);
        assertThat(first.harm()).isGreaterThan(300);
        assertThat(first.reasons()).anySatisfy(r -> assertThat(r).contains("from 3 reports of exploitation evidence about"
                + " a child that allege no offence, each scored as HO 71"));
        assertThat(engine.alerts()).filteredOn(a -> a.kind().wire().equals("repeat_suspect")).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.current().harm()).as("the alert weighs his reports as the priorities do")
                            .isEqualTo(first.harm());
                    assertThat(alert.current().reasons()).anySatisfy(r -> assertThat(r)
                            .contains("3 of them exploitation evidence about a child that alleges no offence, scored as HO 71"));
                });

        AlertEngine adults = new AlertEngine();
        adults.observe(concern("PC-1", 0, "Police", org.vigil.alerts.Fixtures.as("victim", "WOMAN", 30), suspect("MAN"))
                .withIndicators("older_partner", "gifts"));
        assertThat(new Priorities(adults).rank(day(10))).singleElement()
                .satisfies(line -> assertThat(line.harm()).as("no child: no offence is read in").isZero());
    }

    /**
     * Victims of no stated age count as children, for their safety, but the work list says how many of "the children"
     * that is: a man with three assaults on women whose ages nobody wrote down is not said to be about three children.
     */
    @Test
    void saysHowManyOfTheChildrenAreVictimsOfNoStatedAge() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("DA-1", 0, "Police", org.vigil.alerts.Fixtures.as("victim", "W1", null), suspect("MAN"))
                .withOffences("8N"));
        engine.observe(concern("DA-2", 5, "Police", org.vigil.alerts.Fixtures.as("victim", "W2", null), suspect("MAN"))
                .withOffences("8N"));
        engine.observe(concern("DA-3", 9, "Police", org.vigil.alerts.Fixtures.child("K1", 9), suspect("MAN"))
                .withOffences("105A"));
        assertThat(new Priorities(engine).rank(day(10))).singleElement().satisfies(line -> assertThat(line.reasons().get(0))
                .isEqualTo("named as a suspect in 3 reports (0 of them exploitation evidence) about 3 children (2 of them"
                        + " victims of no stated age, counted as children)"));
    }

    /**
     * A boy of 16 named as the suspect of a 13-year-old's rape is on the work list, said to be a child, and counted in
     * no pattern; named again at 19, he is one person whose list holds both reports.
     */
    @Test
    void aSuspectUnder18IsListedAndSaidToBeAChild() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("GIRL", 13),
                org.vigil.alerts.Fixtures.as("suspect", "LAD", 16)).withOffences("19E"));
        engine.observe(concern("PC-2", 5, "Police", suspect("CAR")).withOffences("126"));
        List<PriorityLine> lines = new Priorities(engine).rank(day(10));
        assertThat(lines).extracting(PriorityLine::person).containsExactly("LAD", "CAR");
        assertThat(lines.get(0).harm()).isGreaterThan(0);
        assertThat(lines.get(0).reasons()).anySatisfy(r -> assertThat(r)
                .startsWith("named as a suspect under 18, by the age or date of birth given, in 1 of them: a child"));
        assertThat(engine.alerts()).as("the report is overdue, and no pattern counts him")
                .extracting(a -> a.kind().wire()).containsExactly("overdue");

        engine.observe(concern("PC-3", 1200, "Police", child("OTHER", 14), suspect("LAD")).withOffences("19E"));
        PriorityLine lad = new Priorities(engine).rank(day(1300)).get(0);
        assertThat(lad.person()).isEqualTo("LAD");
        assertThat(lad.reasons().get(0)).startsWith("named as a suspect in 2 reports");
        assertThat(lad.reasons()).anySatisfy(r -> assertThat(r).contains("under 18").contains("in 1 of these reports"));
        assertThat(lines.get(1).reasons()).noneSatisfy(r -> assertThat(r).contains("under 18"));
    }
}
