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
 * Agencies record the men around a child as her "boyfriend" or a man seen with her: {@code associate} or
 * {@code other}. Such a mention in exploitation evidence counts once the man is a counted suspect himself, and never
 * for an adult named as an associate around many children and accused once (see
 * {@code docs/decisions/alerts-benign-adults.md}, rule 6).
 */
class AssociateSuspicionTest {

    private static boolean flagged(AlertEngine engine, String person) {
        return engine.alerts().stream().filter(a -> a.kind() != AlertKind.OVERDUE)
                .flatMap(a -> a.current().persons().stream())
                .anyMatch(p -> p.person().equals(person) && p.part().equals("suspect"));
    }

    @Test
    void aSuspectNamedAsTheBoyfriendOfASecondChildIsRepeatSuspectAndTheReasonsSaySo() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")));
        // Intelligence naming him with a car and no child: a second counted report, still one child.
        engine.observe(concern("INT-2", 10, "Police", suspect("ASH")).withIndicators("vehicle_pickup"));
        assertThat(flagged(engine, "ASH")).isFalse();

        // C2 is 16: the report counts by rule 6 alone, not as a partner of a child under 16 (rule 15, OlderPartnerTest).
        engine.observe(concern("PC-3", 30, "Police", child("C2", 16), as("associate", "ASH", 24))
                .withIndicators("older_partner"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("PC-3");
        assertThat(alert.reasons()).anyMatch(r -> r.contains("as an associate or other of 1 child in 1 report")
                && r.contains("as a suspect in 2"));
    }

    @Test
    void associateMentionsBeforeHeIsCountedAsASuspectCountFromThen() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("CSC-1", 0, "Children's Social Care", child("C1", 14), as("associate", "ASH", 24))
                .withIndicators("vehicle_pickup"));
        engine.observe(grooming("YP-2", 20, child("C2", 15), suspect("ASH")));
        assertThat(flagged(engine, "ASH")).isFalse();

        engine.observe(grooming("YP-3", 40, child("C2", 15), suspect("ASH")));
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).trigger()).isEqualTo("YP-3");
    }

    @Test
    void oneAssociateMentionBesideOneSuspectMentionDoesNotCount() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")));
        engine.observe(concern("PC-2", 30, "Police", child("C2", 16), as("associate", "ASH", 24))
                .withIndicators("older_partner"));
        assertThat(flagged(engine, "ASH")).isFalse();
    }

    @Test
    void anAdultOnlyEverNamedAsAssociateIsNeverCounted() {
        // Girls of 16: the older partner of a child under 16 counts (rule 15, OlderPartnerTest).
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 8; i++) {
            engine.observe(grooming("YP-" + i, i, child("K" + i, 16), as("associate", "MAN", 30)));
        }
        assertThat(flagged(engine, "MAN")).isFalse();
    }

    @Test
    void aCoachNamedAsAssociateOfManyChildrenThenAccusedOnceIsNotFlagged() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 10; i++) {
            engine.observe(concern("AE-" + i, i * 3, "Emergency Department", child("C" + i, 12),
                    as("associate", "COACH", 38)).withIndicators("injury", "vehicle_pickup"));
        }
        engine.observe(grooming("YP-1", 40, child("C1", 12), suspect("COACH")).withOffences("22B"));
        engine.observe(concern("AE-20", 50, "Emergency Department", child("C20", 12), as("associate", "COACH", 38))
                .withIndicators("injury", "vehicle_pickup"));
        assertThat(flagged(engine, "COACH")).isFalse();
    }

    @Test
    void aCoachAccusedOnceBeforeHeIsNamedAsAssociateOfManyChildrenIsNotFlagged() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C0", 12), suspect("COACH")));
        for (int i = 1; i < 10; i++) {
            engine.observe(concern("AE-" + i, i * 3, "Emergency Department", child("C" + i, 12),
                    as("associate", "COACH", 38)).withIndicators("injury", "vehicle_pickup"));
        }
        assertThat(flagged(engine, "COACH")).isFalse();
    }

    @Test
    void aSuspectRecordedAsTheBoyfriendOfTheSameGirlByOtherAgenciesCountsForHerAloneThoughHeIsMostlyAnAssociate() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("CSC-1", 0, "Children's Social Care", child("C1", 14), as("associate", "ASH", 24))
                .withIndicators("older_partner"));
        // Both from one agency: two agencies recording him as her associate would flag him already (rule 9).
        engine.observe(concern("CSC-2", 5, "Children's Social Care", child("C1", 14), as("associate", "ASH", 24))
                .withIndicators("gifts"));
        engine.observe(concern("YP-3", 8, "Youth Project", child("C5", 15), as("associate", "ASH", 24))
                .withIndicators("gifts"));
        engine.observe(concern("YP-4", 9, "Youth Project", child("C6", 15), as("associate", "ASH", 24))
                .withIndicators("gifts"));
        assertThat(flagged(engine, "ASH")).isFalse();

        // Named as an associate four times and a suspect once: the reports about C1 count, those about C5 and C6 wait.
        engine.observe(concern("PC-5", 20, "Police", child("C1", 14), suspect("ASH")).withIndicators("taxi"));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("PC-5");
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactlyInAnyOrder("ASH", "C1");
    }

    @Test
    void anAdultAccusedOnceAboutAChildHeIsAnAssociateOfOnceIsNotFlagged() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 6; i++) {
            engine.observe(concern("AE-" + i, i * 3, "Emergency Department", child("C" + i, 12),
                    as("associate", "COACH", 38)).withIndicators("injury", "vehicle_pickup"));
        }
        engine.observe(concern("PC-1", 40, "Police", child("C1", 12), suspect("COACH")).withIndicators("gifts"));
        assertThat(flagged(engine, "COACH")).isFalse();
    }
}
