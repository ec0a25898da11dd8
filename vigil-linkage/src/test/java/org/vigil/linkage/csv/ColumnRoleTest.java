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

    @Property(tries = 2000)
    void normalisesAsTheRegularExpressionDid(@ForAll String header) {
        assertThat(ColumnRole.normalise(header))
                .isEqualTo(header.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
}
