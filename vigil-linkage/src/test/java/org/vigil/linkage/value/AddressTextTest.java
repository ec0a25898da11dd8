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

    @Test
    void aFlatIsTheSameFlatWithOrWithoutACommaAndDiffersFromItsNeighbours() {
        AddressText.Parts comma = AddressText.split("Flat 3, 70 Westgate, Rotherham, S60 1AA");
        AddressText.Parts none = AddressText.split("Flat 3 70 Westgate, S60 1AA");
        AddressText.Parts apt = AddressText.split("Apt 3, 70 Westgate");
        assertThat(comma).isEqualTo(new AddressText.Parts("3/70", "westgate", "rotherham", Postcode.parse("S60 1AA")));
        assertThat(none.houseNumber()).isEqualTo("3/70");
        assertThat(none.street()).isEqualTo("westgate");
        assertThat(none.locality()).isNull();
        assertThat(apt.houseNumber()).isEqualTo("3/70");
        assertThat(AddressText.split("Flat 5, 70 Westgate").houseNumber()).isEqualTo("5/70");
        assertThat(AddressText.split("Flat 3, Rose Court").street()).isEqualTo("flat 3"); // no building number
    }
}
