package org.vigil.town.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.vigil.town.world.Dice;

class MisspellingsTest {
    @Property
    void aMisspellingDiffersFromTheNameButKeepsItsCapital(@ForAll @AlphaChars @StringLength(min = 2, max = 14) String raw,
            @ForAll long seed) {
        String name = Character.toUpperCase(raw.charAt(0)) + raw.substring(1).toLowerCase(java.util.Locale.ROOT);
        String spelled = Misspellings.misspell(name, Dice.of(seed));
        assertThat(spelled).isNotEqualToIgnoringCase(name);
        assertThat(Character.isUpperCase(spelled.charAt(0))).isTrue();
    }

    @Property
    void nicknamesAreNeverBlank(@ForAll long seed) {
        Dice dice = Dice.of(seed);
        String given = NameBook.given(dice.chance(0.5) ? 'F' : 'M', dice);
        assertThat(Nicknames.nickname(given, dice.chance(0.5), dice)).isNotBlank();
    }
}
