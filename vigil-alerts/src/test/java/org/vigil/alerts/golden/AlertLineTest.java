package org.vigil.alerts.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertChange;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.observation.Observation;

/** An alert's line, written straight to a generator, is its JSON tree written on one line, byte for byte. */
class AlertLineTest {

    @Test
    void everyAlertOfATownWritesTheLineItsTreeWrites() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Observation> observations = AlertOutput.observations(1, "merged");
        AlertEngine engine = new AlertEngine(AlertEngine.History.LATEST);
        int lines = 0;
        for (Observation o : observations) {
            for (AlertChange c : engine.observe(o)) {
                Alert a = c.alert();
                assertThat(a.toJsonLine()).isEqualTo(json.writeValueAsString(a.toJson()));
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(500);
    }
}
