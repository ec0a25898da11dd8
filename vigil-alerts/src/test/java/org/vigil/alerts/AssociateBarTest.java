package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.as;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.suspect;

import org.junit.jupiter.api.Test;
import org.vigil.alerts.pattern.AlertKind;

/**
 * An adult's mentions as an {@code associate}, the agencies' word for a child's "boyfriend" or a man seen with her, do
 * not hold him to the professional's higher bar; mentions as reporter, witness or adult other still do (see
 * {@code docs/decisions/alerts-benign-adults.md}, rules 4 and 7); nor does anything hold an adult recorded as a child's associate
 * in two reports of exploitation evidence to it (rule 12).
 */
class AssociateBarTest {

    private static boolean flagged(AlertEngine engine, String person) {
        return engine.alerts().stream().filter(a -> a.kind() != AlertKind.OVERDUE)
                .flatMap(a -> a.current().persons().stream())
                .anyMatch(p -> p.person().equals(person) && p.part().equals("suspect"));
    }

    /** Three reports of C1 missing naming {@code person} in {@code role}, then two weak allegations about C1 and C2. */
    private static AlertEngine missingThenTwoWeakAllegations(String role, String person) {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 3; i++) {
            engine.observe(concern("MP-" + i, i * 5, "Police", child("C1", 14), as(role, person, 24))
                    .withIndicators("missing", "alcohol_drugs"));
        }
        return accusedTwiceWeakly(engine, person, 20, "C1", "C2");
    }

    /**
     * {@code engine} after two weak allegations against {@code person}, at {@code at} and ten days on, about
     * {@code first} and {@code second}: one specific indicator each, strength 1, below the professional's bar of 2.
     */
    private static AlertEngine accusedTwiceWeakly(AlertEngine engine, String person, int at, String first,
            String second) {
        engine.observe(concern("PC-1", at, "Police", child(first, 14), suspect(person)).withIndicators("taxi"));
        engine.observe(concern("CSC-2", at + 10, "Children's Social Care", child(second, 15), suspect(person))
                .withIndicators("gifts"));
        return engine;
    }

    @Test
    void aManNamedAsTheAssociateOfAMissingGirlIsCountedOnWeakAllegationsAboutTwoChildren() {
        AlertEngine engine = missingThenTwoWeakAllegations("associate", "ASH");
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        // Rule 11: the adult named beside her when she went missing, then accused about her, is flagged at PC-1.
        assertThat(alert.trigger()).isEqualTo("PC-1");
        assertThat(alert.current().persons()).extracting(AlertPerson::person)
                .containsExactlyInAnyOrder("ASH", "C1", "C2");
        assertThat(alert.reasons()).noneMatch(r -> r.contains("as reporter, witness, carer or other"));
    }

    @Test
    void aCarerNamedAsOtherInTheSameReportsIsStillHeldToTheBar() {
        assertThat(flagged(missingThenTwoWeakAllegations("other", "CARER"), "CARER")).isFalse();
    }

    /**
     * Rule 12. {@code person} is named as an adult other in three missing reports (so rule 4 would hold him to the
     * professional's bar), as a child's associate in {@code associateReports} reports of exploitation evidence, then
     * accused twice on weak allegations about two more children.
     */
    private static AlertEngine otherThenAssociateThenTwoWeakAllegations(int associateReports, String person) {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 3; i++) {
            engine.observe(concern("MP-" + i, i * 5, "Police", child("C" + i, 14), as("other", person, 24))
                    .withIndicators("missing"));
        }
        for (int i = 0; i < associateReports; i++) {
            engine.observe(concern("YP-" + i, 20 + i * 5, "Youth Project", child("K" + i, 14),
                    as("associate", person, 24)).withIndicators("older_partner", "gifts"));
        }
        return accusedTwiceWeakly(engine, person, 40, "J1", "J2");
    }

    @Test
    void aManRecordedAsTheAssociateOfChildrenInTwoReportsOfExploitationIsNotHeldToTheBarForBeingNamedAsOther() {
        AlertEngine engine = otherThenAssociateThenTwoWeakAllegations(2, "ASH");
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.trigger()).isEqualTo("CSC-2");
        assertThat(alert.current().persons()).extracting(AlertPerson::person).contains("ASH", "J1", "J2", "K0", "K1");
        assertThat(alert.reasons()).noneMatch(r -> r.contains("as reporter, witness, carer or other"));
    }

    @Test
    void oneReportRecordingHimAsAnAssociateLeavesTheBarInPlace() {
        assertThat(flagged(otherThenAssociateThenTwoWeakAllegations(1, "CARER"), "CARER")).isFalse();
    }

    @Test
    void anAdultWhoAlsoWitnessesAsOftenAsHeIsAccusedIsStillHeldToTheBar() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("SCH-1", 0, "Education", child("K1", 12), as("witness", "COACH", 38)));
        engine.observe(concern("SCH-2", 1, "Education", child("K2", 12), as("reporter", "COACH", 38)));
        for (int i = 0; i < 4; i++) {
            engine.observe(concern("AE-" + i, 2 + i, "Emergency Department", child("K" + i, 12),
                    as("associate", "COACH", 38)).withIndicators("injury", "missing"));
        }
        engine.observe(concern("PC-1", 20, "Police", child("K1", 12), suspect("COACH")).withIndicators("gifts"));
        engine.observe(concern("PC-2", 30, "Police", child("K2", 12), suspect("COACH")).withIndicators("gifts"));
        assertThat(flagged(engine, "COACH")).isFalse();
    }
}
