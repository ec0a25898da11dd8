package org.vigil.linkage.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vigil.linkage.value.Vrm;

/**
 * Packed registrations decide wildcard matches exactly as {@link Vrm#matches} does, and count the characters two marks
 * both give as {@link Vrm#knownInCommon} does.
 */
class VrmMarksTest {

    @Property(tries = 2000)
    void matchesAsTheMarksDo(@ForAll("marks") List<String> marks) {
        Vocabulary v = new Vocabulary();
        int[] codes = marks.stream().mapToInt(v::intern).toArray();
        VrmMarks packed = v.vrmMarks();
        for (int i = 0; i < codes.length; i++) {
            Vrm a = new Vrm(marks.get(i));
            assertThat(packed.hasWildcards(codes[i])).isEqualTo(a.hasWildcards());
            for (int j = 0; j < codes.length; j++) {
                assertThat(packed.matches(codes[i], codes[j])).as(marks.get(i) + " ~ " + marks.get(j))
                        .isEqualTo(a.matches(new Vrm(marks.get(j))));
                assertThat(packed.knownInCommon(codes[i], codes[j])).as(marks.get(i) + " ~ " + marks.get(j))
                        .isEqualTo(a.knownInCommon(new Vrm(marks.get(j))));
            }
        }
    }

    /** Short marks over a small alphabet with wildcards, so that many pairs match or nearly match. */
    @Provide
    Arbitrary<List<String>> marks() {
        Arbitrary<String> mark = Arbitraries.strings().withChars("AB7Z09?").ofMinLength(2).ofMaxLength(10);
        return mark.list().ofMinSize(1).ofMaxSize(10);
    }
}
