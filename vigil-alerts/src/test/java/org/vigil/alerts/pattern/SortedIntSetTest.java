package org.vigil.alerts.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SortedIntSetTest {

    /** Added in any order, with repeats: each add says what a tree set's says, and the set holds what it holds, in order. */
    @Property(tries = 500)
    void behavesAsATreeSetOfIntegers(@ForAll @Size(max = 80) List<@IntRange(min = -40, max = 120) Integer> values) {
        TreeSet<Integer> tree = new TreeSet<>();
        SortedIntSet set = new SortedIntSet();
        for (int v : values) {
            assertThat(set.add(v)).isEqualTo(tree.add(v));
            assertThat(set.size()).isEqualTo(tree.size());
        }
        assertThat(new ArrayList<>(set)).isEqualTo(new ArrayList<>(tree));
        assertThat(new TreeSet<>(set)).isEqualTo(tree);
        assertThat(set.isEmpty()).isEqualTo(tree.isEmpty());
        for (int v = -41; v <= 121; v++) {
            assertThat(set.contains(v)).isEqualTo(tree.contains(v));
            assertThat(set.contains((Object) v)).isEqualTo(tree.contains(v));
        }
        assertThat(set.contains("1")).isFalse();
    }
}
