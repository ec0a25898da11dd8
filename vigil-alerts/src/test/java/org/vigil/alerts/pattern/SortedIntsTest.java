package org.vigil.alerts.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SortedIntsTest {

    /** From a list in any order, from a sorted set, and from an array: the same values as a tree set, in its order. */
    @Property(tries = 500)
    void holdsTheDistinctValuesInAscendingOrder(
            @ForAll @Size(max = 60) List<@IntRange(min = -5, max = 80) Integer> values) {
        TreeSet<Integer> tree = new TreeSet<>(values);
        assertThat(new ArrayList<>(SortedInts.of(values))).isEqualTo(new ArrayList<>(tree));
        assertThat(new ArrayList<>(SortedInts.of(tree))).isEqualTo(new ArrayList<>(tree));
        int[] array = values.stream().mapToInt(Integer::intValue).toArray();
        assertThat(SortedInts.of(array)).isEqualTo(tree);
        for (int v = -6; v <= 81; v++) {
            assertThat(SortedInts.of(values).contains(v)).isEqualTo(tree.contains(v));
        }
    }

    /** What one set has that another lacks, found in one walk of both, is the set difference. */
    @Property(tries = 500)
    void missingFromIsTheSetDifference(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 80) Integer> a,
                                       @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 80) Integer> b) {
        TreeSet<Integer> difference = new TreeSet<>(a);
        difference.removeAll(b);
        int[] missing = SortedInts.of(a).missingFrom(SortedInts.of(b));
        assertThat(missing).containsExactly(difference.stream().mapToInt(Integer::intValue).toArray());
        assertThat(SortedInts.of(b).containsAll(SortedInts.of(a))).isEqualTo(difference.isEmpty());
    }
}
