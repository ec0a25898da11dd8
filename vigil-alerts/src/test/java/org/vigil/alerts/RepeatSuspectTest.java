package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.day;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.MentionObserved;
import org.vigil.alerts.pattern.AlertKind;

class RepeatSuspectTest {

    private static List<AlertChange> of(AlertKind kind, List<AlertChange> changes) {
        return changes.stream().filter(c -> c.alert().kind() == kind).toList();
    }

    @Test
    void raisesWhenOneAdultIsNamedAsSuspectAboutTwoChildren() {
        AlertEngine engine = new AlertEngine();
        assertThat(of(AlertKind.REPEAT_SUSPECT, engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")))))
                .isEmpty();
        List<AlertChange> changes = of(AlertKind.REPEAT_SUSPECT,
                engine.observe(concern("PC-2", 30, "Police", child("C2", 13), suspect("ASH")).withIndicators("gifts")));

        assertThat(changes).hasSize(1);
        AlertChange raised = changes.get(0);
        assertThat(raised.type()).isEqualTo(AlertChange.Type.RAISED);
        Alert alert = raised.alert();
        assertThat(alert.raised()).isEqualTo(day(30));
        assertThat(alert.trigger()).isEqualTo("PC-2");
        assertThat(alert.persons()).extracting(AlertPerson::person, AlertPerson::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ASH", "suspect"),
                        org.assertj.core.groups.Tuple.tuple("C1", "victim"), org.assertj.core.groups.Tuple.tuple("C2", "victim"));
        assertThat(alert.persons().get(0).mentions()).containsExactly("YP-1/s2", "PC-2/s2");
        assertThat(alert.reasons().get(0)).contains("2 reports").contains("2 children").contains("2 agencies");
    }

    /**
     * Rule 16: one report naming a man as the suspect of an exploitation offence against two children raises at once,
     * and the victims of an offence only a child suffers are children though the report, made years later, gives their
     * ages as adults. Indicators alone, or one child, wait for a second report.
     */
    @Test
    void oneReportOfAnOffenceAgainstTwoChildrenRaisesOnItsOwnWhateverAgeItGivesThem() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("C1", 14), child("C2", 13), suspect("ASH"))
                .withIndicators("gifts"));
        engine.observe(concern("PC-2", 10, "Police", child("C3", 14), suspect("BOB")).withOffences("22B"));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);

        engine.observe(concern("OP-1", 20, "Police", Fixtures.as("victim", "V1", 24), Fixtures.as("victim", "V2", 22),
                suspect("DEAN")).withOffences("71", "88A"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactly("DEAN", "V1", "V2");
        assertThat(alert.trigger()).isEqualTo("OP-1");
        assertThat(alert.reasons().get(0)).startsWith("named as a suspect in 1 report of exploitation about 2 children");
        assertThat(alert.reasons()).contains("one report alone: it alleges an exploitation offence by this person against"
                + " 2 children (rule 16)");
    }

    /**
     * Rules 16 and 17 count the children an offence is alleged against: a report naming its victim counts her, not the
     * friend of sixteen it names beside her as an associate or other. Intelligence that names no victim is about every
     * child it names: the girls seen with the men.
     */
    @Test
    void anOffenceAgainstSeveralChildrenCountsTheVictimsNotTheChildrenNamedBesideThem() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("SC-1", 0, "School", child("C1", 15), suspect("LEWIS"),
                Fixtures.as("associate", "FRIEND", 16), Fixtures.as("other", "SISTER", 12)).withOffences("20A"));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);

        engine.observe(concern("IN-1", 10, "Police", suspect("ASH"), Fixtures.as("other", "G1", 14),
                Fixtures.as("other", "G2", 15)).withOffences("71"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactly("ASH", "G1", "G2");
        assertThat(alert.reasons()).contains("one report alone: it alleges an exploitation offence by this person against"
                + " 2 children (rule 16)");
    }

    /**
     * Rule 17: a coach who has reported and witnessed for years is held to rule 4's bar, so one allegation of an offence
     * about one child of his team waits for a second report; one report alleging an offence against two children is two
     * allegations, and flags him on its own, as rule 16 flags anyone. A weak report (one indicator) about two children
     * does not.
     */
    @Test
    void oneReportOfAnOffenceAgainstSeveralChildrenFlagsAnAdultHeldToAProfessionalsBarToo() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("SC-1", 0, "School", child("C1", 12), Fixtures.as("reporter", "COACH", null)));
        engine.observe(concern("SC-2", 5, "School", child("C2", 13), Fixtures.as("witness", "COACH", null)));
        engine.observe(concern("LA-1", 20, "LADO", child("C3", 12), suspect("COACH")).withOffences("88A"));
        engine.observe(concern("LA-2", 25, "LADO", child("C5", 12), child("C6", 13), suspect("COACH"))
                .withIndicators("gifts"));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);

        engine.observe(concern("SC-3", 30, "School", child("C7", 12), Fixtures.as("reporter", "TEACHER", null)));
        engine.observe(concern("SC-4", 35, "School", child("C8", 13), Fixtures.as("witness", "TEACHER", null)));
        engine.observe(concern("LA-3", 40, "LADO", child("C9", 12), child("C10", 13), suspect("TEACHER"))
                .withOffences("73"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactly("TEACHER", "C9", "C10");
        assertThat(alert.trigger()).isEqualTo("LA-3");
        assertThat(alert.reasons()).contains("one report alone: it alleges an exploitation offence by this person against"
                + " 2 children (rule 16)");
        assertThat(alert.reasons()).anyMatch(r -> r.startsWith("also named 2 times as reporter, witness, carer or other"));
    }

    /**
     * Rule 18: the designated officer's referral of an allegation about a girl, and the police record of the same
     * allegation a week later, are one allegation, not two reports about her; a third report about her, or the same
     * two agencies' reports about one girl months apart, are a second.
     */
    @Test
    void anAllegationPassedBetweenTheDesignatedOfficerAndThePoliceIsOneReport() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("LA-1", 0, "LADO", child("C1", 12), suspect("TA")).withIndicators("gifts"));
        engine.observe(concern("PC-1", 7, "Police", child("C1", 12), suspect("TA")).withOffences("20A"));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);
        engine.observe(concern("SC-1", 90, "School", child("C1", 12), suspect("TA")).withIndicators("vehicle_pickup"));
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).trigger()).isEqualTo("SC-1");

        AlertEngine apart = new AlertEngine();
        apart.observe(concern("LA-2", 0, "LADO", child("C2", 12), suspect("MAN")).withIndicators("gifts"));
        apart.observe(concern("PC-2", 60, "Police", child("C2", 12), suspect("MAN")).withOffences("20A"));
        assertThat(Fixtures.only(apart, AlertKind.REPEAT_SUSPECT).trigger()).isEqualTo("PC-2");

        AlertEngine noReferral = new AlertEngine();
        noReferral.observe(concern("SC-2", 0, "School", child("C3", 12), suspect("MAN")).withIndicators("gifts"));
        noReferral.observe(concern("PC-3", 7, "Police", child("C3", 12), suspect("MAN")).withOffences("20A"));
        assertThat(Fixtures.only(noReferral, AlertKind.REPEAT_SUSPECT).trigger()).isEqualTo("PC-3");
    }

    /**
     * Two adults named as victims of an exploitation offence that is not one only a child suffers (trafficking, 72) are
     * adults: no children, no alert on one report.
     */
    @Test
    void adultVictimsOfAnOffenceAnAdultCanSufferAreNotChildren() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("OP-1", 20, "Police", Fixtures.as("victim", "V1", 24), Fixtures.as("victim", "V2", 22),
                suspect("DEAN")).withOffences("72"));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);
    }

    /**
     * A victim of no stated age counts as a child, for her safety, unless another report gave her an adult's age and none
     * a child's: the man's partner, 37 in a domestic report, is not his second child. As the work list counts her
     * (`PrioritiesTest`), so does the pattern; with a second real child it raises.
     */
    @Test
    void aVictimWhomAnotherReportGivesAnAdultsAgeIsNotASecondChild() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", Fixtures.as("victim", "PARTNER", 37), suspect("ASH"))
                .withOffences("8N"));
        engine.observe(grooming("YP-1", 10, child("C1", 14), suspect("ASH")));
        engine.observe(concern("PC-2", 30, "Police", Fixtures.as("victim", "PARTNER", null), suspect("ASH"))
                .withIndicators("gifts"));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);

        engine.observe(concern("PC-3", 40, "Police", child("C2", 13), suspect("ASH")).withIndicators("gifts"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactly("ASH", "C1", "C2");
        assertThat(alert.reasons().get(0)).contains("3 reports").contains("about 2 children");
    }

    /**
     * Intelligence about the man alone: three reports of exploitation evidence from two agencies naming him, and no
     * child. It is the pattern's route for reports about fewer children, and its reason says it names no child, not
     * "about 0 children".
     */
    @Test
    void threeReportsFromTwoAgenciesNamingNoChildSayTheyNameNone() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PI-1", 0, "Police", suspect("ASH")).withIndicators("hotel", "multiple_adults"));
        engine.observe(concern("HO-1", 30, "Housing", suspect("ASH")).withIndicators("multiple_adults"));
        engine.observe(concern("PI-2", 60, "Police", suspect("ASH")).withIndicators("taxi", "vehicle_pickup"));

        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactly("ASH");
        assertThat(alert.reasons().get(0)).startsWith("named as a suspect in 3 reports of exploitation naming no child,"
                + " from 2 agencies (Housing, Police)");
    }

    @Test
    void raisesOnConcernsWhoseIdsContainSlashesAsAgencyReferencesOftenDo() {
        // Interchange §1.1 asks only that ids be unique; "CSC/2004/0327" is how many agencies number their records,
        // and a mention key is still "<concern id>/<ref>".
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("CSC/2004/0327", 0, child("C1", 14), suspect("ASH")));
        engine.observe(grooming("INT/2004/00012", 30, child("C2", 13), suspect("ASH")));

        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("INT/2004/00012");
        assertThat(alert.persons().get(0).mentions()).containsExactly("CSC/2004/0327/s2", "INT/2004/00012/s2");
    }

    @Test
    void keepsRefsThatContainSlashesWhole() {
        // A ref is unique within its concern and nothing more is asked of it, so "s/2" is a ref too: a mention key is
        // split after its concern's id, never at its last slash.
        AlertEngine engine = new AlertEngine();
        for (String id : new String[] {"CSC/2004/0327", "INT/2004/00012"}) {
            int n = id.startsWith("CSC") ? 1 : 2;
            engine.observe(ConcernObserved.of(id, Fixtures.day(n * 30), "Youth Project", List.of(
                    MentionObserved.of(id + "/s/1", "C" + n, "victim").withAge(14),
                    MentionObserved.of(id + "/s/2", "ASH", "suspect"))).withIndicators("older_partner", "gifts"));
        }

        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.persons().get(0).mentions()).containsExactly("CSC/2004/0327/s/2", "INT/2004/00012/s/2");
    }

    @Test
    void oneChildNamedInOneReportAndItsAmendmentIsNotRepeatSuspect() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")));
        engine.observe(grooming("YP-1-A1", 10, child("C1", 14), suspect("ASH")).withAmends("YP-1"));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);
    }

    @Test
    void updatesOnANewChildAndSaysSoButNeverRaisesAgain() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")));
        engine.observe(grooming("YP-2", 10, child("C2", 14), suspect("ASH")));
        List<AlertChange> third = of(AlertKind.REPEAT_SUSPECT,
                engine.observe(grooming("YP-3", 20, child("C3", 12), suspect("ASH"))));
        List<AlertChange> again = of(AlertKind.REPEAT_SUSPECT,
                engine.observe(grooming("YP-4", 25, child("C3", 12), suspect("ASH"))));

        assertThat(third).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(AlertChange.Type.UPDATED);
            assertThat(c.changes()).containsExactly("new children (1): C3");
            assertThat(c.alert().id()).isEqualTo(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).id());
        });
        assertThat(again).as("the same child again is not materially new").isEmpty();
        assertThat(engine.alerts()).filteredOn(a -> a.kind() == AlertKind.REPEAT_SUSPECT).hasSize(1);
    }

    @Test
    void newChildrenOfAManAlreadyNamedAboutManyAreGatheredUntilTheyGrowTheSetByAQuarterButANewAgencyUpdatesAtOnce() {
        AlertEngine engine = new AlertEngine();
        List<String> updatedBy = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String agency = i == 15 ? "Sexual Health" : "Youth Project";
            ConcernObserved c = concern("YP-" + i, i * 10, agency, child("C" + i, 14), suspect("ASH"))
                    .withIndicators("older_partner", "gifts");
            of(AlertKind.REPEAT_SUSPECT, engine.observe(c)).stream()
                    .filter(change -> change.type() == AlertChange.Type.UPDATED)
                    .forEach(change -> updatedBy.add(change.trigger() + " " + change.changes()));
        }

        assertThat(updatedBy).containsExactly(
                "YP-3 [new children (1): C3]", "YP-4 [new children (1): C4]", "YP-5 [new children (1): C5]",
                "YP-6 [new children (1): C6]", "YP-7 [new children (1): C7]", "YP-8 [new children (1): C8]",
                "YP-10 [new children (2): C10, C9]", // 8 children: two more make a quarter
                "YP-13 [new children (3): C11, C12, C13]", // 10: three more
                "YP-15 [new children (2): C14, C15, new agencies (1): Sexual Health]", // an agency is news at once
                "YP-19 [new children (4): C16, C17, C18, C19]"); // 15: four more
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).current().persons())
                .as("the latest version lists the persons of the last material update").hasSize(20);
    }

    @Test
    void keepsTheMentionsThePersonHadWhenRaisedAndShowsLaterOnesInTheUpdate() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")));
        engine.observe(grooming("YP-2", 10, child("C2", 14), suspect("ASH")));
        engine.observe(grooming("YP-3", 20, child("C3", 14), suspect("ASH")));

        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.persons().get(0).mentions()).containsExactly("YP-1/s2", "YP-2/s2");
        assertThat(alert.current().persons().get(0).mentions()).containsExactly("YP-1/s2", "YP-2/s2", "YP-3/s2");
    }

    @Test
    void concernsWithOnlyGeneralIndicatorsAreNotExploitationEvidence() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 4; i++) {
            engine.observe(concern("PC-" + i, i, "Police", child("C" + i, 9), suspect("DAD"))
                    .withIndicators("injury", "threats", "alcohol_drugs").withOffences("8N"));
        }
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);
    }

    @Test
    void aSuspectKnownToBeAChildIsNotCountedAsAnAdultSuspect() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("SCH-1", 0, child("C1", 13), Fixtures.as("suspect", "TEEN", 14)));
        engine.observe(grooming("SCH-2", 5, child("C2", 13), Fixtures.as("suspect", "TEEN", 14)));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);
    }

    @Test
    void anAmendmentIsTheSameReportNotASecond() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")));
        engine.observe(grooming("YP-1A", 3, child("C1", 14), suspect("ASH")).withAmends("YP-1"));
        engine.observe(grooming("YP-2", 10, child("C1", 14), Fixtures.as("victim", "C2", 14), suspect("ASH")));
        assertThat(engine.alerts()).filteredOn(a -> a.kind() == AlertKind.REPEAT_SUSPECT).singleElement()
                .satisfies(a -> assertThat(a.reasons().get(0)).startsWith("named as a suspect in 2 reports"));
    }

    /**
     * A correction taken in before the concern it corrects (the same minute, an id that sorts first; or dated early) is
     * still one report with it, and the correction stays the report's current version.
     */
    @Test
    void aCorrectionTakenInBeforeItsOriginalIsTheSameReportAndStaysCurrent() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("AA-1", 0, child("C1", 14), suspect("ASH")).withAmends("ZZ-1"));
        engine.observe(grooming("AB-1", 0, child("C1", 14), suspect("ASH")).withAmends("ZZ-1"));
        engine.observe(grooming("ZZ-1", 0, child("C1", 14), suspect("ASH")));
        assertThat(engine.alerts()).as("one report about one child").noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);
        engine.observe(grooming("YP-2", 10, Fixtures.as("victim", "C2", 14), suspect("ASH")));
        assertThat(engine.alerts()).filteredOn(a -> a.kind() == AlertKind.REPEAT_SUSPECT).singleElement()
                .satisfies(a -> assertThat(a.reasons().get(0)).startsWith("named as a suspect in 2 reports"));
        int report = engine.casebook().concerns.lookup("ZZ-1");
        assertThat(engine.casebook().concerns.current(report).id).as("the correction stays current").isEqualTo("AB-1");
    }
}
