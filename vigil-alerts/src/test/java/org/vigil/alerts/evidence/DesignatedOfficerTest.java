package org.vigil.alerts.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesignatedOfficerTest {

    @Test
    void isTheDesignatedOfficerWrittenAsAnAgencyOrAnAuthorsRole() {
        assertThat(DesignatedOfficer.is("Local Authority Designated Officer")).isTrue();
        assertThat(DesignatedOfficer.is("LADO")).isTrue();
        assertThat(DesignatedOfficer.is("Calderby LADO service")).isTrue();
        assertThat(DesignatedOfficer.is("allegations (LADO)")).isTrue();
    }

    @Test
    void isNotAnotherSafeguardingRoleOrAWordThatHoldsTheLetters() {
        assertThat(DesignatedOfficer.is("Calderby Police")).isFalse();
        assertThat(DesignatedOfficer.is("designated safeguarding lead")).isFalse();
        assertThat(DesignatedOfficer.is("Ladowski Youth Club")).isFalse();
        assertThat(DesignatedOfficer.is("Eldorado Taxis")).isFalse();
        assertThat(DesignatedOfficer.is("")).isFalse();
    }
}
