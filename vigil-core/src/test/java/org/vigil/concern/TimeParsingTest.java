package org.vigil.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A record's time reads as the ISO formatters read it, whether or not it is in the form read without them
 * ({@code 2003-07-14T16:20:00Z}): the same time and offset, or a failure where they fail. The times are drawn near
 * that form, with fields out of range (a 30th of February, hour 24, second 60), other separators and offsets.
 */
class TimeParsingTest {
    /** The reference: what {@code Fields} did before it read the common form itself. */
    private static final DateTimeFormatter BASIC = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z").toFormatter()
            .withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    private static OffsetDateTime byFormatters(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException extended) {
            return OffsetDateTime.parse(text, BASIC);
        }
    }

    @Property(tries = 3000)
    void readsEveryTimeAsTheFormattersDo(@ForAll("nearlyCommonTimes") String text) {
        OffsetDateTime expected;
        try {
            expected = byFormatters(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> Fields.parseTime(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        OffsetDateTime read = Fields.parseTime(text);
        assertThat(read).as(text).isEqualTo(expected);
        assertThat(read.getOffset()).as(text).isSameAs(expected.getOffset());
    }

    @Provide
    Arbitrary<String> nearlyCommonTimes() {
        Arbitrary<String> year = Arbitraries.of("1900", "1997", "2000", "2004", "2026", "2199", "0000", "19x7", "203");
        Arbitrary<String> twoDigits = Arbitraries.integers().between(0, 63).map(n -> String.format("%02d", n));
        Arbitrary<String> dateSep = Arbitraries.of("-", "-", "-", "/");
        Arbitrary<String> t = Arbitraries.of("T", "T", "T", "t", " ");
        Arbitrary<String> zone = Arbitraries.of("Z", "Z", "Z", "z", "+01:00", "+0100", "-05:30", "", "+00:00");
        Arbitrary<String> date = Combinators.combine(year, dateSep, twoDigits, twoDigits)
                .as((y, s, mo, d) -> y + s + mo + s + d);
        Arbitrary<String> time = Combinators.combine(twoDigits, twoDigits, Arbitraries.of(":", ":", ":", "."), twoDigits)
                .as((h, mi, c, sec) -> h + ":" + mi + c + sec);
        return Combinators.combine(date, t, time, zone).as((d, tt, tm, z) -> d + tt + tm + z);
    }
}
