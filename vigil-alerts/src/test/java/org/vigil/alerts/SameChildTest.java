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
 * one child, or one as her suspect and one as her associate, or two agencies each recording him as her associate, raise
 * {@code repeat_suspect}. Never for an adult
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
}
