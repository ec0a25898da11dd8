package org.vigil.harm.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffenceCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"19E", "22B", "71", "88A", "106", "8L", "37.2", "4.10", "1"})
    void acceptsTheFormsUsedByTheHomeOfficeClassification(String text) {
        assertThat(OffenceCode.parse(text).toText()).isEqualTo(text);
    }

    @Test
    void normalisesCaseAndSurroundingSpaces() {
        assertThat(OffenceCode.parse(" 22b ")).isEqualTo(new OffenceCode("22B"));
    }

    /**
     * Every code ingest accepts is a code here, so one stored record can never stop a ranking: a slash is the dot,
     * leading zeros go, and a code the weights do not know (two letters, 0) is scored as unknown, not refused.
     */
    @Test
    void takesEveryCodeIngestAcceptsReadingASlashAsTheDotAndDroppingLeadingZeros() {
        assertThat(OffenceCode.parse("37/2")).isEqualTo(OffenceCode.parse("37.2"));
        assertThat(OffenceCode.parse("022B")).isEqualTo(OffenceCode.parse("22B"));
        assertThat(OffenceCode.parse("8ab").toText()).isEqualTo("8AB");
        assertThat(OffenceCode.parse("0").toText()).isEqualTo("0");
        assertThat(HarmWeights.bundled().weightOf(OffenceCode.parse("8AB")).basis()).isEqualTo(WeightBasis.UNKNOWN_CODE);
        assertThat(OffenceCode.parseAll(List.of("37.2A", "37.10", "37.2", "8AB", "8A")).stream().sorted()
                .map(OffenceCode::toText)).containsExactly("8A", "8AB", "37.2", "37.2A", "37.10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "B22", "22BBB", "1000", "37.", "37.123", "22-B", "rape"})
    void rejectsTextThatIsNotACodeAndNamesIt(String text) {
        assertThatThrownBy(() -> OffenceCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text.strip().toUpperCase(java.util.Locale.ROOT) + "'");
    }

    @Test
    void parseAllNamesThePositionOfTheBadCode() {
        assertThatThrownBy(() -> OffenceCode.parseAll(List.of("22B", "71", "XX")))
                .hasMessageStartingWith("offences[2]:")
                .hasMessageContaining("'XX'");
    }

    @Test
    void ordersByNumberThenSuffix() {
        List<OffenceCode> codes = OffenceCode.parseAll(List.of("106", "22B", "8L", "19E", "4.10", "37.2", "4", "19C", "4.2"));
        assertThat(codes.stream().sorted().map(OffenceCode::toText))
                .containsExactly("4", "4.2", "4.10", "8L", "19C", "19E", "22B", "37.2", "106");
    }

    @Property
    void printingThenParsingGivesTheSameCode(@ForAll("codes") String text) {
        OffenceCode code = OffenceCode.parse(text);
        assertThat(OffenceCode.parse(code.toText())).isEqualTo(code);
        assertThat(code.toText()).isEqualTo(text.toUpperCase(java.util.Locale.ROOT));
    }

    @Provide
    Arbitrary<String> codes() {
        Arbitrary<String> number = Arbitraries.integers().between(1, 999).map(String::valueOf);
        Arbitrary<String> suffix = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.chars().range('A', 'Z').map(String::valueOf),
                Arbitraries.chars().range('a', 'z').map(String::valueOf),
                Arbitraries.integers().between(0, 99).map(n -> "." + n));
        return Combinators.combine(number, suffix).as(String::concat);
    }
}
