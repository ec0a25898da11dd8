package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.as;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.grooming;

import org.junit.jupiter.api.Test;
import org.vigil.alerts.pattern.AlertKind;

/** Adults who work with many children are never flagged for that alone. */
class BenignAdultsTest {

    private static boolean flagged(AlertEngine engine, String person) {
        return engine.alerts().stream().filter(a -> a.kind() != AlertKind.OVERDUE)
                .flatMap(a -> a.current().persons().stream())
                .anyMatch(p -> p.person().equals(person) && p.part().equals("suspect"));
    }

    @Test
    void aFosterCarerReportingTwentyChildrenWithExploitationIndicatorsIsNeverFlagged() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 20; i++) {
            engine.observe(concern("MP-" + i, i, "Police", child("C" + i, 13), as("reporter", "CARER", 45))
                    .withIndicators("missing", "older_partner", "vehicle_pickup"));
        }
        assertThat(flagged(engine, "CARER")).isFalse();
    }

    @Test
    void aTransportDriverWitnessingForManyChildrenInHisTaxiIsNeverFlagged() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 12; i++) {
            engine.observe(concern("SCH-" + i, i * 7, "Education", child("C" + i, 9),
                    as("witness", "DRIVER", null).vrm("YD03 KLT").at("taxi_firm:a1 taxis"))
                    .withIndicators("taxi", "vehicle_pickup")
                    .withPlaces(new org.vigil.alerts.observation.PlaceObserved("taxi_firm:a1 taxis", "taxi_firm")));
        }
        assertThat(flagged(engine, "DRIVER")).isFalse();
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.VEHICLE || a.kind() == AlertKind.PLACE);
    }

    @Test
    void aCoachNamedAsAssociateWithManyChildrenIsNeverFlagged() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 10; i++) {
            engine.observe(concern("AE-" + i, i * 3, "Emergency Department", child("C" + i, 12),
                    as("associate", "COACH", 38)).withIndicators("injury", "vehicle_pickup"));
        }
        assertThat(flagged(engine, "COACH")).isFalse();
    }

    @Test
    void anAdultWhoMostlyReportsMustBeSuspectedOnStrongEvidenceToBeCounted() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 6; i++) {
            engine.observe(concern("CSC-" + i, i, "Children's Social Care", child("F" + i, 10),
                    as("reporter", "CARER", 45)));
        }
        // Two weak allegations (one specific indicator each) against a carer who reports often: not counted.
        engine.observe(concern("YP-1", 10, "Youth Project", child("F1", 10), Fixtures.suspect("CARER"))
                .withIndicators("gifts"));
        engine.observe(concern("YP-2", 11, "Youth Project", child("F2", 10), Fixtures.suspect("CARER"))
                .withIndicators("gifts"));
        assertThat(flagged(engine, "CARER")).isFalse();

        // Strong evidence about two children counts, whoever he is.
        engine.observe(concern("PC-3", 20, "Police", child("F3", 10), Fixtures.suspect("CARER"))
                .withIndicators("older_partner").withOffences("22B"));
        engine.observe(concern("PC-4", 21, "Police", child("F4", 11), Fixtures.suspect("CARER"))
                .withIndicators("gifts", "hotel"));
        assertThat(flagged(engine, "CARER")).isTrue();
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).reasons())
                .anyMatch(r -> r.contains("as reporter, witness, carer or other: only reports with strong exploitation evidence"));
    }

    /**
     * Rule 4 holds a first strong allegation against a man named once before as an adult {@code other} (one such mention
     * against one allegation). A second allegation about the same girl tips him to being named as a suspect more
     * often, so it counts without the bar; it is also the corroboration the held report waited for, and both count.
     */
    @Test
    void aHeldAllegationCountsWhenASecondAllegationCountsWithoutTheBar() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("MP-1", 0, "Police", child("G", 14), as("other", "MAN", 44)).withIndicators("missing"));
        engine.observe(concern("PC-2", 10, "Police", child("G", 14), Fixtures.suspect("MAN")).withOffences("22B"));
        assertThat(flagged(engine, "MAN")).isFalse();
        engine.observe(concern("PC-3", 20, "Police", child("G", 14), Fixtures.suspect("MAN"))
                .withIndicators("missing", "multiple_adults"));
        assertThat(flagged(engine, "MAN")).isTrue();
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("PC-3");
        assertThat(alert.reasons()).anyMatch(r -> r.startsWith("named as a suspect in 2 reports of exploitation about 1 child"));
    }

    @Test
    void anAdultNamedOnceAsSuspectAmongManyChildrenHeReportsIsNotFlagged() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 8; i++) {
            engine.observe(grooming("YP-" + i, i, child("K" + i, 14), as("witness", "YOUTHWORKER", 30)));
        }
        engine.observe(grooming("YP-9", 9, child("K1", 14), child("K2", 14), Fixtures.suspect("YOUTHWORKER")));
        assertThat(flagged(engine, "YOUTHWORKER")).isFalse();
    }

    /**
     * A school-transport driver accused once, before anything else was recorded of him, then named as a witness on the
     * school run again and again: when another man's reports at the driver's taxi firm make it a {@code place} alert
     * (and, closed, a {@code dismissed} one), the driver is not listed as its suspect. Rule 4 would have held his
     * allegation had it come after his other roles; it must not matter which came first. A second allegation
     * corroborates the first, and he is listed again.
     */
    @Test
    void aSingleAllegationAgainstAnAdultWhoLaterReadsAsAProfessionalListsHimInNoPlaceAlert() {
        org.vigil.alerts.observation.PlaceObserved firm =
                new org.vigil.alerts.observation.PlaceObserved("taxi_firm:speedline", "taxi_firm");
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("LA-1", 0, "LADO", child("A", 13), Fixtures.suspect("DRIVER").at(firm.key()))
                .withIndicators("gifts").withPlaces(firm));
        engine.observe(Fixtures.nfa("LA-1-D", "LA-1", 1));
        for (int i = 0; i < 5; i++) {
            engine.observe(concern("SCH-" + i, 30 + i, "Education", child("S" + i, 9), as("witness", "DRIVER", 50))
                    .withIndicators("school_absence"));
        }
        engine.observe(concern("INT-1", 400, "Police", child("B", 14), Fixtures.suspect("OFFENDER").at(firm.key()))
                .withIndicators("taxi", "hotel").withPlaces(firm));
        engine.observe(Fixtures.nfa("INT-1-D", "INT-1", 401));
        engine.observe(concern("TL-1", 420, "Taxi Licensing", child("C", 15), Fixtures.suspect("OFFENDER").at(firm.key()))
                .withIndicators("taxi", "gifts").withPlaces(firm));
        engine.observe(Fixtures.nfa("TL-1-D", "TL-1", 421));

        assertThat(engine.alerts()).anyMatch(a -> a.kind() == AlertKind.PLACE);
        assertThat(engine.alerts()).anyMatch(a -> a.kind() == AlertKind.DISMISSED);
        assertThat(flagged(engine, "OFFENDER")).isTrue();
        assertThat(flagged(engine, "DRIVER")).isFalse();

        engine.observe(concern("PC-2", 500, "Police", child("D", 12), Fixtures.suspect("DRIVER").at(firm.key()))
                .withIndicators("older_partner").withOffences("22B").withPlaces(firm));
        assertThat(flagged(engine, "DRIVER")).as("accused again, and strongly").isTrue();
    }
}
