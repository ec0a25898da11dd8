package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PostcodeTest {

    @Test
    void knowsTheNhsPseudoPostcodesForNoAddress() {
        assertThat(Postcode.parse("ZZ99 3WZ").isPseudo()).isTrue();
        assertThat(Postcode.parse("zz993vz").isPseudo()).isTrue();
        assertThat(Postcode.parse("S61 1AP").isPseudo()).isFalse();
        assertThat(Postcode.parse("4223").isPseudo()).isFalse();
    }

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

    private static final Pattern UK_FULL = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    private static final Pattern UK_OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

    /** The parser's hand-written shape tests agree with the postcode patterns they replace. */
    @Property(tries = 5000)
    void recognisesExactlyTheUkPostcodePatterns(@ForAll("codes") String text) {
        Postcode p = Postcode.parse(text);
        String s = text.toUpperCase().replaceAll("[^A-Z0-9]", "");
        if (s.isEmpty()) {
            assertThat(p).isNull();
            return;
        }
        boolean full = UK_FULL.matcher(s).matches();
        boolean outward = !full && UK_OUTWARD.matcher(s).matches();
        assertThat(p.uk()).as(s).isEqualTo(full || outward);
        assertThat(p.sector() != null).as(s).isEqualTo(full);
        assertThat(p.text()).isEqualTo(full ? s.substring(0, s.length() - 3) + " " + s.substring(s.length() - 3) : s);
    }

    /** Up to eight characters, mostly shaped like postcodes: letters, digits and a space. */
    @Provide
    Arbitrary<String> codes() {
        Arbitrary<Character> c = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range('A', 'Z')),
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range('0', '9')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(' ', 'a', 's')));
        return c.list().ofMaxSize(8).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }
}
