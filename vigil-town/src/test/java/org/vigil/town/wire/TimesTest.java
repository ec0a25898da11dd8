package org.vigil.town.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimesTest {
    @Test
    void writesUtcAndUkLocalTimeWithItsOffset() {
        long summer = Instant.parse("2003-07-14T16:20:00Z").getEpochSecond();
        long winter = Instant.parse("2003-01-14T16:20:00Z").getEpochSecond();
        assertThat(Times.utc(summer)).isEqualTo("2003-07-14T16:20:00Z");
        assertThat(Times.local(summer)).isEqualTo("2003-07-14T17:20:00+01:00");
        assertThat(Times.local(winter)).isEqualTo("2003-01-14T16:20:00+00:00");
    }

    @Property
    void bothFormsNameTheSameInstant(@ForAll @LongRange(min = 852076800L, max = 1483228799L) long second) {
        assertThat(Instant.parse(Times.utc(second)).getEpochSecond()).isEqualTo(second);
        assertThat(OffsetDateTime.parse(Times.local(second)).toEpochSecond()).isEqualTo(second);
    }
}
