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
 * her age as 18 ({@code evidence.AgeAt.childOnRecord}); a suspect a report gives no age is as old as the date of birth
 * on record makes him, unless a report gave him an adult's age ({@code evidence.AgeAt.suspectOnRecord}).
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

    /**
     * A boy of 12 on record, named as a suspect in reports that give him no age, is a child suspect, not an adult one
     * ({@code AgeAt.suspectOnRecord}): the county-lines boy named as a victim for a year and then beside the men. A man
     * a report has given an adult's age is an adult suspect whatever date of birth is linked to him, and an age the
     * report itself gives stands.
     */
    @Test
    void aDateOfBirthOnRecordMakesASuspectWithNoAgeAChildUnlessAReportGaveHimAnAdultsAge() {
        AlertEngine engine = new AlertEngine();
        engine.observe(school("BOY", "other", "1990-06-01")); // 12 in 2003
        engine.observe(grooming("YP-1", 10, child("C1", 14), suspect("BOY")));
        engine.observe(grooming("YP-2", 20, child("C2", 14), suspect("BOY")));
        assertThat(engine.alerts()).noneMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT);

        AlertEngine adult = new AlertEngine();
        adult.observe(school("ASH", "other", "1990-06-01")); // a wrong date of birth linked to him
        adult.observe(grooming("YP-0", 5, child("C0", 13), Fixtures.as("associate", "ASH", 30)));
        adult.observe(grooming("YP-1", 10, child("C1", 14), suspect("ASH")));
        adult.observe(grooming("YP-2", 20, child("C2", 14), suspect("ASH")));
        assertThat(Fixtures.only(adult, AlertKind.REPEAT_SUSPECT).persons()).extracting(AlertPerson::person)
                .contains("ASH");

        AlertEngine stated = new AlertEngine();
        stated.observe(school("ASH", "other", "1990-06-01"));
        stated.observe(grooming("YP-1", 10, child("C1", 14), Fixtures.as("suspect", "ASH", 25)));
        stated.observe(grooming("YP-2", 20, child("C2", 14), Fixtures.as("suspect", "ASH", 25)));
        assertThat(Fixtures.only(stated, AlertKind.REPEAT_SUSPECT).persons()).extracting(AlertPerson::person)
                .contains("ASH");
    }
}
