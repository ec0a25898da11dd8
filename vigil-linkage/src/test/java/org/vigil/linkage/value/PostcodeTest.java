package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodeTest {

    @Test
    void ukPostcodesGetOneSpaceAndTheirParts() {
        Postcode p = Postcode.parse(" s611ap ");
        assertThat(p.text()).isEqualTo("S61 1AP");
        assertThat(p.uk()).isTrue();
        assertThat(p.outward()).isEqualTo("S61");
        assertThat(p.sector()).isEqualTo("S61 1");
        assertThat(Postcode.parse("SW1Y 5EW").outward()).isEqualTo("SW1Y");
    }

    @Test
    void anOutwardCodeAloneIsAPartialUkPostcode() {
        Postcode p = Postcode.parse("S61");
        assertThat(p.uk()).isTrue();
        assertThat(p.isComplete()).isFalse();
        assertThat(p.sector()).isNull();
    }

    @Test
    void otherCountriesCodesAreKeptAsWritten() {
        Postcode p = Postcode.parse("4223");
        assertThat(p.uk()).isFalse();
        assertThat(p.text()).isEqualTo("4223");
        assertThat(Postcode.parse(" - ")).isNull();
    }
}
