package org.vigil.alerts.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IntListTest {

    @Test
    void anEmptyListGrowsOnItsFirstAddsAndKeepsOrder() {
        IntList list = new IntList(1);
        assertThat(list.isEmpty()).isTrue();
        assertThat(list.toArray()).isEmpty();
        assertThatThrownBy(() -> list.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
        for (int i = 0; i < 100; i++) {
            list.add(i * 3);
        }
        assertThat(list.size()).isEqualTo(100);
        assertThat(list.get(99)).isEqualTo(297);
        assertThat(list.contains(42)).isTrue();
        list.clear();
        list.add(7);
        assertThat(list.toArray()).containsExactly(7);
    }

    /** Whether the values came in ascending order (searched by halves) or not (searched in turn), and after a clear. */
    @Property(tries = 500)
    void containsWhatWasAddedInAnyOrder(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 80) Integer> values,
                                        @ForAll @IntRange(min = 0, max = 60) int clearAfter) {
        IntList list = new IntList(2);
        Set<Integer> added = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (i == clearAfter) {
                list.clear();
                added.clear();
            }
            list.add(values.get(i));
            added.add(values.get(i));
        }
        for (int v = -1; v <= 81; v++) {
            assertThat(list.contains(v)).as("%d in %s", v, added).isEqualTo(added.contains(v));
        }
    }

    @Test
    void aLongListGrowsFromEmptyToo() {
        LongList list = new LongList();
        assertThat(list.size()).isZero();
        for (long i = 0; i < 10; i++) {
            list.add(i << 32);
        }
        LongList copy = new LongList();
        copy.addAll(list);
        assertThat(copy.get(9)).isEqualTo(9L << 32);
    }

    @Test
    void theSharedEmptyListRefusesAdds() {
        assertThatThrownBy(() -> IntList.NONE.add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(IntList.NONE.isEmpty()).isTrue();
    }

    @Test
    void aPersonsListsBecomeTheirOwnOnTheirFirstEntryAndAMergeJoinsThem() {
        PersonRecord a = new PersonRecord();
        PersonRecord b = new PersonRecord();
        assertThat(a.asChild).isSameAs(IntList.NONE);
        b.asChild = PersonRecord.added(b.asChild, 7, 2);
        b.held = PersonRecord.added(b.held, 9, 1);
        a.absorb(b);
        assertThat(a.asChild.toArray()).containsExactly(7);
        assertThat(a.held.toArray()).containsExactly(9);
        assertThat(a.asChild).isNotSameAs(IntList.NONE).isNotSameAs(b.asChild);
        assertThat(a.suspected).isSameAs(IntList.NONE);
        assertThat(IntList.NONE.isEmpty()).isTrue();
    }
}
