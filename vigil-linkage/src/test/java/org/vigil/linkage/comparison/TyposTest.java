package org.vigil.linkage.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/** Hot-path string similarity: known Jaro–Winkler values, and our one-edit test against commons-text. */
class TyposTest {
    private static final DamerauLevenshteinDistance REFERENCE_DL = new DamerauLevenshteinDistance();
    private static final JaroWinklerSimilarity REFERENCE_JW = new JaroWinklerSimilarity();

    @Test
    void knownJaroWinklerValues() {
        assertThat(Typos.jaroWinkler("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
        assertThat(Typos.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, within(1e-4));
        assertThat(Typos.jaroWinkler("abc", "xyz")).isZero();
        assertThat(Typos.jaroWinkler("same", "same")).isEqualTo(1.0);
    }

    @Property(tries = 3000)
    void jaroWinklerIsExactlyCommonsText(@ForAll("words") String a, @ForAll("words") String b) {
        assertThat(Typos.jaroWinkler(a, b)).isEqualTo(REFERENCE_JW.apply(a, b));
    }

    @Property(tries = 1000)
    void jaroWinklerOfATypoIsExactlyCommonsText(@ForAll("words") String a, @ForAll int position, @ForAll("letters") char c) {
        String b = a.isEmpty() ? String.valueOf(c) : a.substring(0, Math.floorMod(position, a.length())) + c
                + a.substring(Math.floorMod(position, a.length()));
        assertThat(Typos.jaroWinkler(a, b)).isEqualTo(REFERENCE_JW.apply(a, b));
        assertThat(Typos.jaroWinkler(b, a)).isEqualTo(REFERENCE_JW.apply(b, a));
    }

    @Property(tries = 3000)
    void jaroWinklerWithAFloorDecidesTheFloorAndIsExactAboveIt(@ForAll("words") String a, @ForAll("words") String b,
                                                              @ForAll("floors") double floor) {
        double reference = REFERENCE_JW.apply(a, b);
        double got = Typos.jaroWinkler(a, b, floor);
        assertThat(got >= floor).isEqualTo(reference >= floor);
        if (reference >= floor) {
            assertThat(got).isEqualTo(reference);
        }
    }

    @Property(tries = 1000)
    void jaroWinklerOfATypoWithAFloorIsExactAboveIt(@ForAll("words") String a, @ForAll int position, @ForAll("letters") char c,
                                                   @ForAll("floors") double floor) {
        String b = a.isEmpty() ? String.valueOf(c) : a.substring(0, Math.floorMod(position, a.length())) + c
                + a.substring(Math.floorMod(position, a.length()) + 1);
        double reference = REFERENCE_JW.apply(a, b);
        assertThat(Typos.jaroWinkler(a, b, floor) >= floor).isEqualTo(reference >= floor);
        if (reference >= floor) {
            assertThat(Typos.jaroWinkler(a, b, floor)).isEqualTo(reference);
        }
    }

    @Provide
    Arbitrary<Double> floors() {
        return Arbitraries.of(0.5, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95);
    }

    @Property(tries = 300)
    void longStringsAlsoAgreeWithCommonsText(@ForAll("long") String a, @ForAll("long") String b) {
        assertThat(Typos.jaroWinkler(a, b)).isEqualTo(REFERENCE_JW.apply(a, b));
    }

    @Property(tries = 2000)
    void withinOneEditIsDamerauLevenshteinAtMostOne(@ForAll("words") String a, @ForAll("words") String b) {
        assertThat(Typos.withinOneEdit(a, b)).isEqualTo(REFERENCE_DL.apply(a, b) <= 1);
        assertThat(Typos.withinOneEdit(a, b)).isEqualTo(Typos.withinOneEdit(b, a));
    }

    @Property(tries = 1000)
    void oneEditOfAWordIsWithinOneEdit(@ForAll("words") String a, @ForAll int position, @ForAll("letters") char c) {
        if (a.isEmpty()) {
            return;
        }
        int i = Math.floorMod(position, a.length());
        String substituted = a.substring(0, i) + c + a.substring(i + 1);
        String inserted = a.substring(0, i) + c + a.substring(i);
        String deleted = a.substring(0, i) + a.substring(i + 1);
        assertThat(Typos.withinOneEdit(a, substituted)).isTrue();
        assertThat(Typos.withinOneEdit(a, inserted)).isTrue();
        assertThat(Typos.withinOneEdit(a, deleted)).isTrue();
    }

    @Property(tries = 2000)
    void packedOneEditAgreesWithTheStringTestWhenItDecides(@ForAll("short") String a, @ForAll("short") String b) {
        org.vigil.linkage.table.Vocabulary v = new org.vigil.linkage.table.Vocabulary();
        int x = v.intern(a);
        int y = v.intern(b);
        org.vigil.linkage.table.PackedValues p = v.packedValues();
        int quick = p.withinOneEdit(x, y);
        if (quick >= 0) {
            assertThat(quick == 1).isEqualTo(Typos.withinOneEdit(a, b));
        } else {
            assertThat(a.length() != b.length() || a.length() > 7).isTrue();
        }
    }

    @Property(tries = 3000)
    void packedPhoneNumbersOneDigitApartAgreeWithTheStringTest(@ForAll("phones") String a, @ForAll("edits") int edit,
            @ForAll int at, @ForAll("phones") String other) {
        int i = Math.floorMod(at, a.length() - 1);
        char[] c = a.toCharArray();
        switch (edit) {
            case 0 -> c[i] = (char) ('0' + (c[i] - '0' + 1 + Math.floorMod(at, 9)) % 10); // one substitution
            case 1 -> { // adjacent transposition
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
            }
            case 2 -> { // two substitutions
                c[i] = (char) ('0' + (c[i] - '0' + 1) % 10);
                c[i + 1] = (char) ('0' + (c[i + 1] - '0' + 1) % 10);
            }
            default -> c = other.toCharArray();
        }
        String b = new String(c);
        org.vigil.linkage.table.Vocabulary v = new org.vigil.linkage.table.Vocabulary();
        int x = v.intern(a);
        int y = v.intern(b);
        int quick = v.packedValues().withinOneEdit(x, y);
        if (a.length() == b.length() && a.length() <= 14) {
            assertThat(quick).isNotNegative();
        }
        if (quick >= 0) {
            assertThat(quick == 1).isEqualTo(Typos.withinOneEdit(a, b));
        }
    }

    @Provide
    Arbitrary<String> phones() {
        return Arbitraries.strings().withChars("0123456789").ofMinLength(8).ofMaxLength(15);
    }

    @Provide
    Arbitrary<Integer> edits() {
        return Arbitraries.integers().between(0, 3);
    }

    @Property(tries = 3000)
    void jaroWinklerOfCodesIsExactlyTheStringOne(@ForAll("mixed") String a, @ForAll("mixed") String b,
                                                 @ForAll("floors") double floor) {
        org.vigil.linkage.table.Vocabulary v = new org.vigil.linkage.table.Vocabulary();
        int x = v.intern(a);
        int y = v.intern(b);
        assertThat(Typos.jaroWinkler(v, x, y, floor)).isEqualTo(Typos.jaroWinkler(a, b, floor));
        assertThat(Typos.jaroWinkler(v, y, x, floor)).isEqualTo(Typos.jaroWinkler(b, a, floor));
        assertThat(Typos.jaroWinkler(v, x, y, 0)).isEqualTo(REFERENCE_JW.apply(a, b));
    }

    @Property(tries = 1000)
    void jaroWinklerOfCodesOfATypoIsExactlyCommonsText(@ForAll("mixed") String a, @ForAll int position,
                                                       @ForAll("letters") char c) {
        String b = a.substring(0, Math.floorMod(position, a.length())) + c + a.substring(Math.floorMod(position, a.length()));
        org.vigil.linkage.table.Vocabulary v = new org.vigil.linkage.table.Vocabulary();
        int x = v.intern(a);
        int y = v.intern(b);
        assertThat(Typos.jaroWinkler(v, x, y, 0)).isEqualTo(REFERENCE_JW.apply(a, b));
        assertThat(Typos.jaroWinkler(v, y, x, 0.8)).isEqualTo(Typos.jaroWinkler(b, a, 0.8));
    }

    /** Letters, digits, spaces and characters outside a–z, 0–9 and space; some longer than 64. */
    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcdeilnorst 019").ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars("abeé-ß ").ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("abcde ").ofMinLength(55).ofMaxLength(75));
    }

    @Provide("short")
    Arbitrary<String> shortWords() {
        return Arbitraries.strings().withChars("0123ab ").ofMinLength(1).ofMaxLength(9);
    }

    @Provide("long")
    Arbitrary<String> longWords() {
        return Arbitraries.strings().withChars("abcde ").ofMinLength(50).ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdeilnorst ").ofMaxLength(12);
    }

    @Provide
    Arbitrary<Character> letters() {
        return Arbitraries.chars().range('a', 'z');
    }
}
