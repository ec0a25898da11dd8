package org.vigil.linkage.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The radix sort of blocking entries gives the array {@link Arrays#sort(long[])} gives. */
class RadixSortTest {

    @Property(tries = 200)
    void sortsAsArraysSortDoes(@ForAll("values") long[] values) {
        long[] expected = values.clone();
        Arrays.sort(expected);
        RadixSort.sort(values);
        assertThat(values).containsExactly(expected);
    }

    /** Sizes on both sides of the small-array cut-off; any longs, or few distinct ones, or ones sharing bytes. */
    @Provide
    Arbitrary<long[]> values() {
        Arbitrary<Long> any = Arbitraries.longs();
        Arbitrary<Long> few = Arbitraries.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, 0x8000_0000L);
        Arbitrary<Long> sharedHighBytes = Arbitraries.longs().between(-70_000, 70_000).map(v -> v << 14 | 0x3FFF);
        return Arbitraries.oneOf(any, few, sharedHighBytes).array(long[].class)
                .ofMinSize(0).ofMaxSize(3 * RadixSort.SMALL);
    }
}
