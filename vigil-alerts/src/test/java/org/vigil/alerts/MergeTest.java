package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.day;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.observation.PersonsMerged;
import org.vigil.alerts.pattern.AlertKind;

/** Linkage may later find two persons to be one: alerts follow, and nothing is raised again as new. */
class MergeTest {

    private static List<Alert> repeat(AlertEngine engine) {
        return engine.alerts().stream().filter(a -> a.kind() == AlertKind.REPEAT_SUSPECT).toList();
    }

    @Test
    void twoAlertsAboutPersonsFoundToBeOneBecomeOneAndSayWhy() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K1", 14), suspect("ASH")));
        engine.observe(grooming("YP-2", 1, child("K2", 14), suspect("ASH")));
        engine.observe(grooming("YP-3", 2, child("K3", 14), suspect("ASHRAF")));
        engine.observe(grooming("YP-4", 3, child("K4", 14), suspect("ASHRAF")));
        assertThat(repeat(engine)).hasSize(2);

        List<AlertChange> changes = engine.observe(new PersonsMerged("ASH", List.of("ASHRAF"), day(5), "PC-9"));

        assertThat(changes).noneMatch(c -> c.type() == AlertChange.Type.RAISED && c.alert().kind() != AlertKind.OVERDUE);
        Alert older = repeat(engine).get(0);
        Alert younger = repeat(engine).get(1);
        assertThat(younger.status()).isEqualTo(AlertStatus.MERGED);
        assertThat(younger.mergedInto()).hasValue(older.id());
        assertThat(older.status()).isEqualTo(AlertStatus.OPEN);
        AlertUpdate update = older.updates().get(older.updates().size() - 1);
        assertThat(update.trigger()).isEqualTo("PC-9");
        assertThat(update.changes()).contains("linkage found ASHRAF to be ASH", "new children (2): K3, K4");
        assertThat(update.persons().get(0).mentions()).containsExactly("YP-1/s2", "YP-2/s2", "YP-3/s2", "YP-4/s2");
        assertThat(older.persons().get(0).mentions()).as("as raised").containsExactly("YP-1/s2", "YP-2/s2");
    }

    @Test
    void aMergeThatCompletesThePatternRaisesItAtTheMerge() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K1", 14), suspect("ASH")));
        engine.observe(grooming("YP-2", 1, child("K2", 14), suspect("UNNAMED")));
        engine.observe(new PersonsMerged("ASH", List.of("UNNAMED"), day(3), "PC-7"));

        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.raised()).isEqualTo(day(3));
        assertThat(alert.trigger()).isEqualTo("PC-7");
        assertThat(alert.persons().get(0).person()).isEqualTo("ASH");
    }

    /**
     * The report that joined two men's records, naming him by both his phone and his car, is part of the alert it
     * makes true: its own mention is among his mentions as raised.
     */
    @Test
    void anAlertAMergeMakesTrueListsTheMentionOfTheRecordThatCausedIt() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("MG-1", 0, child("K1", 14), suspect("BAZ")));
        engine.observe(grooming("MG-2", 1, child("K2", 14), suspect("BARRY")));
        List<AlertChange> changes = engine.observe(List.of(new PersonsMerged("BARRY", List.of("BAZ"), day(3), "MG-3")),
                Fixtures.concern("MG-3", 3, "Police", suspect("BARRY")));

        assertThat(changes).filteredOn(c -> c.alert().kind() == AlertKind.REPEAT_SUSPECT).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo(AlertChange.Type.RAISED));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("MG-3");
        assertThat(alert.persons()).filteredOn(p -> p.person().equals("BARRY")).singleElement()
                .satisfies(p -> assertThat(p.mentions()).containsExactlyInAnyOrder("MG-1/s2", "MG-2/s2", "MG-3/s1"));
    }

    @Test
    void laterReportsAboutTheMergedPersonUpdateTheSurvivingAlert() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K1", 14), suspect("ASH")));
        engine.observe(grooming("YP-2", 1, child("K2", 14), suspect("ASH")));
        engine.observe(new PersonsMerged("ASH", List.of("ASHRAF"), day(2), "PC-3"));
        List<AlertChange> changes = engine.observe(grooming("YP-4", 4, child("K5", 14), suspect("ASHRAF")));

        assertThat(changes).filteredOn(c -> c.alert().kind() == AlertKind.REPEAT_SUSPECT).singleElement()
                .satisfies(c -> {
                    assertThat(c.type()).isEqualTo(AlertChange.Type.UPDATED);
                    assertThat(c.alert().current().persons().get(0).person()).isEqualTo("ASH");
                });
    }
}
