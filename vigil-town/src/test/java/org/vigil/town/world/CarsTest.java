package org.vigil.town.world;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CarsTest {
    private final Cars cars = new Cars('Y');

    @Test
    void usesTheYearLetterBeforeSeptember2001AndTheAgeIdentifierAfter() {
        assertThat(cars.registration(Dice.of(1), Calendar.day(1997, 9, 1))).matches("R\\d{1,3} [A-Z]{3}");
        assertThat(cars.registration(Dice.of(1), Calendar.day(2001, 4, 1))).matches("Y\\d{1,3} [A-Z]{3}");
        assertThat(cars.registration(Dice.of(1), Calendar.day(2001, 10, 1))).matches("[A-Z]{2}51 [A-Z]{3}");
        assertThat(cars.registration(Dice.of(1), Calendar.day(2003, 5, 1))).matches("[A-Z]{2}03 [A-Z]{3}");
        assertThat(cars.registration(Dice.of(1), Calendar.day(2004, 1, 10))).matches("[A-Z]{2}53 [A-Z]{3}");
    }

    /** Neither format uses I, Q or Z among its letters here. */
    @Property
    void everyRegistrationHasAFormatOfItsDay(@ForAll long seed, @ForAll @IntRange(min = 6900, max = 16100) int day) {
        assertThat(cars.registration(Dice.of(seed), day))
                .matches("[A-HJ-PR-Y]\\d{1,3} [A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{2}\\d{2} [A-HJ-PR-Y]{3}");
    }
}
