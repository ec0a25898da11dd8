package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vigil.alerts.Fixtures.as;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.pattern.AlertKind;

/**
 * Interchange §2.2 {@code persons[].role} is a subject role of §1.1, one the listed mentions give the person; the
 * part the person plays in the alert ({@code child}, {@code suspect}) is kept beside it.
 */
class AlertRoleTest {
    private static final Set<String> SUBJECT_ROLES = Set.of("victim", "suspect", "associate", "witness", "reporter",
            "other");

    @Test
    void aChildInARepeatSuspectAlertIsAVictimWhosePartIsChild() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), suspect("ASH")));
        engine.observe(concern("PC-2", 30, "Police", child("C2", 13), suspect("ASH")).withIndicators("gifts"));

        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.persons()).extracting(AlertPerson::person, AlertPerson::role, AlertPerson::part)
                .containsExactly(tuple("ASH", "suspect", "suspect"), tuple("C1", "victim", "child"),
                        tuple("C2", "victim", "child"));
    }

    @Test
    void aChildNamedOnlyAsAnAssociateKeepsThatRole() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("MP-1", 0, "Police", as("associate", "K", 14)).withIndicators("missing"));
        engine.observe(concern("MP-2", 20, "Police", as("associate", "K", 14), suspect("ASH"))
                .withIndicators("missing", "older_partner"));
        engine.observe(concern("RC-3", 40, "Residential Care", as("associate", "K", 14))
                .withIndicators("missing", "vehicle_pickup"));

        Alert alert = Fixtures.only(engine, AlertKind.MISSING_PATTERN);
        assertThat(alert.persons()).extracting(AlertPerson::person, AlertPerson::role, AlertPerson::part)
                .contains(tuple("K", "associate", "child"));
    }

    @Test
    void everyRoleWrittenIsASubjectRoleThatOneOfTheListedMentionsGives() throws Exception {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, as("other", "C1", 15), suspect("ASH")).withOffences("22B"));
        engine.observe(grooming("PC-2", 1, child("C2", 14), suspect("ASH")));
        engine.observe(grooming("PC-3", 2, child("C1", 15), suspect("ASH")));
        assertThat(engine.alerts()).isNotEmpty();
        for (Alert alert : engine.alerts()) {
            JsonNode line = new ObjectMapper().readTree(alert.toJsonLine());
            for (JsonNode p : line.get("persons")) {
                assertThat(p.has("part")).as("the spec's fields only").isFalse();
                assertThat(p.get("role").asText()).isIn(SUBJECT_ROLES);
            }
            for (AlertPerson p : alert.persons()) {
                assertThat(p.mentions()).as(alert.id() + " " + p.person())
                        .anyMatch(m -> roleOf(m).equals(p.role()));
            }
            assertThat(alert.toJsonWithHistory().get("persons").get(0).has("part")).isTrue();
        }
        // Raised on PC-2, when C1's one mention named her as "other".
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).persons()).extracting(AlertPerson::person,
                AlertPerson::role).contains(tuple("C1", "other"));
    }

    /** The roles the concerns above give: the suspect is s2, the child s1 ("other" in YP-1 only). */
    private static String roleOf(String mention) {
        return mention.endsWith("/s2") ? "suspect" : mention.startsWith("YP-1/") ? "other" : "victim";
    }

    @Test
    void anOverdueAlertGivesEachPersonTheRoleTheConcernGaveThem() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 0, child("C1", 14), as("reporter", "MUM", 40), suspect("ASH"))
                .withOffences("22B"));
        engine.advanceTo(Fixtures.day(30));

        Alert alert = Fixtures.only(engine, AlertKind.OVERDUE);
        assertThat(alert.persons()).extracting(AlertPerson::person, AlertPerson::role, AlertPerson::part)
                .containsExactly(tuple("C1", "victim", "victim"), tuple("MUM", "reporter", "reporter"),
                        tuple("ASH", "suspect", "suspect"));
    }
}
