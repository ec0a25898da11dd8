package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTextTest {

    @Test
    void spellsOutCommonStreetAbbreviations() {
        assertThat(AddressText.normalise("14 Ferham Rd.")).isEqualTo("14 ferham road");
        assertThat(AddressText.normalise("Wallaby Pl")).isEqualTo("wallaby place");
    }

    @Test
    void splitsAFreeTextAddressIntoHouseNumberStreetLocalityAndPostcode() {
        AddressText.Parts p = AddressText.split("14 Ferham Rd, Rotherham S61 1AP");
        assertThat(p.houseNumber()).isEqualTo("14");
        assertThat(p.street()).isEqualTo("ferham road");
        assertThat(p.locality()).isEqualTo("rotherham");
        assertThat(p.postcode().text()).isEqualTo("S61 1AP");
        AddressText.Parts q = AddressText.split("Wellgate, S60 2LR");
        assertThat(q.houseNumber()).isNull();
        assertThat(q.street()).isEqualTo("wellgate");
        assertThat(q.postcode().text()).isEqualTo("S60 2LR");
    }
}
