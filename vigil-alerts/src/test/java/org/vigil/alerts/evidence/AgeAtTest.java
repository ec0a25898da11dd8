package org.vigil.alerts.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AgeAtTest {
    private static final long IN_2005 = Instant.parse("2005-06-01T12:00:00Z").getEpochSecond();

    @Test
    void aDateOfBirthOnRecordMakesAChildOfAReportThatSaysEighteen() {
        assertThat(AgeAt.childOnRecord(OptionalInt.of(18), "1992-02-22", IN_2005)).hasValue(13);
        assertThat(AgeAt.childOnRecord(OptionalInt.empty(), "1992", IN_2005)).hasValue(12);
    }

    @Test
    void aSuspectWithNoAgeIsAsOldAsHisDateOfBirthOnRecordUnlessHeWasRecordedAsAnAdult() {
        assertThat(AgeAt.suspectOnRecord(OptionalInt.empty(), "1989-02-22", false, IN_2005)).hasValue(16);
        assertThat(AgeAt.suspectOnRecord(OptionalInt.empty(), "1989-02-22", true, IN_2005)).isEmpty();
        assertThat(AgeAt.suspectOnRecord(OptionalInt.of(30), "1989-02-22", false, IN_2005)).hasValue(30);
        assertThat(AgeAt.suspectOnRecord(OptionalInt.empty(), null, false, IN_2005)).isEmpty();
    }

    @Test
    void aDateOfBirthOnRecordNeverMakesAnAdultOfAChildNorChangesAnAdultsAge() {
        assertThat(AgeAt.childOnRecord(OptionalInt.of(15), "1970-01-01", IN_2005)).hasValue(15);
        assertThat(AgeAt.childOnRecord(OptionalInt.of(30), "1970-01-01", IN_2005)).hasValue(30);
        assertThat(AgeAt.childOnRecord(OptionalInt.empty(), null, IN_2005)).isEmpty();
    }

    @Test
    void theYoungestOfTwoDatesOfBirthIsTheLaterAndTheMorePreciseOfOneYear() {
        assertThat(AgeAt.youngest("1990-03-20", "1992")).isEqualTo("1992");
        assertThat(AgeAt.youngest("1992", "1992-02-22")).isEqualTo("1992-02-22");
        assertThat(AgeAt.youngest(null, "1992")).isEqualTo("1992");
        assertThat(AgeAt.youngest("1992", null)).isEqualTo("1992");
    }

    private static long at(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    /** A girl "born 1985" named in July 2003 may be 17: where being a child protects her, she is taken as one. */
    @Test
    void aPartialDateOfBirthGivesThePersonTheBenefitOfTheDoubtAboutBeingAChild() {
        long july2003 = at("2003-07-14T10:00:00Z");
        assertThat(AgeAt.estimate(OptionalInt.empty(), "1985", july2003)).hasValue(18);
        assertThat(AgeAt.youngest(OptionalInt.empty(), "1985", july2003)).hasValue(17);
        assertThat(AgeAt.youngest(OptionalInt.empty(), "1985-06", july2003)).hasValue(18);
        assertThat(AgeAt.youngest(OptionalInt.empty(), "1985-08", july2003)).hasValue(17);
        assertThat(AgeAt.youngest(OptionalInt.empty(), "1985-07-15", july2003)).hasValue(17);
        assertThat(AgeAt.youngest(OptionalInt.of(19), "1985", july2003)).as("a stated age stands").hasValue(19);
        assertThat(AgeAt.childOnRecord(OptionalInt.of(18), "1985", july2003)).hasValue(17);
    }

    /** An age turns on the birthday itself: not a day early after 29 February, nor late at the end of a month. */
    @Test
    void anAgeFromADateOfBirthTurnsOnTheBirthdayItself() {
        assertThat(AgeAt.estimate(OptionalInt.empty(), "1994-05-31", at("2012-05-29T10:00:00Z"))).hasValue(17);
        assertThat(AgeAt.estimate(OptionalInt.empty(), "1994-05-31", at("2012-05-31T10:00:00Z"))).hasValue(18);
        assertThat(AgeAt.estimate(OptionalInt.empty(), "2000-03-01", at("2013-03-01T00:00:00Z"))).hasValue(13);
        assertThat(AgeAt.estimate(OptionalInt.empty(), "2000-03-01", at("2013-02-28T23:59:59Z"))).hasValue(12);
        assertThat(AgeAt.estimate(OptionalInt.empty(), "2000-02-29", at("2013-02-28T12:00:00Z"))).hasValue(12);
        assertThat(AgeAt.estimate(OptionalInt.empty(), "2000-02-29", at("2013-03-01T12:00:00Z"))).hasValue(13);
        assertThat(AgeAt.estimate(OptionalInt.empty(), "2013-04", at("2013-03-01T12:00:00Z"))).isEmpty();
        assertThat(AgeAt.estimate(OptionalInt.of(9), "2000-02-29", at("2013-03-01T12:00:00Z"))).as("a stated age stands")
                .hasValue(9);
    }
}
