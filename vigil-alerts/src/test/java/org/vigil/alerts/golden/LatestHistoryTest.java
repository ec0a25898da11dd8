package org.vigil.alerts.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertChange;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.observation.Observation;

/**
 * An engine that keeps only each alert's latest update says everything the full engine says as it happens: the
 * same changes, the same alerts as raised, the same current version; only the history it can give back is shorter.
 */
class LatestHistoryTest {

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({"1, merged", "2, unlinked", "3, truth"})
    void keepingTheLatestUpdateOnlyChangesNothingButTheHistory(long seed, String feed) throws IOException {
        AlertEngine all = new AlertEngine(AlertEngine.History.ALL);
        AlertEngine latest = new AlertEngine(AlertEngine.History.LATEST);
        int changes = 0;
        for (Observation o : AlertOutput.observations(seed, feed)) {
            List<AlertChange> expected = all.observe(o);
            List<AlertChange> actual = latest.observe(o);
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                AlertChange e = expected.get(i);
                AlertChange a = actual.get(i);
                assertThat(List.of(a.type(), a.at(), a.trigger(), a.changes()))
                        .isEqualTo(List.of(e.type(), e.at(), e.trigger(), e.changes()));
                assertThat(a.alert().toJsonLine()).isEqualTo(e.alert().toJsonLine());
                assertThat(a.alert().current()).isEqualTo(e.alert().current());
                assertThat(a.alert().status()).isEqualTo(e.alert().status());
                changes++;
            }
        }
        assertThat(changes).isGreaterThan(100);
        List<Alert> kept = latest.alerts();
        List<Alert> full = all.alerts();
        assertThat(kept).hasSameSizeAs(full);
        int updated = 0;
        for (int i = 0; i < full.size(); i++) {
            Alert f = full.get(i);
            Alert k = kept.get(i);
            assertThat(k.toJsonLine()).isEqualTo(f.toJsonLine());
            assertThat(k.updates()).isEqualTo(f.updates().isEmpty() ? List.of()
                    : List.of(f.updates().get(f.updates().size() - 1)));
            updated += f.updates().size() > 1 ? 1 : 0;
        }
        assertThat(updated).as("alerts updated more than once, whose history is cut").isPositive();
    }
}
