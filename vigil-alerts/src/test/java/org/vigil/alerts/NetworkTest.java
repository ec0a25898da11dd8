package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.observation.PlaceObserved;
import org.vigil.alerts.pattern.AlertKind;

class NetworkTest {

    private static List<String> suspects(Alert a) {
        return a.current().persons().stream().filter(p -> p.part().equals("suspect")).map(AlertPerson::person).toList();
    }

    @Test
    void tiesMenNamedWithTheSameChildInDifferentReports() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("ASH")));
        engine.observe(grooming("SH-2", 20, child("K", 14), suspect("MO")));

        Alert network = Fixtures.only(engine, AlertKind.NETWORK);
        assertThat(suspects(network)).containsExactlyInAnyOrder("ASH", "MO");
        assertThat(network.reasons().get(0)).contains("sharing a child");
    }

    @Test
    void aNewManInANetworkOfEightOrMoreUpdatesItAtOnceThoughNewChildrenWouldBeGathered() {
        AlertEngine engine = new AlertEngine();
        for (int i = 1; i <= 10; i++) {
            engine.observe(grooming("YP-" + i, i * 10, child("C" + i, 14), suspect("ASH"), suspect("M" + i),
                    suspect("M" + (i + 1))));
        }
        assertThat(suspects(Fixtures.only(engine, AlertKind.NETWORK))).hasSizeGreaterThanOrEqualTo(8);
        List<AlertChange> changes = new java.util.ArrayList<>();
        changes.addAll(engine.observe(grooming("PI-11", 110, child("C1", 14), suspect("ASH"), suspect("KAZ"))));
        changes.addAll(engine.observe(grooming("PI-12", 120, child("C2", 14), suspect("ASH"), suspect("KAZ"))));

        assertThat(changes).filteredOn(c -> c.alert().kind() == AlertKind.NETWORK).singleElement()
                .satisfies(c -> assertThat(c.changes()).containsExactly("new members (1): KAZ"));
    }

    @Test
    void tiesMenThroughACarWrittenOnceInFullAndOnceInPart() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("ASH").vrm("R712 KLT")));
        engine.observe(grooming("PI-2", 5, child("L", 15), suspect("UNNAMED").vrm("R7?2 ?LT")));

        Alert network = Fixtures.only(engine, AlertKind.NETWORK);
        assertThat(suspects(network)).containsExactlyInAnyOrder("ASH", "UNNAMED");
        assertThat(network.reasons().get(0)).contains("sharing vehicle R712 KLT");
    }

    @Test
    void tiesMenThroughAPhoneAndAPrivateFlatAndUpdatesAsTheNetworkGrows() {
        AlertEngine engine = new AlertEngine();
        PlaceObserved star = new PlaceObserved("address:the flat on nelson street", "address", "the flat on Nelson Street");
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("ASH").phone("07700900461")));
        engine.observe(grooming("PI-2", 5, child("L", 15), suspect("MO").phone("07700900461")));
        List<AlertChange> changes = engine.observe(
                grooming("PI-3", 9, child("M", 13), suspect("MO").at(star.key()), suspect("ZED").at(star.key()))
                        .withPlaces(star));
        List<AlertChange> later = engine.observe(
                grooming("PI-4", 12, child("N", 13), suspect("RAJ").at(star.key())).withPlaces(star));

        assertThat(changes).filteredOn(c -> c.alert().kind() == AlertKind.NETWORK).singleElement()
                .satisfies(c -> assertThat(c.changes()).contains("new members (1): ZED"));
        assertThat(later).filteredOn(c -> c.alert().kind() == AlertKind.NETWORK).singleElement()
                .satisfies(c -> assertThat(c.changes()).contains("new members (1): RAJ", "new children (1): N",
                        "new ties (1): sharing address 'the flat on Nelson Street'"));
        assertThat(suspects(Fixtures.only(engine, AlertKind.NETWORK))).containsExactlyInAnyOrder("ASH", "MO", "ZED",
                "RAJ");
    }

    @Test
    void twoNetworksFoundToBeOneKeepTheOlderAlertAndMarkTheYoungerMerged() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("A1"), suspect("A2")));
        engine.observe(grooming("YP-2", 1, child("K", 14), suspect("A1")));
        engine.observe(grooming("YP-3", 2, child("L", 14), suspect("B1"), suspect("B2")));
        engine.observe(grooming("YP-4", 3, child("L", 14), suspect("B2")));
        assertThat(engine.alerts()).filteredOn(a -> a.kind() == AlertKind.NETWORK).hasSize(2);

        List<AlertChange> changes = engine.observe(grooming("PI-5", 4, child("M", 12), suspect("A2"), suspect("B1")));

        assertThat(changes).filteredOn(c -> c.type() == AlertChange.Type.MERGED).singleElement()
                .satisfies(c -> assertThat(c.alert().mergedInto()).hasValue(engine.alerts().stream()
                        .filter(a -> a.kind() == AlertKind.NETWORK).findFirst().orElseThrow().id()));
        assertThat(changes).noneMatch(c -> c.type() == AlertChange.Type.RAISED && c.alert().kind() == AlertKind.NETWORK);
        List<Alert> open = engine.alerts().stream()
                .filter(a -> a.kind() == AlertKind.NETWORK && a.status() == AlertStatus.OPEN).toList();
        assertThat(open).singleElement().satisfies(a ->
                assertThat(suspects(a)).containsExactlyInAnyOrder("A1", "A2", "B1", "B2"));
    }

    @Test
    void menSeenAtTheSameTakeawayAreNotTiedByItButTheTakeawayRecurs() {
        AlertEngine engine = new AlertEngine();
        PlaceObserved star = new PlaceObserved("takeaway:star pizza", "takeaway");
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("ASH").at(star.key())).withPlaces(star));
        engine.observe(grooming("YP-2", 3, child("L", 14), suspect("MO").at(star.key())).withPlaces(star));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.NETWORK);
        assertThat(Fixtures.only(engine, AlertKind.PLACE).current().persons()).extracting(AlertPerson::person)
                .contains("ASH", "MO");
    }

    @Test
    void aPhoneSharedByMoreThanEightAdultsIsAHubAndTiesNoMore() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 12; i++) {
            engine.observe(grooming("YP-" + i, i, child("K" + i, 14), suspect("M" + i).phone("01144960000"))
                    .withOffences("71"));
        }
        Alert network = Fixtures.only(engine, AlertKind.NETWORK);
        assertThat(suspects(network)).hasSize(org.vigil.alerts.state.NetworkBook.HUB);
    }

    @Test
    void aReporterWithTheSameChildrenNeverJoinsANetwork() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K", 14), suspect("ASH"), Fixtures.as("reporter", "MUM", 40)));
        engine.observe(grooming("YP-2", 3, child("K", 14), suspect("MO"), Fixtures.as("reporter", "MUM", 40)));
        assertThat(suspects(Fixtures.only(engine, AlertKind.NETWORK))).containsExactlyInAnyOrder("ASH", "MO");
    }

    @Test
    void menNamedTogetherOnceWithNoChildAreNotYetANetwork() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PI-1", 0, "Police", suspect("A"), suspect("B")).withOffences("71"));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.NETWORK);
    }
}
