package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.as;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;

import org.junit.jupiter.api.Test;
import org.vigil.alerts.pattern.AlertKind;

/**
 * Rule 15 of {@code docs/decisions/alerts-benign-adults.md}: a report recording a child's older partner, about a child
 * under 16, counts against the adult it names as her associate; he is flagged as anyone is, by two children or by two
 * agencies, but not by one agency recording the same relationship again.
 */
class OlderPartnerTest {

    private static boolean flagged(AlertEngine engine, String person) {
        return engine.alerts().stream().filter(a -> a.kind() != AlertKind.OVERDUE)
                .flatMap(a -> a.current().persons().stream())
                .anyMatch(p -> p.person().equals(person) && p.part().equals("suspect"));
    }

    @Test
    void theOlderPartnerOfTwoGirlsUnder16IsFlaggedThoughNoReportNamesHimASuspect() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("YP-1", 0, "Youth Project", child("G1", 14), as("associate", "MAN", 30))
                .withIndicators("older_partner", "gifts"));
        assertThat(flagged(engine, "MAN")).isFalse();
        engine.observe(concern("PC-2", 40, "Police", child("G2", 13), as("associate", "MAN", null))
                .withIndicators("missing", "older_partner"));
        assertThat(flagged(engine, "MAN")).isTrue();
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).reasons())
                .anyMatch(r -> r.startsWith("recorded as the associate of 2 children in 2 reports of an older partner"));
    }

    @Test
    void oneServiceRecordingTheSameOlderPartnerOfOneGirlAgainDoesNotFlagHim() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 2; i++) {
            engine.observe(concern("SH-" + i, i * 30, "Sexual Health", child("G1", 15), as("associate", "MAN", 20))
                    .withIndicators("sexual_health", "older_partner"));
        }
        assertThat(flagged(engine, "MAN")).isFalse();
        engine.observe(concern("SCH-3", 90, "School", child("G1", 15), as("associate", "MAN", 20))
                .withIndicators("older_partner", "vehicle_pickup"));
        assertThat(flagged(engine, "MAN")).as("a second agency records him as her older partner").isTrue();
    }

    @Test
    void thePartnerOfGirlsOf16Or17IsNotCountedByThisRule() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("SH-1", 0, "Sexual Health", child("G1", 16), as("associate", "MAN", 22))
                .withIndicators("sexual_health", "older_partner"));
        engine.observe(concern("SH-2", 30, "Sexual Health", child("G2", 17), as("associate", "MAN", 22))
                .withIndicators("sexual_health", "older_partner"));
        assertThat(flagged(engine, "MAN")).isFalse();
    }

    @Test
    void anAdultWhoMostlyReportsIsNotCountedAsAnOlderPartner() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 4; i++) {
            engine.observe(concern("CSC-" + i, i, "Children's Social Care", child("F" + i, 12),
                    as("reporter", "CARER", 45)));
        }
        engine.observe(concern("YP-1", 10, "Youth Project", child("G1", 14), as("associate", "CARER", 45))
                .withIndicators("older_partner"));
        engine.observe(concern("YP-2", 20, "Youth Project", child("G2", 14), as("associate", "CARER", 45))
                .withIndicators("older_partner"));
        assertThat(flagged(engine, "CARER")).isFalse();
    }
}
