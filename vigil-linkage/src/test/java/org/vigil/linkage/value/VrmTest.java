package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VrmTest {

    @Test
    void aWildcardMatchesAnyCharacterAndSpacingAndCaseAreIgnored() {
        assertThat(Vrm.parse("R7?2 KLT").matches(Vrm.parse("R762 KLT"))).isTrue();
        assertThat(Vrm.parse("r762klt").matches(Vrm.parse("R762 KLT"))).isTrue();
        assertThat(Vrm.parse("R7?2 KLT").matches(Vrm.parse("R763 KLT"))).isFalse();
        assertThat(Vrm.parse("R7?2 KLT").matches(Vrm.parse("R762 KL"))).isFalse();
        assertThat(Vrm.parse("R7*2-KLT").text()).isEqualTo("R7?2KLT");
    }

    @Test
    void knownInCommonCountsThePositionsNeitherMarkHides() {
        assertThat(Vrm.parse("R7?2 KLT").knownInCommon(Vrm.parse("R762 KLT"))).isEqualTo(6);
        assertThat(Vrm.parse("R7?2 KLT").knownInCommon(Vrm.parse("R762 ?LT"))).isEqualTo(5);
        assertThat(Vrm.parse("R??? ???").knownInCommon(Vrm.parse("R762 KLT"))).isEqualTo(1);
        assertThat(Vrm.parse("R762 KLT").knownInCommon(Vrm.parse("R762 KL"))).isZero();
    }

    @Test
    void aMarkInLettersAloneIsAFormsFillerNotARegistration() {
        assertThat(Vrm.parse("UNKNOWN")).isNull();
        assertThat(Vrm.parse("not known")).isNull();
        assertThat(Vrm.parse("TBC")).isNull();
        assertThat(Vrm.parse("None")).isNull();
        assertThat(Vrm.parse("R??? KLT")).isNotNull(); // letters and wildcards: a partial mark
        assertThat(Vrm.parse("YX08 ???")).isNotNull();
    }

    @Property
    void matchingIsSymmetric(@ForAll("marks") String a, @ForAll("marks") String b) {
        Vrm x = Vrm.parse(a);
        Vrm y = Vrm.parse(b);
        assertThat(x.matches(y)).isEqualTo(y.matches(x));
    }

    @Property
    void knownInCommonIsSymmetricAndAtMostTheLength(@ForAll("marks") String a, @ForAll("marks") String b) {
        Vrm x = Vrm.parse(a);
        Vrm y = Vrm.parse(b);
        assertThat(x.knownInCommon(y)).isEqualTo(y.knownInCommon(x)).isBetween(0, x.text().length());
    }

    @Property
    void aMarkMatchesItselfWithAnyOnePositionHidden(@ForAll("complete") String mark, @ForAll int position) {
        Vrm full = Vrm.parse(mark);
        char[] c = full.text().toCharArray();
        c[Math.floorMod(position, c.length)] = '?';
        Vrm partial = Vrm.parse(new String(c));
        assertThat(partial.matches(full)).isTrue();
        Set<String> shared = new HashSet<>(full.blockingKeys());
        shared.retainAll(partial.blockingKeys());
        assertThat(shared).as("matching marks with one wildcard share a blocking key").isNotEmpty();
    }

    @Provide
    Arbitrary<String> marks() {
        return Arbitraries.strings().withChars("AB12?").ofMinLength(2).ofMaxLength(5)
                .filter(m -> m.chars().anyMatch(c -> c == '1' || c == '2' || c == '?')); // letters alone are no mark
    }

    @Provide
    Arbitrary<String> complete() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(2).ofMaxLength(8)
                .filter(m -> m.chars().anyMatch(Character::isDigit));
    }
}
