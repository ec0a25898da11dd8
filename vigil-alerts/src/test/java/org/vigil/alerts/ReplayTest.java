package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.evaluation.Linkage;
import org.vigil.alerts.evaluation.TownEvaluation;
import org.vigil.alerts.evaluation.Towns;
import org.vigil.alerts.observation.Observation;
import org.vigil.alerts.pattern.AlertKind;

/** Replaying a town: the same observations give the same alerts, and nothing is alerted twice. */
class ReplayTest {
    private static TownEvaluation.Run run;

    @BeforeAll
    static void replayTheTown() throws IOException {
        run = TownEvaluation.replay(1, 3000, Linkage.truthOracle(), "truth", Towns.CACHED);
    }

    private static List<String> json(List<Alert> alerts) {
        return alerts.stream().map(a -> a.toJsonWithHistory().toString()).toList();
    }

    @Test
    void theSameObservationsInAnyArrivalOrderGiveByteIdenticalAlerts() {
        List<Observation> shuffled = new ArrayList<>(run.observations());
        Collections.shuffle(shuffled, new Random(7));
        AlertEngine again = new AlertEngine();
        again.replay(shuffled);

        assertThat(run.engine().alerts()).hasSizeGreaterThan(100);
        assertThat(json(again.alerts())).isEqualTo(json(run.engine().alerts()));
    }

    @Test
    void everyAlertIsRaisedOnceAndIdsFollowEventOrder() {
        AlertEngine again = new AlertEngine();
        List<AlertChange> changes = again.replay(run.observations());
        List<String> raised = changes.stream().filter(c -> c.type() == AlertChange.Type.RAISED)
                .map(c -> c.alert().id()).toList();

        assertThat(raised).doesNotHaveDuplicates().hasSize(again.alerts().size());
        assertThat(raised).isSorted();
        for (int i = 1; i < again.alerts().size(); i++) {
            Alert before = again.alerts().get(i - 1);
            Alert after = again.alerts().get(i);
            if (before.kind() != AlertKind.OVERDUE && after.kind() != AlertKind.OVERDUE) {
                assertThat(after.raised()).as(after.id()).isAfterOrEqualTo(before.raised());
            }
        }
    }

    @Test
    void noTwoOpenAlertsAreAboutTheSameThing() {
        Set<String> seen = new HashSet<>();
        for (Alert a : run.engine().alerts()) {
            if (a.status() != AlertStatus.OPEN) {
                continue;
            }
            String subject = switch (a.kind()) {
                case REPEAT_SUSPECT -> a.current().persons().get(0).person();
                case OVERDUE -> a.trigger();
                case VEHICLE, PLACE, DISMISSED -> a.current().reasons().get(0).replaceAll(" in \\d+ reports?.*| closed.*", "")
                        + (a.kind() == AlertKind.DISMISSED && a.current().reasons().get(0).contains("about this child")
                                ? a.current().persons().stream().filter(p -> p.part().equals("child")).findFirst().orElseThrow()
                                        .person() : "")
                        + (a.kind() == AlertKind.DISMISSED && a.current().reasons().get(0).contains("as a suspect")
                                ? a.current().persons().get(0).person() : "");
                case MISSING_PATTERN -> a.current().persons().stream().filter(p -> p.part().equals("child")).findFirst()
                        .orElseThrow().person();
                case NETWORK -> null;
            };
            if (subject != null) {
                assertThat(seen.add(a.kind() + " " + subject)).as(a.kind() + " about " + subject + " twice").isTrue();
            }
        }
        Set<String> members = new HashSet<>();
        for (Alert a : run.engine().alerts()) {
            if (a.kind() == AlertKind.NETWORK && a.status() == AlertStatus.OPEN) {
                for (AlertPerson p : a.current().persons()) {
                    if (p.part().equals("suspect")) {
                        assertThat(members.add(p.person())).as(p.person() + " in two open networks").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyAlertCarriesReasonsMentionsAndHarm() {
        for (Alert a : run.engine().alerts()) {
            assertThat(a.reasons()).as(a.id()).isNotEmpty();
            assertThat(a.persons()).as(a.id()).isNotEmpty().allSatisfy(p -> assertThat(p.mentions()).isNotEmpty());
            assertThat(a.reasons()).as(a.id()).anyMatch(r -> r.startsWith("harm "));
        }
    }
}
