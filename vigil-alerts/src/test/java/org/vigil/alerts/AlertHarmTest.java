package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class AlertHarmTest {

    /** A total is written with two decimals as the formatter writes the rounded double. */
    @Property(tries = 5000)
    void writesTwoPlacesAsTheFormatterDoes(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long hundredths) {
        assertThat(AlertHarm.twoPlaces(hundredths)).isEqualTo(String.format(Locale.UK, "%.2f", hundredths / 100.0));
    }
}
