package org.vigil.harm.policeuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LsoaTest {

    @ParameterizedTest
    @CsvSource({
            "Rotherham 012A, Rotherham",
            "Barnsley 001A, Barnsley",
            "East Riding of Yorkshire 041C, East Riding of Yorkshire",
            "Kingston upon Hull 003B, Kingston upon Hull",
            "Somewhere odd, Somewhere odd",
            "Sheffield, Sheffield"})
    void localAuthorityIsTheNameBeforeTheFinalCode(String name, String authority) {
        assertThat(new Lsoa("E01000000", name).localAuthority()).isEqualTo(authority);
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> new Lsoa("E01007434", " ")).hasMessageContaining("E01007434");
    }
}
