package org.vigil.alerts.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VrmTest {

    @Test
    void aMarkInLettersAloneIsAFormsFillerNotARegistration() {
        assertThat(Vrm.parse("UNKNOWN")).isNull();
        assertThat(Vrm.parse("NOT KNOWN")).isNull();
        assertThat(Vrm.parse("NOTKNOWN")).isNull();
        assertThat(Vrm.parse("R7?2 KLT")).isNotNull();
    }

    @Test
    void ignoresCaseSpacesAndHyphens() {
        assertThat(Vrm.parse("r712-klt")).isEqualTo(Vrm.parse("R712 KLT"));
        assertThat(Vrm.parse("R712 KLT").text()).isEqualTo("R712 KLT");
    }

    @Test
    void aPartialMarkIsCompatibleWithTheFullOneAndNotWithAnother() {
        Vrm partial = Vrm.parse("R7?2 KLT");
        assertThat(partial.compatible(Vrm.parse("R712 KLT"))).isTrue();
        assertThat(partial.compatible(Vrm.parse("R732KLT"))).isTrue();
        assertThat(partial.compatible(Vrm.parse("R712 KLX"))).isFalse();
        assertThat(partial.compatible(Vrm.parse("R71 KLT"))).as("head of another length").isFalse();
    }

    @Test
    void twoPartialMarksMatchWhenCompatible() {
        assertThat(Vrm.parse("R7?2 KLT").compatible(Vrm.parse("R?12 KL?"))).isTrue();
        assertThat(Vrm.parse("R7?2 KLT").compatible(Vrm.parse("R?13 KL?"))).isFalse();
    }

    @Test
    void aMarkThatSaysTooLittleIsNotUsed() {
        assertThat(Vrm.parse("???? KLT")).as("head of unknown length, three seen").isNull();
        assertThat(Vrm.parse("???? ??T")).isNull();
        assertThat(Vrm.parse("R7")).isNull();
        assertThat(Vrm.parse("R? ???")).isNull();
        assertThat(Vrm.parse(null)).isNull();
    }

    @Test
    void marksSharingFewerThanFourSeenCharactersAreNotJoined() {
        assertThat(Vrm.parse("R7?2 ??T").compatible(Vrm.parse("R??2 KL?"))).as("R, 2 only").isFalse();
        assertThat(Vrm.parse("R7?2 KLT").compatible(Vrm.parse("R??2 KL?"))).as("R, 2, K, L").isTrue();
    }

    @Property(tries = 300)
    void compatibleMarksAlwaysShareABlockingKey(@ForAll("pairs") String[] pair) {
        Vrm a = Vrm.parse(pair[0]);
        Vrm b = Vrm.parse(pair[1]);
        if (a == null || b == null || !a.compatible(b)) {
            return;
        }
        Set<Integer> keys = new HashSet<>();
        for (int k : a.blockingKeys()) {
            keys.add(k);
        }
        Set<Integer> theirs = new HashSet<>();
        for (int k : b.blockingKeys()) {
            theirs.add(k);
        }
        keys.retainAll(theirs);
        assertThat(keys).as(a + " and " + b).isNotEmpty();
    }

    @Property(tries = 300)
    void blankingCharactersOfAMarkKeepsItCompatible(@ForAll("plates") String plate, @ForAll("masks") int mask) {
        char[] c = plate.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if ((mask & (1 << i)) != 0 && c[i] != ' ') {
                c[i] = '?';
            }
        }
        Vrm partial = Vrm.parse(new String(c));
        if (partial != null && partial.known() >= Vrm.SHARED) {
            assertThat(partial.compatible(Vrm.parse(plate))).as(partial + " and " + plate).isTrue();
        }
    }

    @Provide
    Arbitrary<String> plates() {
        Arbitrary<String> letters = Arbitraries.strings().withChars("ABCDEFGHJKLMNPRSTVWXY").ofLength(3);
        Arbitrary<String> current = Combinators.combine(
                Arbitraries.strings().withChars("ABCDEFGHJKLMNPRSTVWXY").ofLength(2),
                Arbitraries.integers().between(0, 99), letters)
                .as((tag, age, tail) -> tag + String.format("%02d", age) + " " + tail);
        Arbitrary<String> prefix = Combinators.combine(Arbitraries.of('G', 'H', 'K', 'R', 'S', 'T'),
                Arbitraries.integers().between(1, 999), letters).as((y, n, tail) -> y + Integer.toString(n) + " " + tail);
        return Arbitraries.oneOf(current, prefix);
    }

    @Provide
    Arbitrary<Integer> masks() {
        return Arbitraries.integers().between(0, 255);
    }

    @Provide
    Arbitrary<String[]> pairs() {
        return Combinators.combine(plates(), masks(), masks()).as((plate, m1, m2) -> {
            String[] out = new String[2];
            int[] masks = {m1, m2};
            for (int k = 0; k < 2; k++) {
                char[] c = plate.toCharArray();
                for (int i = 0; i < c.length; i++) {
                    if ((masks[k] & (1 << i)) != 0 && c[i] != ' ') {
                        c[i] = '?';
                    }
                }
                out[k] = new String(c);
            }
            return out;
        });
    }
}
