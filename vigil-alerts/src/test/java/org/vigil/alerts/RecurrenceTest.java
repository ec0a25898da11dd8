package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import org.junit.jupiter.api.Test;
import org.vigil.alerts.observation.PlaceObserved;
import org.vigil.alerts.pattern.AlertKind;

class RecurrenceTest {

    @Test
    void theSameCarAcrossChildrenIsAlertedEvenWhenLinkageSplitsTheMen() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("U1").vrm("r7?2 klt")));
        engine.observe(grooming("SCH-2", 10, child("L", 13), suspect("U2").vrm("R712KLT")));

        Alert vehicle = Fixtures.only(engine, AlertKind.VEHICLE);
        assertThat(vehicle.reasons().get(0)).startsWith("vehicle R712 KLT named with suspects in 2 reports about 2 "
                + "different children");
        assertThat(vehicle.reasons()).anyMatch(r -> r.startsWith("written as R712 KLT, R7?2 KLT"));
    }

    @Test
    void twoDifferentFullRegistrationsAreTwoVehicles() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("U1").vrm("R712 KLT")));
        engine.observe(grooming("SCH-2", 10, child("L", 13), suspect("U2").vrm("R732 KLT")));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.VEHICLE);
    }

    @Test
    void aTakeawayNamedAcrossChildrenIsAlertedButASchoolIsNot() {
        AlertEngine engine = new AlertEngine();
        PlaceObserved takeaway = new PlaceObserved("takeaway:star pizza", "takeaway");
        PlaceObserved school = new PlaceObserved("school:oakwood high", "school");
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("U1")).withPlaces(takeaway, school));
        engine.observe(grooming("PI-2", 10, child("L", 13), suspect("U2")).withPlaces(takeaway, school));

        assertThat(Fixtures.only(engine, AlertKind.PLACE).reasons().get(0)).startsWith("takeaway 'takeaway:star pizza'");
    }

    @Test
    void aPlaceAlertNamesThePlaceAsTheReportsWroteItNotByItsKey() {
        AlertEngine engine = new AlertEngine();
        String key = "takeaway:wellgate S60 2LR";
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("U1"))
                .withPlaces(new PlaceObserved(key, "takeaway", "Star Pizza, Wellgate, S60 2LR")));
        engine.observe(grooming("PI-2", 10, child("L", 13), suspect("U2"))
                .withPlaces(new PlaceObserved(key, "takeaway", "the pizza place on Wellgate")));
        engine.observe(grooming("CSC-3", 20, child("M", 12), suspect("U3"))
                .withPlaces(new PlaceObserved(key, "takeaway", "STAR PIZZA,  Wellgate, S60 2LR")));

        Alert place = Fixtures.only(engine, AlertKind.PLACE);
        assertThat(place.reasons().get(0)).startsWith("takeaway 'Star Pizza, Wellgate, S60 2LR' named in exploitation "
                + "evidence in 2 reports").doesNotContain(key);
        assertThat(place.reasons()).contains("written as 'Star Pizza, Wellgate, S60 2LR', 'the pizza place on Wellgate'");
    }

    @Test
    void aNewChildAtAPlaceNamedAboutEightIsGatheredUntilANewManIsNamedThere() {
        AlertEngine engine = new AlertEngine();
        PlaceObserved takeaway = new PlaceObserved("takeaway:star pizza", "takeaway");
        java.util.Map<String, java.util.List<String>> updates = new java.util.LinkedHashMap<>();
        java.util.function.Consumer<org.vigil.alerts.observation.ConcernObserved> observe = c ->
                engine.observe(c).stream().filter(change -> change.alert().kind() == AlertKind.PLACE
                        && change.type() == AlertChange.Type.UPDATED).forEach(change -> updates.put(change.trigger(),
                        change.changes()));
        for (int i = 1; i <= 9; i++) {
            observe.accept(grooming("YP-" + i, i * 10, child("C" + i, 14), suspect("U1")).withPlaces(takeaway));
        }
        observe.accept(grooming("PI-10", 100, child("C1", 14), suspect("U2")).withPlaces(takeaway));
        observe.accept(grooming("PI-11", 110, child("C2", 14), suspect("U2")).withPlaces(takeaway));

        assertThat(updates).containsOnlyKeys("YP-3", "YP-4", "YP-5", "YP-6", "YP-7", "YP-8", "PI-10")
                .containsEntry("PI-10", java.util.List.of("new children (1): C9", "new suspects (1): U2"));
    }

    @Test
    void aPlaceNamedOnlyWithTheChildrenAndNoSuspectIsNotAlerted() {
        AlertEngine engine = new AlertEngine();
        PlaceObserved park = new PlaceObserved("park:the rec", "park");
        for (int i = 0; i < 5; i++) {
            engine.observe(concern("PC-" + i, i, "Police", child("K" + i, 15)).withIndicators("alcohol_drugs", "gifts")
                    .withPlaces(park));
        }
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.PLACE);
    }
}
