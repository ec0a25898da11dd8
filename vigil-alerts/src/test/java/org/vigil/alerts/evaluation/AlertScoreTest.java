package org.vigil.alerts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertPerson;
import org.vigil.alerts.AlertStatus;
import org.vigil.alerts.pattern.AlertKind;

/** The scoring definitions, on alerts and a truth made by hand. */
class AlertScoreTest {
    private static final String TRUTH = String.join("\n",
            "{\"type\":\"town\",\"schema\":1}",
            "{\"type\":\"mention\",\"mention\":\"C1/s1\",\"person\":\"OFF\",\"form\":\"full\"}",
            "{\"type\":\"mention\",\"mention\":\"C2/s1\",\"person\":\"OFF\",\"form\":\"full\"}",
            "{\"type\":\"mention\",\"mention\":\"C3/s1\",\"person\":\"OFF\",\"form\":\"full\"}",
            "{\"type\":\"mention\",\"mention\":\"C1/s2\",\"person\":\"GIRL\",\"form\":\"full\"}",
            "{\"type\":\"mention\",\"mention\":\"C2/s2\",\"person\":\"CARER\",\"form\":\"full\"}",
            "{\"type\":\"mention\",\"mention\":\"C4/s1\",\"person\":\"LONE\",\"form\":\"full\"}",
            "{\"type\":\"person\",\"person\":\"OFF\",\"kind\":\"offender\",\"mentioned\":[\"2003-01-01T00:00:00Z\","
                    + "\"2003-02-01T00:00:00Z\",\"2003-03-01T00:00:00Z\"]}",
            "{\"type\":\"person\",\"person\":\"LONE\",\"kind\":\"offender\",\"mentioned\":[\"2003-01-01T00:00:00Z\"]}",
            "{\"type\":\"person\",\"person\":\"GIRL\",\"kind\":\"victim\",\"mentioned\":[\"2003-01-01T00:00:00Z\"]}",
            "{\"type\":\"person\",\"person\":\"CARER\",\"kind\":\"benign_adult\",\"occupation\":\"foster carer\","
                    + "\"mentioned\":[\"2003-02-01T00:00:00Z\"]}");

    private static Alert alert(String id, AlertKind kind, String raised, AlertPerson... persons) {
        return new Alert(id, kind, Instant.parse(raised), "C2", List.of(persons), 0, List.of("r"), AlertStatus.OPEN,
                Optional.empty(), List.of());
    }

    @Test
    void scoresRecallPrecisionFalseAlarmsAndConcernsBeforeTheFirstAlert() throws IOException {
        Truth truth = Truth.read(new ByteArrayInputStream(TRUTH.getBytes(StandardCharsets.UTF_8)));
        List<Alert> alerts = List.of(
                // A linker joined the carer's mention to the offender: most mentions are his, so it is him.
                alert("A-1", AlertKind.REPEAT_SUSPECT, "2003-02-01T00:00:00Z",
                        new AlertPerson("P1", "suspect", "suspect", List.of("C1/s1", "C2/s1", "C2/s2")),
                        new AlertPerson("P2", "victim", "child", List.of("C1/s2"))),
                // The carer alone, as a suspect: a false alarm.
                alert("A-2", AlertKind.NETWORK, "2003-02-01T00:00:00Z",
                        new AlertPerson("P3", "suspect", "suspect", List.of("C2/s2"))),
                // Overdue alerts accuse no one.
                alert("A-3", AlertKind.OVERDUE, "2003-01-02T00:00:00Z",
                        new AlertPerson("P4", "suspect", "suspect", List.of("C4/s1"))));

        AlertScore s = AlertScore.of(alerts, truth);

        assertThat(s.offenders()).isEqualTo(2);
        assertThat(s.offendersFlagged()).isEqualTo(1);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.flagged()).isEqualTo(2);
        assertThat(s.precisionPerPerson()).isEqualTo(0.5);
        assertThat(s.alerts()).isEqualTo(2);
        assertThat(s.precisionPerAlert()).isEqualTo(0.5);
        assertThat(s.benignFlagged()).containsEntry("CARER", "foster carer");
        // OFF: 2 concerns by his first alert; LONE: never flagged, counted as infinite. Median of {2, ∞} = ∞.
        assertThat(s.medianConcernsBeforeAlert()).isInfinite();
        assertThat(s.overdue()).isEqualTo(1);
        assertThat(s.overdueAboutExploitation()).isEqualTo(1);
        assertThat(s.missed()).containsExactly("LONE");
        assertThat(s.wronglyFlagged()).containsOnlyKeys("CARER").containsEntry("CARER", List.of("A-2"));
    }
}
