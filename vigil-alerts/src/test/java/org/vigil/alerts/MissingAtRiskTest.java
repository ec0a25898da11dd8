package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.as;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import org.junit.jupiter.api.Test;
import org.vigil.alerts.pattern.AlertKind;

/**
 * Rule 8 of {@code docs/decisions/alerts-benign-adults.md}: a report with general indicators only still counts against
 * the adult it names as a suspect when its child was reported missing and is already known to be at risk of
 * exploitation, or when an earlier report of exploitation evidence names him as a suspect about the same child. Never
 * for a carer or professional (rule 4).
 */
class MissingAtRiskTest {

    private static boolean flagged(AlertEngine engine, String person) {
        return engine.alerts().stream().filter(a -> a.kind() != AlertKind.OVERDUE)
                .flatMap(a -> a.current().persons().stream())
                .anyMatch(p -> p.person().equals(person) && p.part().equals("suspect"));
    }

    @Test
    void aManFoundWithAMissingGirlAlreadyKnownAtRiskIsCountedAndTheReasonsSaySo() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")));
        engine.observe(grooming("YP-2", 5, child("C2", 15), suspect("OTHER-MAN")));
        engine.observe(concern("MP-3", 20, "Police", child("C2", 15), suspect("ASH"))
                .withIndicators("missing", "alcohol_drugs"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("MP-3");
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactlyInAnyOrder("ASH", "C1", "C2");
        assertThat(alert.reasons()).anyMatch(r -> r.contains("1 report with no exploitation evidence of its own"));
    }

    @Test
    void aMissingReportOfAChildNotKnownAtRiskDoesNotCount() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")));
        engine.observe(concern("MP-3", 20, "Police", child("C2", 15), suspect("ASH"))
                .withIndicators("missing", "alcohol_drugs"));
        assertThat(flagged(engine, "ASH")).isFalse();
    }

    @Test
    void aMissingReportCountsOnlyFromTheReportAfterTheOneThatPutHerAtRisk() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("MP-1", 0, "Police", child("C2", 15), suspect("ASH"))
                .withIndicators("missing", "alcohol_drugs"));
        engine.observe(grooming("YP-2", 5, child("C2", 15), suspect("OTHER-MAN")));
        engine.observe(grooming("YP-3", 10, child("C1", 14), suspect("ASH")));
        assertThat(flagged(engine, "ASH")).isFalse();
    }

    @Test
    void aCarerNamedAsSuspectWhenAChildAtRiskGoesMissingIsNotCountedByIt() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-0", 0, child("C2", 15), suspect("OTHER-MAN")));
        for (int i = 0; i < 3; i++) {
            engine.observe(concern("FC-" + i, 1 + i, "Children's Social Care", child("C" + (3 + i), 13),
                    as("reporter", "CARER", 45)).withIndicators("missing"));
        }
        engine.observe(concern("MP-1", 10, "Police", child("C2", 15), suspect("CARER"))
                .withIndicators("missing", "alcohol_drugs"));
        engine.observe(concern("MP-2", 20, "Police", child("C1", 14), suspect("CARER")).withIndicators("taxi"));
        assertThat(flagged(engine, "CARER")).isFalse();
    }

    @Test
    void aLaterReportNamingHimAsSuspectAboutTheSameChildCountsWithoutIndicators() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("C1", 14), suspect("ASH"))
                .withIndicators("taxi", "multiple_adults"));
        assertThat(flagged(engine, "ASH")).isFalse();
        engine.observe(concern("PC-2", 30, "Police", child("C1", 14), suspect("ASH")));
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).trigger()).isEqualTo("PC-2");
    }

    @Test
    void aReportWithoutIndicatorsAboutAnotherChildDoesNotCount() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("C1", 14), suspect("ASH")).withIndicators("taxi"));
        engine.observe(concern("PC-2", 30, "Police", child("C2", 14), suspect("ASH")).withIndicators("injury"));
        assertThat(flagged(engine, "ASH")).isFalse();
    }
}
