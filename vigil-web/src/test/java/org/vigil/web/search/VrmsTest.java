package org.vigil.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VrmsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"R7?2 KLT|R7?2KLT", "r742klt|R742KLT", " ab-12 cde |AB12CDE"})
    void ignoresSpacesAndCase(String written, String expected) {
        assertThat(Vrms.normalise(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"R7?2 KLT|true", "AB12 CDE|true", "R7*|true", "Ashley|false",
        "Ashley Quenby|false", "07700 900461|false", "12345678901|false"})
    void tellsARegistrationFromOtherText(String text, boolean vrm) {
        assertThat(Vrms.looksLikeVrm(text) && text.chars().anyMatch(c -> Character.isDigit(c) || c == '?' || c == '*'))
                .isEqualTo(vrm);
    }
}
