package org.vigil.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhonesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "07700 900461|07700900461",
        "+44 7700 900461|07700900461",
        "+44 (0)7700-900461|07700900461",
        "0044 7700 900461|07700900461",
        "447700900461|07700900461",
        "(0114) 496 0000|01144960000",
        "+33 1 23 45 67 89|+33123456789",
        "12 34|"})
    void bringsUkFormatsToOneNationalForm(String written, String expected) {
        assertThat(Phones.normalise(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"07700 900461|true", "+44 (0)7700-900461|true", "Ash|false", "R7?2 KLT|false",
        "123|false"})
    void tellsAPhoneFromOtherText(String text, boolean phone) {
        assertThat(Phones.looksLikePhone(text)).isEqualTo(phone);
    }
}
