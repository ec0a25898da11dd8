package org.vigil.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Property
    void writesWhatItParsesAsTheSpecWritesIt(@ForAll @IntRange(min = 1, max = 9999) int year,
                                             @ForAll @IntRange(min = 0, max = 12) int month,
                                             @ForAll @IntRange(min = 0, max = 28) int day) {
        PartialDate date = new PartialDate(year, month, month == 0 ? 0 : day);
        String expected = month == 0 ? String.format(Locale.ROOT, "%04d", year)
                : date.day() == 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, date.day());
        assertThat(date.toString()).isEqualTo(expected);
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }

    @Test
    void writesAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(new PartialDate(1987, 5, 2)).hasToString("1987-05-02");
            assertThat(new PartialDate(987, 0, 0)).hasToString("0987");
        } finally {
            Locale.setDefault(before);
        }
    }
}
