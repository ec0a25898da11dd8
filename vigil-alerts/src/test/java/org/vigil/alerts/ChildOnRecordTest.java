package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.day;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.MentionObserved;
import org.vigil.alerts.pattern.AlertKind;

/**
 * A child on record is a child: a girl whose date of birth an earlier report gave is under 18 in a report that writes
 * her age as 18, and a date of birth never makes a named suspect a child ({@code evidence.AgeAt.childOnRecord}).
 */
class ChildOnRecordTest {

    private static ConcernObserved school(String person, String role, String born) {
        return ConcernObserved.of("SCH-0", day(0), "Education",
                List.of(MentionObserved.of("SCH-0/s1", person, role).withBorn(born)));
    }

    @Test
    void aGirlWhoseDateOfBirthIsOnRecordIsAChildThoughAReportSaysEighteen() {
        AlertEngine engine = new AlertEngine();
        engine.observe(school("C1", "victim", "1990-06-01")); // 12 in 2003
        engine.observe(grooming("YP-1", 10, child("C1", 18), suspect("ASH")));
        engine.observe(grooming("YP-2", 20, child("C2", 14), suspect("ASH")));
        Alert alert = Fixtures.only(engine, AlertKind.REPEAT_SUSPECT);
        assertThat(alert.persons()).extracting(AlertPerson::person).containsExactlyInAnyOrder("ASH", "C1", "C2");
    }

    @Test
    void withoutADateOfBirthOnRecordAGirlWrittenAsEighteenIsNotAChild() {
        AlertEngine engine = new AlertEngine();
        engine.observe(grooming("YP-1", 10, child("C1", 18), suspect("ASH")));
        engine.observe(grooming("YP-2", 20, child("C2", 14), suspect("ASH")));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);
    }

    @Test
    void aDateOfBirthOnRecordNeverMakesANamedSuspectAChild() {
        AlertEngine engine = new AlertEngine();
        engine.observe(school("ASH", "other", "1990-06-01")); // a wrong date of birth linked to him
        engine.observe(grooming("YP-1", 10, child("C1", 14), suspect("ASH")));
        engine.observe(grooming("YP-2", 20, child("C2", 14), suspect("ASH")));
        assertThat(Fixtures.only(engine, AlertKind.REPEAT_SUSPECT).persons()).extracting(AlertPerson::person)
                .contains("ASH");
    }
}
