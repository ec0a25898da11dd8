package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.as;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.suspect;

import org.junit.jupiter.api.Test;
import org.vigil.alerts.pattern.AlertKind;

class MissingPatternTest {

    @Test
    void aChildWhoRunsAwayWithOnlyHerMotherReportingIsNotThePattern() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 6; i++) {
            engine.observe(concern("MP-" + i, i * 20, "Police", child("K", 15), as("reporter", "MUM", 40))
                    .withIndicators("missing", "alcohol_drugs"));
        }
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.MISSING_PATTERN);
    }

    @Test
    void aChildMissingAgainAndAgainWithMenAndCarsAroundIsThePattern() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("MP-1", 0, "Police", child("K", 14)).withIndicators("missing"));
        engine.observe(concern("MP-2", 20, "Police", child("K", 14), suspect("ASH"))
                .withIndicators("missing", "older_partner"));
        engine.observe(concern("RC-3", 40, "Residential Care", child("K", 14)).withIndicators("missing", "vehicle_pickup"));

        Alert alert = Fixtures.only(engine, AlertKind.MISSING_PATTERN);
        assertThat(alert.trigger()).isEqualTo("RC-3");
        assertThat(alert.persons()).extracting(AlertPerson::person, AlertPerson::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ASH", "suspect"), org.assertj.core.groups.Tuple.tuple("K", "victim"));
        assertThat(alert.reasons()).contains("the child is known to be in care");
    }

    @Test
    void aReferralCopyOfTheSameEpisodeIsNotASecondEpisodeWhenItAmendsIt() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("MP-1", 0, "Police", child("K", 14), suspect("ASH")).withIndicators("missing", "taxi"));
        engine.observe(concern("MP-1A", 1, "Police", child("K", 14), suspect("ASH")).withIndicators("missing", "taxi")
                .withAmends("MP-1"));
        engine.observe(concern("MP-2", 20, "Police", child("K", 14), suspect("ASH")).withIndicators("missing", "taxi"));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.MISSING_PATTERN);
    }
}
