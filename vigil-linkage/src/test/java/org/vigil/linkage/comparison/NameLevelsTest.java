package org.vigil.linkage.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.linkage.comparison.Tables.level;
import static org.vigil.linkage.comparison.Tables.person;

import org.junit.jupiter.api.Test;
import org.vigil.linkage.table.Field;

class NameLevelsTest {
    private final Comparison given = Comparisons.name(Field.GIVEN_NAME);
    private final Comparison surname = Comparisons.name(Field.SURNAME);

    @Test
    void givenNameLevels() {
        assertThat(level(given, person("a").name("ASHRAF KHAN").build(), person("b").name("Ashraf K.").build())).isEqualTo("exact");
        assertThat(level(given, person("a").name("Ash").build(), person("b").name("Ashraf Khan").build())).isEqualTo("nickname");
        assertThat(level(given, person("a").name("Bill Rowe").build(), person("b").name("William Rowe").build())).isEqualTo("nickname");
        assertThat(level(given, person("a").givenName("michaela").build(), person("b").givenName("micheala").build()))
                .isEqualTo("jaro_winkler_0.92");
        assertThat(level(given, person("a").givenName("J").build(), person("b").givenName("Jordan").build())).isEqualTo("initial");
        assertThat(level(given, person("a").givenName("jordan").build(), person("b").givenName("kayleigh").build())).isEqualTo("else");
        assertThat(level(given, person("a").build(), person("b").givenName("kayleigh").build())).isEqualTo("null");
    }

    @Test
    void surnameLevelsIncludeInitialsAndSwaps() {
        assertThat(level(surname, person("a").name("Ashraf K.").build(), person("b").name("Ashraf Khan").build())).isEqualTo("initial");
        assertThat(level(surname, person("a").givenName("huxley").surname("claudia").build(),
                person("b").givenName("claudia").surname("huxley").build())).isEqualTo("swapped");
        assertThat(level(surname, person("a").surname("ever ett").build(), person("b").surname("everett").build())).isEqualTo("exact");
        assertThat(level(surname, person("a").surname("smyth").build(), person("b").surname("smith").build()))
                .isIn("phonetic", "jaro_winkler_0.8", "jaro_winkler_0.92");
    }

    @Test
    void anAliasCountsAsWellAsTheMainName() {
        assertThat(level(given, person("a").name("Kayleigh Marsh").alias("Kay").build(), person("b").name("Kay Marsh").build()))
                .isEqualTo("exact");
    }
}
