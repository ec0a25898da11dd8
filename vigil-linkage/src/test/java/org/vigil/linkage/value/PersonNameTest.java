package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void splitsTheWaysANameIsWritten() {
        assertThat(PersonName.parse("ASHRAF KHAN")).isEqualTo(new PersonName("ashraf", null, "khan"));
        assertThat(PersonName.parse("Ashraf K.")).isEqualTo(new PersonName("ashraf", null, "k"));
        assertThat(PersonName.parse("Khan, Ashraf")).isEqualTo(new PersonName("ashraf", null, "khan"));
        assertThat(PersonName.parse("Ash")).isEqualTo(new PersonName("ash", null, null));
        assertThat(PersonName.parse("Ash, 27, silver Astra R7?2 KLT")).isEqualTo(new PersonName("ash", null, null));
        assertThat(PersonName.parse("Mary Jane Smith")).isEqualTo(new PersonName("mary", "jane", "smith"));
        assertThat(PersonName.parse("Dr Zoë O'Brien")).isEqualTo(new PersonName("zoe", null, "obrien"));
        assertThat(PersonName.parse("  ")).isNull();
    }
}
