package org.vigil.linkage.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Token-set similarity of street lines, and its signature shortcut against plain sets. */
class TokenSetsTest {

    @Test
    void sharedTokensOverAllDistinctTokens() {
        Vocabulary v = new Vocabulary();
        int a = v.intern("14 ferham road");
        int b = v.intern("flat 2 14 ferham road");
        int c = v.intern("wellgate");
        TokenSets t = v.tokenSets();
        assertThat(t.jaccard(a, b)).isEqualTo(3.0 / 5);
        assertThat(t.jaccard(a, c)).isZero();
        assertThat(t.jaccard(a, a)).isEqualTo(1.0);
    }

    @Property(tries = 2000)
    void equalsTheJaccardOfPlainSets(@ForAll("lines") List<String> lines) {
        Vocabulary v = new Vocabulary();
        int[] codes = lines.stream().mapToInt(v::intern).toArray();
        TokenSets t = v.tokenSets();
        for (int i = 0; i < codes.length; i++) {
            for (int j = 0; j < codes.length; j++) {
                assertThat(t.jaccard(codes[i], codes[j])).isEqualTo(reference(lines.get(i), lines.get(j)));
            }
        }
    }

    private static double reference(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.split(" ")));
        Set<String> y = new HashSet<>(List.of(b.split(" ")));
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return (double) shared.size() / (x.size() + y.size() - shared.size());
    }

    /** Lines of one to five words drawn from 100 (more than 64, so signature bits are shared by several). */
    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> word = Arbitraries.integers().between(0, 99).map(i -> "w" + i);
        Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(5).map(ws -> String.join(" ", ws));
        return line.list().ofMinSize(2).ofMaxSize(12);
    }
}
