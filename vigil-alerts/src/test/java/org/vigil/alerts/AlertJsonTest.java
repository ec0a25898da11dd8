package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.pattern.AlertKind;

/** Interchange §2.2, field for field. */
class AlertJsonTest {

    private static Alert repeatSuspect() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("K1", 14), suspect("P-000412")).withOffences("22B"));
        engine.observe(grooming("PC-2", 1, child("K2", 14), suspect("P-000412")));
        engine.observe(grooming("PC-3", 1.5, child("K3", 12), suspect("P-000412")));
        return Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
    }

    private static List<String> fields(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesExactlyTheFieldsOfTheSpecInItsOrder() throws Exception {
        JsonNode o = new ObjectMapper().readTree(repeatSuspect().toJsonLine());

        assertThat(fields(o)).containsExactly("alert", "kind", "raised", "trigger", "persons", "harm", "reasons");
        assertThat(o.get("alert").asText()).matches("A-\\d{6}");
        assertThat(o.get("kind").asText()).isEqualTo("repeat_suspect");
        assertThat(o.get("raised").asText()).isEqualTo("2003-01-02T09:00:00Z");
        assertThat(o.get("trigger").asText()).isEqualTo("PC-2");
        assertThat(fields(o.get("persons").get(0))).containsExactly("person", "role", "mentions");
        assertThat(o.get("persons").get(0).get("mentions").toString()).isEqualTo("[\"YP-1/s2\",\"PC-2/s2\"]");
        assertThat(o.get("harm").isNumber()).isTrue();
        assertThat(o.get("harm").asDouble()).isGreaterThan(0);
        assertThat(o.get("reasons").isArray()).isTrue();
    }

    @Test
    void theHistoryAddsStatusUpdatedAndChangesForTheUi() {
        JsonNode o = repeatSuspect().toJsonWithHistory();
        assertThat(fields(o)).containsExactly("alert", "kind", "raised", "trigger", "persons", "harm", "reasons",
                "status", "updated", "changes");
        assertThat(o.get("changes").get(0).get("changes").get(0).asText()).isEqualTo("new children (1): K3");
    }

    @Test
    void harmIsTheSumOverTheReportsFromVigilHarm() {
        Alert alert = repeatSuspect();
        // 22B: 182.25 days × 0.56 (ungraded) × 1.5 (aged 14) = 153.09; PC-2 alleges no offence and is scored on its
        // indicators as HO 71 (182.25 days, a placeholder), the same 153.09.
        assertThat(alert.harm()).isEqualTo(306.18);
        assertThat(alert.reasons()).anyMatch(r -> r.startsWith("harm 306.18 CCHI days: the sum over 2 of 2 reports")
                && r.contains("1 of them exploitation evidence about a child that alleges no offence, scored as HO 71"));
    }
}
