package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void ukNumbersWrittenDifferentlyAreOneNumber() {
        PhoneNumber expected = PhoneNumber.parse("07700 900461");
        assertThat(expected.digits()).isEqualTo("07700900461");
        assertThat(PhoneNumber.parse("+44 7700 900461")).isEqualTo(expected);
        assertThat(PhoneNumber.parse("(07700)900461")).isEqualTo(expected);
        assertThat(PhoneNumber.parse("0044 7700 900461")).isEqualTo(expected);
        assertThat(PhoneNumber.parse("447700900461")).isEqualTo(expected); // the "+" left off
        assertThat(PhoneNumber.parse("+44 (0)7700 900461")).isEqualTo(expected);
        assertThat(PhoneNumber.parse("07700-900-461")).isEqualTo(expected);
    }

    @Test
    void whatASpreadsheetDoesToANumberIsUndone() {
        PhoneNumber expected = PhoneNumber.parse("07759 659513");
        assertThat(PhoneNumber.parse("7759659513")).as("a number column drops the 0").isEqualTo(expected);
        assertThat(PhoneNumber.parse("7.759659513E+09")).as("and may write it so").isEqualTo(expected);
        assertThat(PhoneNumber.parse("7.76E+09")).as("digits the notation lost").isNull();
        assertThat(PhoneNumber.parse("1144960000").digits()).isEqualTo("01144960000");
        assertThat(PhoneNumber.parse("+1 718 555 0134").digits()).as("a + keeps its country").isEqualTo("+17185550134");
    }

    @Test
    void anExtensionIsNotPartOfTheNumber() {
        PhoneNumber expected = PhoneNumber.parse("0114 496 0734");
        assertThat(PhoneNumber.parse("0114 496 0734 ext 2")).isEqualTo(expected);
        assertThat(PhoneNumber.parse("0114 496 0734 ext. 204")).isEqualTo(expected);
        assertThat(PhoneNumber.parse("01144960734x2")).isEqualTo(expected);
        assertThat(PhoneNumber.parse("0114 496 0734 Extension 12")).isEqualTo(expected);
        assertThat(PhoneNumber.parse("Mob x 07700900461")).as("an x before the number is no extension")
                .isEqualTo(PhoneNumber.parse("07700900461"));
    }

    @Test
    void aFormsFillerIsNoNumber() {
        assertThat(PhoneNumber.parse("07000 000000")).isNull();
        assertThat(PhoneNumber.parse("07777777777")).isNull();
        assertThat(PhoneNumber.parse("00000000000")).isNull();
        assertThat(PhoneNumber.parse("01234 567890")).isNull();
        assertThat(PhoneNumber.parse("07700 900000")).isNotNull(); // a real number may end in zeros
        assertThat(PhoneNumber.parse("0114 496 0000")).isNotNull();
    }

    @Test
    void otherCountriesKeepTheirCountryCode() {
        assertThat(PhoneNumber.parse("+61 7 5965 9513").digits()).isEqualTo("+61759659513");
        assertThat(PhoneNumber.parse("07 59659513").digits()).isEqualTo("0759659513");
    }

    @Test
    void tooFewDigitsIsNoNumber() {
        assertThat(PhoneNumber.parse("999")).isNull();
        assertThat(PhoneNumber.parse("call me")).isNull();
    }

    @Property
    void normalisationIsIdempotent(@ForAll @StringLength(max = 24) String text) {
        PhoneNumber once = PhoneNumber.parse(text);
        if (once != null) {
            assertThat(PhoneNumber.parse(once.digits())).isEqualTo(once);
        }
    }

    @Property
    void spacingAndBracketsNeverMatter(@ForAll("ukMobiles") String digits) {
        String spaced = digits.substring(0, 5) + " " + digits.substring(5);
        String bracketed = "(" + digits.substring(0, 5) + ")" + digits.substring(5);
        String international = "+44 " + digits.substring(1, 5) + " " + digits.substring(5);
        assertThat(PhoneNumber.parse(spaced)).isEqualTo(PhoneNumber.parse(digits))
                .isEqualTo(PhoneNumber.parse(bracketed)).isEqualTo(PhoneNumber.parse(international));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> ukMobiles() {
        return net.jqwik.api.Arbitraries.strings().numeric().ofLength(9).map(s -> "07" + s);
    }
}
