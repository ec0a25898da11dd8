package org.vigil.linkage.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Header recognition: which role a header names, ignoring case and everything but letters and digits. */
class ColumnRoleTest {

    @Test
    void recognisesHeadersWhateverTheirCaseAndPunctuation() {
        assertThat(ColumnRole.recognise(" Given-Name ")).isEqualTo(ColumnRole.GIVEN_NAME);
        assertThat(ColumnRole.recognise("SOC_SEC_ID")).isEqualTo(ColumnRole.IDENTIFIER);
        assertThat(ColumnRole.recognise("Post Code")).isEqualTo(ColumnRole.POSTCODE);
        assertThat(ColumnRole.recognise("rec_id")).isNull();
        assertThat(ColumnRole.isForbidden("Ethnic-Group")).isTrue();
        assertThat(ColumnRole.isForbidden("given_name")).isFalse();
    }

    @Test
    void guessesTheRoleOfAHeaderNoAliasNamesFromItsWords() {
        assertThat(ColumnRole.guess("Mobile No.")).isEqualTo(ColumnRole.PHONE);
        assertThat(ColumnRole.guess("Home Tel")).isEqualTo(ColumnRole.PHONE);
        assertThat(ColumnRole.guess("contactPhoneNumber")).isEqualTo(ColumnRole.PHONE);
        assertThat(ColumnRole.guess("Date of Birth (dd/mm/yyyy)")).isEqualTo(ColumnRole.DATE_OF_BIRTH);
        assertThat(ColumnRole.guess("Client Surname")).isEqualTo(ColumnRole.SURNAME);
        assertThat(ColumnRole.guess("Child's First Name")).isEqualTo(ColumnRole.GIVEN_NAME);
        assertThat(ColumnRole.guess("Home Post Code")).isEqualTo(ColumnRole.POSTCODE);
        assertThat(ColumnRole.guess("Current Address Line 1")).isEqualTo(ColumnRole.ADDRESS_LINE);
        assertThat(ColumnRole.guess("Address 2")).isEqualTo(ColumnRole.ADDRESS_LINE_2);
        assertThat(ColumnRole.guess("Home Address")).isEqualTo(ColumnRole.ADDRESS);
        assertThat(ColumnRole.guess("Address 3")).isNull();
        assertThat(ColumnRole.guess("Address Line 4")).isNull();
        assertThat(ColumnRole.guess("E-mail (personal)")).isEqualTo(ColumnRole.EMAIL);
        assertThat(ColumnRole.guess("PNC ID")).isEqualTo(ColumnRole.IDENTIFIER);
        assertThat(ColumnRole.guess("Vehicle Reg")).isEqualTo(ColumnRole.VRM);
        assertThat(ColumnRole.guess("Client Name")).isEqualTo(ColumnRole.FULL_NAME);
        assertThat(ColumnRole.guess("Child's Name")).isEqualTo(ColumnRole.FULL_NAME);
        assertThat(ColumnRole.guess("Name of Child")).isEqualTo(ColumnRole.FULL_NAME);
        assertThat(ColumnRole.guess("Social Security Number")).isEqualTo(ColumnRole.IDENTIFIER);
        assertThat(ColumnRole.guess("National Insurance No")).isEqualTo(ColumnRole.IDENTIFIER);
        assertThat(ColumnRole.recognise("UPN")).isEqualTo(ColumnRole.IDENTIFIER);
        assertThat(ColumnRole.guess("Contact Number")).isEqualTo(ColumnRole.PHONE);
        assertThat(ColumnRole.recognise("YOB")).isEqualTo(ColumnRole.DATE_OF_BIRTH);
        assertThat(ColumnRole.guess("Street No")).isEqualTo(ColumnRole.STREET_NUMBER);
        assertThat(ColumnRole.guess("Flat/House No.")).isEqualTo(ColumnRole.STREET_NUMBER);
        assertThat(ColumnRole.guess("State/Province")).isEqualTo(ColumnRole.REGION);
        // A part of a name, or the name of a place or thing, is not the person's whole name.
        assertThat(ColumnRole.guess("Middle Name")).isNull();
        assertThat(ColumnRole.guess("Maiden Name")).isNull();
        assertThat(ColumnRole.guess("Practice Name")).isNull();
        assertThat(ColumnRole.guess("Name Ethnicity")).isNull();
        assertThat(ColumnRole.guess("Emergency Contact Number")).isNull();
        // About someone else, a protected characteristic, or nothing known.
        assertThat(ColumnRole.guess("Mother's Mobile")).isNull();
        assertThat(ColumnRole.guess("School Postcode")).isNull();
        assertThat(ColumnRole.guess("Ethnic Group")).isNull();
        assertThat(ColumnRole.guess("Case notes")).isNull();
        assertThat(ColumnRole.guess("rec_id")).isNull();
        assertThat(ColumnRole.guess("voter_reg_num")).isNull();
        assertThat(ColumnRole.guess("register_date")).isNull();
        assertThat(ColumnRole.guess("full_phone_num")).isEqualTo(ColumnRole.PHONE);
        assertThat(ColumnRole.isForbidden("ethnic")).isTrue();
    }

    @Property(tries = 2000)
    void normalisesAsTheRegularExpressionDid(@ForAll String header) {
        assertThat(ColumnRole.normalise(header))
                .isEqualTo(header.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
}
