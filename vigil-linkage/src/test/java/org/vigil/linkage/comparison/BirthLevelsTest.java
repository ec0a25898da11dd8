package org.vigil.linkage.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.linkage.comparison.Tables.level;
import static org.vigil.linkage.comparison.Tables.person;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.table.PersonRecord;

class BirthLevelsTest {
    private final Comparison birth = Comparisons.birth();

    @Test
    void datesOfBirth() {
        assertThat(level(birth, person("a").born("1987-05-02").build(), person("b").born("19870502").build())).isEqualTo("exact");
        assertThat(level(birth, person("a").born("1987-05").build(), person("b").born("1987-05-02").build())).isEqualTo("partial_agree");
        assertThat(level(birth, person("a").born("1987-02-05").build(), person("b").born("1987-05-02").build()))
                .isEqualTo("day_month_swapped");
        assertThat(level(birth, person("a").born("1987-05-12").build(), person("b").born("1987-05-02").build())).isEqualTo("one_digit");
        assertThat(level(birth, person("a").born("1978-05-02").build(), person("b").born("1987-05-02").build())).isEqualTo("one_digit");
        assertThat(level(birth, person("a").born("1987").build(), person("b").born("1987-05-02").build())).isEqualTo("year_agree");
        assertThat(level(birth, person("a").born("1988-01-20").build(), person("b").born("1987-05-02").build())).isEqualTo("within_2_years");
        assertThat(level(birth, person("a").born("1990-01-20").build(), person("b").born("1987-05-02").build())).isEqualTo("else");
        assertThat(level(birth, person("a").build(), person("b").born("1987-05-02").build())).isEqualTo("null");
    }

    @Test
    void anAgeIsCheckedAgainstADateOfBirthAtTheRecordsDate() {
        LocalDate report = LocalDate.of(2003, 7, 14);
        assertThat(level(birth, person("a").age(27, report).build(), person("b").born("1976-03-01").build())).isEqualTo("age_consistent");
        assertThat(level(birth, person("a").age(27, report).build(), person("b").born("1973-03-01").build())).isEqualTo("age_close");
        // A foster carer of 45 and a child born in 1993 contradict.
        assertThat(level(birth, person("a").age(45, report).build(), person("b").born("1993-03-01").build())).isEqualTo("else");
        assertThat(level(birth, person("a").age(14, report).build(), person("b").age(16, LocalDate.of(2005, 1, 10)).build()))
                .isEqualTo("age_consistent");
    }

    @Test
    void anAdultKnownOnlyByATitleContradictsAChildAndIsNoEvidenceForAnAdult() {
        LocalDate report = LocalDate.of(1999, 5, 24);
        PersonRecord mrsHill = person("a").referenceDate(report).adult().build();
        assertThat(level(birth, mrsHill, person("b").age(4, LocalDate.of(1999, 6, 6)).build())).isEqualTo("else");
        assertThat(level(birth, mrsHill, person("b").born("1995-02").build())).isEqualTo("else");
        // A girl who is 4 ten years later was not born when "Mrs Hill" was written of.
        assertThat(level(birth, mrsHill, person("b").age(4, LocalDate.of(2009, 6, 6)).build())).isEqualTo("else");
        assertThat(level(birth, mrsHill, person("b").age(17, report).build())).isEqualTo("null");
        assertThat(level(birth, mrsHill, person("b").age(34, report).build())).isEqualTo("null");
        assertThat(level(birth, mrsHill, person("b").born("1962-06-05").build())).isEqualTo("null");
        assertThat(level(birth, mrsHill, person("b").referenceDate(report).adult().build())).isEqualTo("null");
        assertThat(level(birth, mrsHill, person("b").build())).isEqualTo("null");
    }

    @Test
    void statedAgesReadAsEstimatesAreCloseWithinAShareOfTheOlderAgeAndDatesStayExact() {
        Comparison estimates = Comparisons.birth(0.3);
        LocalDate report = LocalDate.of(2003, 7, 14);
        PersonRecord about32 = person("a").age(32, report).build();
        PersonRecord about44 = person("b").age(44, report).build();
        assertThat(level(birth, about32, about44)).isEqualTo("else");
        assertThat(level(estimates, about32, about44)).isEqualTo("age_close");
        // A child of 14 and a carer of 30 still contradict: 30% of 30 is 9 years.
        assertThat(level(estimates, person("a").age(14, report).build(), person("b").age(30, report).build())).isEqualTo("else");
        // Dates of birth are recorded, not estimated.
        assertThat(level(estimates, person("a").born("1960-01-20").build(), person("b").born("1971-05-02").build()))
                .isEqualTo("else");
    }

    @Test
    void withDistinctFullDatesTwoFullDatesNotOneWrittenWronglyContradictAndPartialDatesStayClose() {
        Comparison distinct = Comparisons.birth(0.3, true);
        PersonRecord born1994 = person("b").born("1994-04-18").build();
        assertThat(level(birth, person("a").born("1992-08-14").build(), born1994)).isEqualTo("within_2_years");
        assertThat(level(distinct, person("a").born("1992-08-14").build(), born1994)).isEqualTo("else");
        assertThat(level(distinct, person("a").born("1994-08-14").build(), born1994)).as("same year").isEqualTo("else");
        // A date written wrongly is still one date.
        assertThat(level(distinct, person("a").born("1994-18-04").build(), born1994)).isEqualTo("day_month_swapped");
        assertThat(level(distinct, person("a").born("1995-04-18").build(), born1994)).isEqualTo("one_digit");
        // A year alone is not a full date: it may be a guess.
        assertThat(level(distinct, person("a").born("1993").build(), born1994)).isEqualTo("within_2_years");
        assertThat(Comparisons.fromSpec(distinct.spec()).spec()).isEqualTo(distinct.spec());
    }


    void oneDigitApartIsSymmetricAndTrueForEachSingleDigitChange(@ForAll @IntRange(min = 10_000_000, max = 99_999_999) int a,
                                                                  @ForAll @IntRange(max = 7) int position,
                                                                  @ForAll @IntRange(max = 9) int digit) {
        int p = (int) Math.pow(10, position);
        int old = a / p % 10;
        int b = a + (digit - old) * p;
        if (b >= 10_000_000 && b != a) {
            assertThat(BirthLevels.oneDigitApart(a, b)).isTrue();
            assertThat(BirthLevels.oneDigitApart(b, a)).isTrue();
        }
    }

    @Test
    void oneDigitApartAcceptsOneAdjacentTranspositionOnly() {
        assertThat(BirthLevels.oneDigitApart(19870502, 19780502)).isTrue();
        assertThat(BirthLevels.oneDigitApart(19870502, 19870520)).isTrue();
        assertThat(BirthLevels.oneDigitApart(19870502, 19870205)).isFalse();
        assertThat(BirthLevels.oneDigitApart(19870502, 19960502)).isFalse();
    }
}
