package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.as;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import org.junit.jupiter.api.Test;
import org.vigil.alerts.pattern.AlertKind;

/**
 * The same man, the same girl, again: two separate reports of exploitation evidence naming an adult as a suspect about
 * one child, or one as her suspect and one as her associate (rule 10; only one of the two need be evidence, rule 11),
 * or two agencies each recording him as her associate, raise {@code repeat_suspect}. Never for an adult
 * named as reporter, witness or adult other as often as he is accused (rule 4), and never on {@code other} mentions
 * (see {@code docs/decisions/alerts-patterns.md} and rule 9 of {@code alerts-benign-adults.md}).
 */
class SameChildTest {

    private static boolean flagged(AlertEngine engine, String person) {
        return engine.alerts().stream().filter(a -> a.kind() != AlertKind.OVERDUE)
                .flatMap(a -> a.current().persons().stream())
                .anyMatch(p -> p.person().equals(person) && p.part().equals("suspect"));
    }

    @Test
    void aSecondReportNamingHimAsSuspectAboutTheSameChildIsRepeatSuspect() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("C1", 14), suspect("ASH")).withIndicators("taxi"));
        assertThat(flagged(engine, "ASH")).isFalse();

        engine.observe(concern("PC-2", 30, "Police", child("C1", 14), suspect("ASH")).withIndicators("older_partner")
                .withOffences("22B"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("PC-2");
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactlyInAnyOrder("ASH", "C1");
    }

    @Test
    void aReportNamingHimAsHerAssociateAndOneNamingHimAsHerSuspectAreRepeatSuspectInEitherOrder() {
        AlertEngine associateFirst = new AlertEngine();
        associateFirst.observe(concern("PC-1", 0, "Police", child("C1", 14), as("associate", "ASH", 29))
                .withIndicators("hotel"));
        associateFirst.observe(concern("PC-2", 30, "Police", child("C1", 14), suspect("ASH"))
                .withIndicators("missing", "multiple_adults"));
        assertThat(Fixtures.only(associateFirst, AlertKind.REPEAT_SUSPECT).persons()).extracting(AlertPerson::person)
                .containsExactlyInAnyOrder("ASH", "C1");

        AlertEngine suspectFirst = new AlertEngine();
        suspectFirst.observe(concern("PC-1", 0, "Police", child("C1", 14), suspect("ASH")).withIndicators("taxi"));
        assertThat(flagged(suspectFirst, "ASH")).isFalse();
        suspectFirst.observe(concern("PC-2", 30, "Police", child("C1", 14), as("associate", "ASH", 29))
                .withIndicators("older_partner"));
        assertThat(Fixtures.only(suspectFirst, AlertKind.REPEAT_SUSPECT).trigger()).isEqualTo("PC-2");
    }

    @Test
    void aCarerAccusedOnceAndRecordedOnceAsTheChildsAssociateIsNotFlagged() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 3; i++) {
            engine.observe(concern("FC-" + i, i, "Children's Social Care", child("C1", 14), as("reporter", "CARER", 45))
                    .withIndicators("missing"));
        }
        engine.observe(concern("PC-1", 10, "Police", child("C1", 14), as("associate", "CARER", 45))
                .withIndicators("hotel"));
        engine.observe(concern("PC-2", 20, "Police", child("C1", 14), suspect("CARER")).withOffences("22B"));
        assertThat(flagged(engine, "CARER")).isFalse();
    }

    @Test
    void aCarerAccusedTwiceAboutOneChildIsHeldToTheTwoChildrenOrThreeReportsBar() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 4; i++) {
            engine.observe(concern("FC-" + i, i, "Children's Social Care", child("C1", 14), as("reporter", "CARER", 45))
                    .withIndicators("missing"));
        }
        engine.observe(grooming("YP-1", 10, child("C1", 14), suspect("CARER")).withOffences("22B"));
        engine.observe(concern("PC-2", 20, "Police", child("C1", 14), suspect("CARER")).withOffences("22B"));
        assertThat(flagged(engine, "CARER")).isFalse();
    }

    @Test
    void twoAgenciesRecordingTheSameManAsAGirlsAssociateFlagHim() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("C1", 14), as("associate", "ASH", 24))
                .withIndicators("missing", "vehicle_pickup"));
        assertThat(flagged(engine, "ASH")).isFalse();

        engine.observe(concern("YP-2", 30, "Youth Project", child("C1", 14), as("associate", "ASH", 24))
                .withIndicators("gifts", "older_partner"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("YP-2");
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactlyInAnyOrder("ASH", "C1");
        assertThat(alert.reasons()).as("the reason says why, and does not say that an associate counts only as a suspect")
                .anySatisfy(r -> assertThat(r).contains("as a suspect in none: counted because different agencies"))
                .noneSatisfy(r -> assertThat(r).contains("count only once the person is a suspect"));
    }

    @Test
    void twoAgenciesRecordingAnAssociateOfNoKnownAgeDoNotFlagHerUntilAReportGivesAnAdultsAge() {
        // On a 12,000-concern town, girls named without an age as a friend's associate were flagged this way.
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("SCH-1", 0, "Education", child("C1", 13), as("associate", "SARAH", null))
                .withIndicators("vehicle_pickup", "school_absence"));
        engine.observe(concern("CSC-2", 1, "Children's Social Care", child("C1", 13), as("associate", "SARAH", null))
                .withIndicators("vehicle_pickup", "school_absence"));
        assertThat(flagged(engine, "SARAH")).isFalse();

        engine.observe(concern("PC-3", 5, "Police", child("C1", 13), as("associate", "SARAH", 31))
                .withIndicators("gifts", "older_partner"));
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).trigger()).isEqualTo("PC-3");
    }

    @Test
    void oneAgencyRecordingHimAsHerAssociateAgainAndAgainDoesNotFlagHim() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 4; i++) {
            engine.observe(concern("PC-" + i, i * 10, "Police", child("C1", 14), as("associate", "ASH", 24))
                    .withIndicators("missing", "vehicle_pickup"));
        }
        assertThat(flagged(engine, "ASH")).isFalse();
    }

    @Test
    void twoAgenciesNamingAnAdultAsOtherBesideOneChildDoNotFlagHer() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("C1", 14), as("other", "CARER", 45))
                .withIndicators("missing", "vehicle_pickup"));
        engine.observe(concern("YP-2", 30, "Youth Project", child("C1", 14), as("other", "CARER", 45))
                .withIndicators("gifts", "older_partner"));
        assertThat(flagged(engine, "CARER")).isFalse();
    }

    @Test
    void anAdultWhoIsAlsoTheReporterOfTheChildIsNotFlaggedByTwoAgenciesRecordingHimAsHerAssociate() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("SCH-1", 0, "Education", child("C1", 14), as("reporter", "COACH", 38)));
        engine.observe(concern("SCH-2", 1, "Education", child("C1", 14), as("witness", "COACH", 38)));
        engine.observe(concern("PC-1", 5, "Police", child("C1", 14), as("associate", "COACH", 38))
                .withIndicators("missing", "vehicle_pickup"));
        engine.observe(concern("YP-2", 30, "Youth Project", child("C1", 14), as("associate", "COACH", 38))
                .withIndicators("gifts", "older_partner"));
        assertThat(flagged(engine, "COACH")).isFalse();
    }

    @Test
    void herSuspectWhenSheWentMissingWhomHerSchoolLaterRecordsAsTheManWithGiftsIsFlaggedByRule11() {
        AlertEngine engine = new AlertEngine();
        // No exploitation evidence of its own, and she is not yet known to be at risk: rule 8 does not count it.
        engine.observe(concern("PC-1", 0, "Police", child("C1", 14), suspect("SMILER"))
                .withIndicators("missing", "alcohol_drugs"));
        assertThat(flagged(engine, "SMILER")).isFalse();

        engine.observe(concern("SCH-2", 30, "Oakwood Academy", child("C1", 14), as("associate", "SMILER", 46))
                .withIndicators("school_absence", "vehicle_pickup", "gifts"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("SCH-2");
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactlyInAnyOrder("SMILER", "C1");
        assertThat(alert.reasons()).anyMatch(r -> r.contains("no exploitation evidence of its own"));
    }

    @Test
    void theAdultSheWasWithWhenMissingWhoIsLaterAccusedAboutHerIsFlaggedByRule11() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("C1", 15), as("associate", "MEHMET", 37))
                .withIndicators("missing", "alcohol_drugs", "school_absence"));
        assertThat(flagged(engine, "MEHMET")).isFalse();

        engine.observe(grooming("YP-2", 30, child("C1", 15), suspect("MEHMET")));
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).trigger()).isEqualTo("YP-2");
    }

    @Test
    void herSuspectWhenSheWentMissingWhomALaterReportOfEvidenceNamesAgainIsFlaggedByRule11() {
        AlertEngine engine = new AlertEngine();
        // She is not yet known to be at risk, and he was suspected about her in no earlier report: rule 8 does not count it.
        engine.observe(concern("PC-1", 0, "Police", child("C1", 15), suspect("SHAHID")).withIndicators("missing"));
        engine.observe(concern("PC-2", 60, "Police", child("C1", 15), suspect("SHAHID"))
                .withIndicators("hotel", "multiple_adults", "alcohol_drugs"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("PC-2");
        assertThat(alert.reasons()).anyMatch(r -> r.contains("1 report with no exploitation evidence of its own"));
    }

    @Test
    void rule11NeedsExploitationEvidenceInOneOfTheTwoReports() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("C1", 15), as("associate", "ADULT", 37))
                .withIndicators("missing", "alcohol_drugs"));
        engine.observe(concern("PC-2", 30, "Police", child("C1", 15), suspect("ADULT")).withIndicators("threats"));
        assertThat(flagged(engine, "ADULT")).isFalse();
    }

    @Test
    void rule11NeedsTheSameChildAndSparesTheAssociateOfManyChildren() {
        AlertEngine other = new AlertEngine();
        other.observe(concern("PC-1", 0, "Police", child("C1", 15), as("associate", "ADULT", 37))
                .withIndicators("missing"));
        other.observe(grooming("YP-2", 30, child("C2", 15), suspect("ADULT")));
        assertThat(flagged(other, "ADULT")).isFalse();

        AlertEngine driver = new AlertEngine();
        for (int i = 0; i < 4; i++) {
            driver.observe(concern("PC-" + i, i, "Police", child("C" + i, 13), as("associate", "DRIVER", 52))
                    .withIndicators("missing"));
        }
        driver.observe(grooming("YP-9", 30, child("C1", 13), suspect("DRIVER")));
        assertThat(flagged(driver, "DRIVER")).isFalse();
    }

    @Test
    void rule11SparesAFosterCarerNamedAsReporterAsOftenAsSheIsAccused() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("FC-1", 0, "Children's Social Care", child("C1", 14), as("reporter", "CARER", 45))
                .withIndicators("missing"));
        engine.observe(concern("PC-2", 5, "Police", child("C1", 14), as("associate", "CARER", 45))
                .withIndicators("missing"));
        engine.observe(grooming("YP-3", 30, child("C1", 14), suspect("CARER")));
        assertThat(flagged(engine, "CARER")).isFalse();
    }

    /**
     * A report corrected to name him a witness, not the suspect, no longer counts for him: a second report about
     * another girl is one report, not a pattern, and no alert says "2 reports". Without the correction it is.
     */
    @Test
    void aCorrectionNamingHimAWitnessTakesTheReportOffHisCount() {
        AlertEngine corrected = new AlertEngine();
        corrected.observe(concern("AM-1", 0, "Police", child("BEA", 14), suspect("CARL"))
                .withIndicators("older_partner", "vehicle_pickup").withOffences("22B"));
        corrected.observe(concern("AM-1b", 1, "Police", child("BEA", 14), as("witness", "CARL", 40))
                .withIndicators("older_partner", "vehicle_pickup").withOffences("22B").withAmends("AM-1"));
        corrected.observe(concern("AM-2", 60, "Children's Services", child("DORA", 15), suspect("CARL"))
                .withIndicators("gifts").withOffences("22B"));
        assertThat(flagged(corrected, "CARL")).isFalse();

        AlertEngine uncorrected = new AlertEngine();
        uncorrected.observe(concern("AM-1", 0, "Police", child("BEA", 14), suspect("CARL"))
                .withIndicators("older_partner", "vehicle_pickup").withOffences("22B"));
        uncorrected.observe(concern("AM-2", 60, "Children's Services", child("DORA", 15), suspect("CARL"))
                .withIndicators("gifts").withOffences("22B"));
        assertThat(flagged(uncorrected, "CARL")).isTrue();
    }
}
