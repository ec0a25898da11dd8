package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Property(tries = 2000)
    void aDateWrittenWithItsMonthInWordsIsTheSameDateInFigures(@ForAll @IntRange(min = -36500, max = 20000) int epochDay,
                                                               @ForAll @IntRange(min = 0, max = 5) int style) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        String pattern = new String[] {"d MMM yyyy", "dd-MMM-yyyy", "MMMM d, yyyy", "d MMMM yyyy", "MMM. d yyyy",
            "dd MMMM yyyy"}[style];
        String written = d.format(DateTimeFormatter.ofPattern(pattern, Locale.UK));
        assertThat(PartialDate.parse(written)).as(written).isEqualTo(PartialDate.parse(d.toString()));
        String monthYear = d.format(DateTimeFormatter.ofPattern(style % 2 == 0 ? "MMM yyyy" : "MMMM yyyy", Locale.UK));
        assertThat(PartialDate.parse(monthYear)).as(monthYear).isEqualTo(new PartialDate(d.getYear(), d.getMonthValue(), 0));
    }

    @Property(tries = 3000)
    void countsEpochDaysAndValidDatesAsLocalDateDoes(@ForAll @IntRange(min = 1, max = 2999) int year,
                                                    @ForAll @IntRange(min = 1, max = 12) int month,
                                                    @ForAll @IntRange(min = 0, max = 33) int day) {
        PartialDate d = new PartialDate(year, month, day);
        boolean real = day == 0 || day <= LocalDate.of(year, month, 1).lengthOfMonth();
        assertThat(d.isValid()).isEqualTo(real);
        if (real) {
            LocalDate first = LocalDate.of(year, month, day == 0 ? 1 : day);
            LocalDate last = day == 0 ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            assertThat(d.earliestEpochDay()).isEqualTo(first.toEpochDay());
            assertThat(d.latestEpochDay()).isEqualTo(last.toEpochDay());
        }
        assertThat(new PartialDate(year, 0, 0).latestEpochDay()).isEqualTo(LocalDate.of(year, 12, 31).toEpochDay());
    }

    @Test
    void readsTheMonthWrittenInWords() {
        assertThat(PartialDate.parse("1 Feb 1980")).isEqualTo(new PartialDate(1980, 2, 1));
        assertThat(PartialDate.parse("01-Feb-1980")).isEqualTo(new PartialDate(1980, 2, 1));
        assertThat(PartialDate.parse("3rd February 1975")).isEqualTo(new PartialDate(1975, 2, 3));
        assertThat(PartialDate.parse("February 3, 1975")).isEqualTo(new PartialDate(1975, 2, 3));
        assertThat(PartialDate.parse("Sept. 21 2001")).isEqualTo(new PartialDate(2001, 9, 21));
        assertThat(PartialDate.parse("May 1987")).isEqualTo(new PartialDate(1987, 5, 0));
        assertThat(PartialDate.parse("3 Smarch 1975")).isNull();
        assertThat(PartialDate.parse("Ma 1975")).isNull();
    }

    @Test
    void readsAMonthAndYearInFiguresAndTheMidnightASpreadsheetExportsADateWith() {
        assertThat(PartialDate.parse("04/1987")).isEqualTo(new PartialDate(1987, 4, 0));
        assertThat(PartialDate.parse("4.1987")).isEqualTo(new PartialDate(1987, 4, 0));
        assertThat(PartialDate.parse("03/04/1987 00:00")).isEqualTo(new PartialDate(1987, 4, 3));
        assertThat(PartialDate.parse("03/04/1987 00:00:00")).isEqualTo(new PartialDate(1987, 4, 3));
        assertThat(PartialDate.parse("03/04/1987 noonish")).isNull();
        assertThat(PartialDate.parse("04/87")).isNull();
        // A machine set to the US exports month first with a 12-hour midnight: read day first, as comparison forgives.
        assertThat(PartialDate.parse("4/3/1987 12:00:00 AM")).isEqualTo(new PartialDate(1987, 3, 4));
        assertThat(PartialDate.parse("12/13/1990 12:00 AM")).isEqualTo(new PartialDate(1990, 12, 13));
        assertThat(PartialDate.parse("19870403.0")).isEqualTo(new PartialDate(1987, 4, 3));
        assertThat(PartialDate.parse("1987.0")).isEqualTo(new PartialDate(1987, 0, 0));
        assertThat(PartialDate.parse(".0")).isNull();
    }

    @Test
    void readsFullPartialAndFebrlForms() {
        assertThat(PartialDate.parse("1987-05-02")).isEqualTo(new PartialDate(1987, 5, 2));
        assertThat(PartialDate.parse("1987-05")).isEqualTo(new PartialDate(1987, 5, 0));
        assertThat(PartialDate.parse("1987")).isEqualTo(new PartialDate(1987, 0, 0));
        assertThat(PartialDate.parse("19870502")).isEqualTo(new PartialDate(1987, 5, 2));
        assertThat(PartialDate.parse("02/05/1987")).isEqualTo(new PartialDate(1987, 5, 2));
        assertThat(PartialDate.parse("1857-00-01")).isEqualTo(new PartialDate(1857, 0, 0));
    }

    @Test
    void readsASlashedDateMonthFirstOnlyWhenDayFirstCannotBeRight() {
        assertThat(PartialDate.parse("12/13/1990")).isEqualTo(new PartialDate(1990, 12, 13));
        assertThat(PartialDate.parse("3/31/2001")).isEqualTo(new PartialDate(2001, 3, 31));
        assertThat(PartialDate.parse("12/11/1990")).isEqualTo(new PartialDate(1990, 11, 12));
        assertThat(PartialDate.parse("31/13/1990")).isEqualTo(new PartialDate(1990, 13, 31));
    }

    @Test
    void rejectsTextThatHoldsNoDate() {
        assertThat(PartialDate.parse("")).isNull();
        assertThat(PartialDate.parse("unknown")).isNull();
        assertThat(PartialDate.parse("0000")).isNull();
    }

    @Test
    void keepsMistypedComponentsButKnowsTheyAreInvalid() {
        PartialDate d = PartialDate.parse("19571233");
        assertThat(d).isEqualTo(new PartialDate(1957, 12, 33));
        assertThat(d.isValid()).isFalse();
        assertThat(PartialDate.parse("1987-02-29").isValid()).isFalse();
        assertThat(PartialDate.parse("1988-02-29").isValid()).isTrue();
    }

    @Test
    void partialDatesAreCompatibleWithTheirCompletions() {
        assertThat(PartialDate.parse("1987-05").isCompatibleWith(PartialDate.parse("1987-05-02"))).isTrue();
        assertThat(PartialDate.parse("1987").isCompatibleWith(PartialDate.parse("1987-11-30"))).isTrue();
        assertThat(PartialDate.parse("1987-06").isCompatibleWith(PartialDate.parse("1987-05-02"))).isFalse();
    }

    @Test
    void printsInIsoForm() {
        assertThat(PartialDate.parse("19870502")).hasToString("1987-05-02");
        assertThat(PartialDate.parse("1987-5")).hasToString("1987-05");
    }

    @Property
    void packingRoundTrips(@ForAll @IntRange(min = 1, max = 9999) int y, @ForAll @IntRange(max = 12) int m,
                           @ForAll @IntRange(max = 31) int d) {
        PartialDate date = new PartialDate(y, m, m == 0 ? 0 : d);
        assertThat(PartialDate.unpack(date.packed())).isEqualTo(date);
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }
}
