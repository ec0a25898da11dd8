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

    /**
     * An adult named as her associate in two of her missing reports is an adult around the episodes, as a suspect or a
     * car would be. He is not listed as a suspect (nothing here is exploitation evidence), but as what the reports
     * named him, with the mentions the reason counts: an alert carries what it rests on.
     */
    @Test
    void aChildMissingAgainAndAgainWithTheSameAdultAsHerAssociateIsThePattern() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("MP-1", 0, "Police", child("Z", 12)).withIndicators("missing", "alcohol_drugs"));
        engine.observe(concern("MP-2", 20, "Police", child("Z", 12), as("associate", "CRAIG", 23))
                .withIndicators("missing", "alcohol_drugs"));
        engine.observe(concern("MP-3", 40, "Police", child("Z", 12), as("associate", "CRAIG", 23))
                .withIndicators("missing"));

        Alert alert = Fixtures.only(engine, AlertKind.MISSING_PATTERN);
        assertThat(alert.trigger()).isEqualTo("MP-3");
        assertThat(alert.persons()).extracting(AlertPerson::person, AlertPerson::role, AlertPerson::part)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Z", "victim", "child"),
                        org.assertj.core.groups.Tuple.tuple("CRAIG", "associate", "associate"));
        assertThat(alert.persons().get(1).mentions()).containsExactly("MP-2/s2", "MP-3/s2");
        assertThat(alert.reasons()).anyMatch(r -> r.endsWith("an adult named as the child's associate 2 times"));
    }

    /** A friend of her own age named as her associate is not an adult around the episode. */
    @Test
    void aChildMissingWithAFriendOfHerAgeIsNotThePattern() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 4; i++) {
            engine.observe(concern("MP-" + i, i * 20, "Police", child("Z", 12), as("associate", "AMY", 12))
                    .withIndicators("missing"));
        }
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.MISSING_PATTERN);
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
