package org.vigil.alerts.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.alerts.evidence.Vrm;

/**
 * Blocking finds every compatible vehicle: the book places marks exactly as a book that compares each new mark with
 * every vehicle would, on marks drawn from few characters, so that many are compatible, partial and ambiguous.
 */
class VehicleBookBlockingTest {

    /** The rule of {@link VehicleBook}, with every vehicle a candidate: slow and plainly right. */
    private static final class EveryVehicle {
        final List<Vrm> marks = new ArrayList<>();
        final List<Integer> parent = new ArrayList<>();
        final List<List<Integer>> members = new ArrayList<>();
        final java.util.Map<String, Integer> index = new java.util.HashMap<>();
        final java.util.Set<Integer> ambiguous = new java.util.HashSet<>();

        int find(int v) {
            while (parent.get(v) != v) {
                v = parent.get(v);
            }
            return v;
        }

        int sight(String written) {
            Vrm vrm = Vrm.parse(written);
            if (vrm == null) {
                return -1;
            }
            Integer known = index.get(vrm.text());
            if (known != null) {
                return ambiguous.contains(known) ? -1 : find(known);
            }
            int id = marks.size();
            marks.add(vrm);
            index.put(vrm.text(), id);
            parent.add(id);
            members.add(null);
            TreeSet<Integer> accepting = new TreeSet<>();
            for (int v = 0; v < id; v++) {
                if (members.get(v) != null && members.get(v).stream().allMatch(m -> vrm.compatible(marks.get(m)))) {
                    accepting.add(v);
                }
            }
            if (!vrm.complete() && accepting.size() > 1) {
                ambiguous.add(id);
                return -1;
            }
            if (accepting.isEmpty()) {
                members.set(id, new ArrayList<>(List.of(id)));
                return id;
            }
            int root = accepting.first();
            parent.set(id, root);
            if (vrm.complete()) {
                for (int other : accepting.tailSet(root, false)) {
                    members.get(root).addAll(members.get(other));
                    members.set(other, null);
                    parent.set(other, root);
                }
            }
            members.get(root).add(id);
            return root;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void placesEveryMarkAsComparingItWithEveryVehicleWould(long seed) {
        Random random = new Random(seed);
        VehicleBook book = new VehicleBook();
        EveryVehicle reference = new EveryVehicle();
        List<int[]> merges = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            for (int c = 0; c < 7; c++) {
                char ch = c < 2 ? (char) ('A' + random.nextInt(2))
                        : c < 4 ? (char) ('0' + random.nextInt(3)) : (char) ('C' + random.nextInt(3));
                s.append(random.nextInt(5) == 0 ? '?' : ch);
                if (c == 3) {
                    s.append(' ');
                }
            }
            String written = s.toString();
            int expected = reference.sight(written);
            int got = book.sight(written, i, i, merges);
            assertThat(got).as("mark %d, %s", i, written).isEqualTo(expected);
        }
        assertThat(book.ambiguousMarks()).isEqualTo(reference.ambiguous.size());
    }
}
