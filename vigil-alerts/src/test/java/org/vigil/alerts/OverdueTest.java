package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.day;
import static org.vigil.alerts.Fixtures.decided;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.DecisionObserved;
import org.vigil.alerts.observation.MentionObserved;
import org.vigil.alerts.pattern.AlertKind;
import org.vigil.harm.score.Grading;

/** Service levels advance with event time only. */
class OverdueTest {

    private static List<AlertChange> overdue(List<AlertChange> changes) {
        return changes.stream().filter(c -> c.alert().kind() == AlertKind.OVERDUE).toList();
    }

    @Test
    void becomesOverdueWhenALaterRecordPassesTheDeadlineNotBefore() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("K", 14)).withOffences("22B")); // high: 3 days
        assertThat(overdue(engine.observe(concern("SCH-2", 2.9, "Education", child("L", 9))))).isEmpty();

        List<AlertChange> changes = overdue(engine.observe(concern("SCH-3", 7, "Education", child("M", 9))));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.alert().raised()).as("raised at the deadline, in event time").isEqualTo(day(3));
            assertThat(c.alert().trigger()).isEqualTo("PC-1");
            assertThat(c.alert().reasons().get(0)).contains("service level high (3 days): exploitation offence alleged");
        });
    }

    @Test
    void advancingTheClockRaisesOverdueWithoutANewRecord() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("YP-1", 0, "Youth Project", child("K", 14)).withIndicators("gifts")); // standard: 10 days
        assertThat(overdue(engine.advanceTo(day(9.9)))).isEmpty();
        assertThat(overdue(engine.advanceTo(day(10)))).hasSize(1);
        assertThat(overdue(engine.advanceTo(day(30)))).as("once only").isEmpty();
    }

    @Test
    void aDecisionInTimeMeansNoAlert() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("K", 12)).withOffences("22B")); // critical: under 13
        engine.observe(decided("D-1", "PC-1", 0.5, "strategy_meeting"));
        assertThat(overdue(engine.advanceTo(day(100)))).isEmpty();
    }

    /** The deadline is the last moment in time: a decision made at it is in time, one a minute later is not. */
    @Test
    void aDecisionAtTheDeadlineIsInTime() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("K", 14)).withOffences("22B")); // high: 3 days
        assertThat(overdue(engine.observe(decided("D-1", "PC-1", 3, "referred")))).isEmpty();
        assertThat(overdue(engine.advanceTo(day(100)))).isEmpty();

        AlertEngine late = new AlertEngine();
        late.observe(concern("PC-1", 0, "Police", child("K", 14)).withOffences("22B"));
        List<AlertChange> changes = overdue(late.observe(decided("D-1", "PC-1", 3 + 1 / 1440.0, "referred")));
        assertThat(changes).extracting(AlertChange::type).containsExactly(AlertChange.Type.RAISED, AlertChange.Type.UPDATED);
        assertThat(changes.get(0).alert().raised()).isEqualTo(day(3));
        assertThat(changes.get(1).alert().current().reasons()).anySatisfy(r -> assertThat(r)
                .endsWith("(referred), less than an hour after the deadline"));

        AlertEngine undecided = new AlertEngine();
        undecided.observe(concern("PC-1", 0, "Police", child("K", 14)).withOffences("22B"));
        assertThat(overdue(undecided.observe(concern("SCH-2", 3, "Education", child("L", 9))))).as("not before its time passes")
                .isEmpty();
        assertThat(overdue(undecided.advanceTo(day(3)))).as("an as-of at the deadline, after its records").hasSize(1);
    }

    /** A deadline keeps the fraction of a second its concern was received at: a decision just before it is in time. */
    @Test
    void aDeadlineKeepsTheFractionOfASecondOfItsConcern() {
        Instant received = day(0).plusMillis(250);
        ConcernObserved rape = ConcernObserved.of("PC-1", received, "Police", List.of(MentionObserved.of("PC-1/s1", "K", "victim")
                .withAge(12))).withOffences("19E"); // critical: 24 hours
        AlertEngine engine = new AlertEngine();
        engine.observe(rape);
        assertThat(overdue(engine.observe(DecisionObserved.of("D-1", "PC-1", day(1).plusMillis(100), "strategy_meeting", ""))))
                .as("decided 150 ms before the deadline").isEmpty();

        AlertEngine undecided = new AlertEngine();
        undecided.observe(rape);
        assertThat(overdue(undecided.advanceTo(day(1).plusMillis(249)))).isEmpty();
        assertThat(overdue(undecided.advanceTo(day(1).plusMillis(250)))).singleElement()
                .satisfies(c -> assertThat(c.alert().raised()).isEqualTo(received.plus(Duration.ofDays(1))));
    }

    /**
     * A correction that brings a report's deadline forward to before its own arrival makes the report overdue when it
     * arrives: the alert cannot have been raised before anyone knew, nor list the correction's mentions before them.
     */
    @Test
    void aCorrectionThatBringsTheDeadlinePastRaisesOverdueWhenItArrives() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("MP-1", 0, "Missing Persons", child("K", 14)).withIndicators("missing")); // routine
        List<AlertChange> changes = overdue(engine.observe(concern("MP-1-A", 5, "Missing Persons", child("K", 14))
                .withIndicators("missing", "multiple_adults").withAmends("MP-1"))); // high: 3 days from day 0

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.alert().raised()).as("when the correction revealed it, not its deadline").isEqualTo(day(5));
            assertThat(c.alert().trigger()).isEqualTo("MP-1-A");
            assertThat(c.alert().reasons().get(0)).contains("had no decision by 2003-01-04");
        });
        assertThat(overdue(engine.advanceTo(day(30)))).as("once only").isEmpty();
    }

    @Test
    void aLateDecisionUpdatesTheOverdueAlertOnce() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("K", 12)).withOffences("22B"));
        engine.advanceTo(day(2));
        List<AlertChange> late = overdue(engine.observe(decided("D-1", "PC-1", 5, "no_further_action")));
        List<AlertChange> again = overdue(engine.observe(decided("D-2", "PC-1", 6, "referred")));

        assertThat(late).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(AlertChange.Type.UPDATED);
            assertThat(c.changes()).containsExactly("new decision (1): no_further_action");
        });
        assertThat(again).hasSize(1).allSatisfy(c -> assertThat(c.changes()).containsExactly("new decision (1): referred"));
    }

    @Test
    void routineConcernsNeverGoOverdue() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("SCH-1", 0, "Education", child("K", 9)).withIndicators("school_absence"));
        assertThat(overdue(engine.advanceTo(day(1000)))).isEmpty();
    }

    @Test
    void aConfidentGradingShortensTheServiceLevelAndASuspectedFalseOneLengthensIt() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PI-1", 0, "Police", child("K", 14)).withIndicators("gifts")
                .withGrading(Grading.parse("3x5x2", "1", "A", "P"))); // standard, one level up: high, 3 days
        engine.observe(concern("PI-2", 0, "Police", child("L", 14)).withIndicators("gifts", "hotel")
                .withGrading(Grading.parse("3x5x2", "2", "E", "P"))); // high, one level down: standard, 10 days
        assertThat(overdue(engine.advanceTo(day(3)))).extracting(c -> c.alert().trigger()).containsExactly("PI-1");
        assertThat(overdue(engine.advanceTo(day(10)))).extracting(c -> c.alert().trigger()).containsExactly("PI-2");
    }

    /** A single warning sign graded "suspected false" still has a deadline: a discounted account is still decided on. */
    @Test
    void aSuspectedFalseGradingNeverLeavesExploitationEvidenceWithoutADeadline() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("YP-1", 0, "Youth Project", child("K", 14)).withIndicators("gifts")
                .withGrading(Grading.parse("3x5x2", "3", "E", "P")));
        List<AlertChange> changes = overdue(engine.advanceTo(day(10)));
        assertThat(changes).singleElement().satisfies(c -> assertThat(c.alert().reasons().get(0))
                .contains("service level standard (10 days)")
                .contains("but exploitation evidence keeps a deadline however it is graded"));
    }

    @Test
    void theWallClockNeverMatters() throws InterruptedException {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("PC-1", 0, "Police", child("K", 14)).withOffences("22B"));
        Thread.sleep(5);
        assertThat(engine.alerts()).isEmpty();
        assertThat(engine.clock()).isEqualTo(day(0));
    }
}
