package org.vigil.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the threads and batch size, the work's results come back whole and in the order the items were added. */
class InOrderProperties {
    @Property(tries = 200)
    void givesEveryItemsResultInTheOrderAdded(@ForAll @Size(max = 300) List<Integer> items,
            @ForAll @IntRange(min = 1, max = 4) int threads, @ForAll @IntRange(min = 1, max = 40) int batchSize) {
        List<Integer> out = new ArrayList<>();
        try (InOrder<Integer, List<Integer>> doubled = new InOrder<>("test", threads, batchSize, batch -> {
            List<Integer> r = new ArrayList<>();
            for (int i : batch) {
                r.add(2 * i);
            }
            return r;
        }, out::addAll)) {
            items.forEach(doubled::add);
            doubled.finish();
        }
        assertThat(out).containsExactlyElementsOf(items.stream().map(i -> 2 * i).toList());
    }

    @Property(tries = 20)
    void throwsTheWorksOwnFailure(@ForAll @IntRange(min = 1, max = 3) int threads) {
        try (InOrder<Integer, Integer> failing = new InOrder<>("test", threads, 2, batch -> {
            if (batch.contains(7)) {
                throw new IllegalStateException("seven");
            }
            return batch.size();
        }, r -> { })) {
            // Thrown as soon as the caller waits for that batch: in a later add, or at the end.
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    failing.add(i);
                }
                failing.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessage("seven");
        }
    }
}
