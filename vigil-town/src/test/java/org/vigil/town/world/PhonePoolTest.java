package org.vigil.town.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhonePoolTest {
    /** Ofcom's ranges for TV and radio drama. */
    private static final String DRAMA = "07700900\\d{3}|01[1-6]\\d4960\\d{3}|01[1-5]14960\\d{3}|0121496\\d{4}"
            + "|02079460\\d{3}|01914980\\d{3}|02896496\\d{3}|02920180\\d{3}|01632960\\d{3}";

    @Test
    void handsOutMobilesFirstAndNeverRepeatsUntilThePoolIsUsedUp() {
        PhonePool pool = new PhonePool(Dice.of(3));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < PhonePool.size(); i++) {
            Phone phone = pool.next();
            assertThat(phone.digits()).matches(DRAMA);
            assertThat(phone.mobile()).isEqualTo(i < 1000);
            assertThat(seen.add(phone.digits())).as("number %d: %s", i, phone.digits()).isTrue();
        }
        assertThat(seen.contains(pool.next().digits())).isTrue();
    }
}
