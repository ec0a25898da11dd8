package org.vigil.linkage.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SeenSetTest {

    /** Across rounds, each larger than the table at first, add says what a HashSet emptied between rounds says. */
    @Property(tries = 100)
    void addsAsAHashSetDoesAndForgetsEverythingOnClear(
            @ForAll @Size(max = 4) List<@Size(max = 3000) List<@IntRange(max = 5000) Integer>> rounds) {
        SeenSet seen = new SeenSet();
        for (List<Integer> round : rounds) {
            seen.clear();
            Set<Integer> expected = new HashSet<>();
            for (int record : round) {
                assertThat(seen.add(record)).isEqualTo(expected.add(record));
            }
        }
    }
}
